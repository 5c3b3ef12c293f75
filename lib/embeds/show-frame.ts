import { isEmbedFrameUrl } from './origins.mjs';

// Cross-origin frames keep their own scripts and storage, but may not
// navigate this page or open dialogs over it; links they open leave the sandbox.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

/**
 * Browser code, loaded on the first click on an embed's button: swaps that
 * facade's box for the provider's frame and keeps the provider's name and
 * the link below it as the caption.
 */
export function showFrame(button: HTMLButtonElement): void {
  const src = button.dataset.embedSrc ?? '';
  const box = button.closest('.embed-box');
  const figure = box?.parentElement;
  // The CSP allows only these origins anyway; refusing here keeps a stray
  // attribute from even being tried.
  if (!box || !figure || !isEmbedFrameUrl(src)) return;
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = button.dataset.embedTitle ?? '';
  frame.className = 'embed-frame';
  frame.setAttribute('sandbox', SANDBOX);
  frame.allow = 'fullscreen; picture-in-picture';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  const caption = document.createElement('figcaption');
  caption.className = 'embed-caption';
  caption.append(...box.querySelectorAll('.embed-provider, .embed-title'));
  box.replaceChildren(frame);
  figure.append(caption);
  figure.dataset.embedShown = '';
  frame.focus();
}
