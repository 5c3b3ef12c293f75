import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { facadeFor } from '@/lib/embeds/facade';

/**
 * Body transforms: small pure functions over the sanitized HTML tree. A new
 * body feature is one more entry here, not an edit to a large switch.
 */
type BodyTransform = (node: Element, parent: Root | Element | undefined) => void;

function isExternal(href: unknown): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

/** Links off the site must not get a handle on our window. */
const externalLinks: BodyTransform = (node) => {
  if (node.tagName !== 'a' || !isExternal(node.properties.href)) return;
  node.properties.rel = ['noopener', 'noreferrer', 'external'];
};

/** Inline images in the body load lazily; the hero image is the page's LCP. */
const lazyImages: BodyTransform = (node) => {
  if (node.tagName !== 'img') return;
  node.properties.loading = 'lazy';
  node.properties.decoding = 'async';
};

/**
 * Wide tables scroll inside their own region on phones. The region is
 * focusable so keyboard users can scroll it too.
 */
const scrollableTables: BodyTransform = (node, parent) => {
  if (node.tagName !== 'table' || !parent) return;
  const index = parent.children.indexOf(node);
  if (index === -1) return;
  parent.children[index] = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table' },
    children: [node],
  };
};

/**
 * A paragraph that is only a link to a known provider's post, video or chart
 * becomes an embed facade (lib/embeds/facade.ts): no frame and no
 * third-party request until the reader clicks. Links to anything else, and a
 * provider's addresses that name nothing embeddable, stay links (the content
 * check reports the latter).
 */
const embeds: BodyTransform = (node, parent) => {
  if (node.tagName !== 'p' || !parent) return;
  const facade = facadeFor(node, parent);
  if (!facade) return;
  const index = parent.children.indexOf(node);
  if (index !== -1) parent.children[index] = facade;
};

export const defaultTransforms: BodyTransform[] = [externalLinks, lazyImages, scrollableTables];

/** Article bodies; author bios and other short texts keep provider links as links. */
export const bodyWithEmbeds: BodyTransform[] = [embeds, ...defaultTransforms];

/** Unified plugin that applies the transforms in order. */
export function bodyTransforms(transforms: BodyTransform[] = defaultTransforms) {
  return (tree: Root) => {
    visit(tree, 'element', (node, _index, parent) => {
      for (const transform of transforms) transform(node, parent as Root | Element | undefined);
    });
  };
}

/** The sanitizer's prefix for ids (sanitizeSchema.clobberPrefix in markdown.ts). */
export const ID_PREFIX = 'user-content-';

/**
 * Same-page links follow the sanitizer's id prefix. The sanitizer renames
 * every id an editor or a footnote gives (`fn-1` becomes `user-content-fn-1`,
 * so it cannot clobber page globals) but not the links to them, so footnote
 * references, their back links and `[see](#box)` pointed nowhere. A link
 * `#x` whose target only exists as `user-content-x` is pointed there.
 * Heading ids come after the sanitizer, unprefixed, and are left alone.
 */
export function inPageLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#'))
        links.push(node);
    });
    for (const link of links) {
      const target = decodeFragment((link.properties.href as string).slice(1));
      if (!ids.has(target) && ids.has(ID_PREFIX + target)) link.properties.href = `#${ID_PREFIX}${target}`;
    }
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
