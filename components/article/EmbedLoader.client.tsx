'use client';

import { useEffect } from 'react';

/**
 * The embed island: one click listener on the document (event delegation),
 * so the facades stay server HTML inside the article body and the listener
 * serves every page, client-side navigations included. The code that builds
 * a frame is loaded on the first click only.
 */
export function EmbedLoader() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('button.embed-load') : null;
      if (button instanceof HTMLButtonElement) void import('@/lib/embeds/show-frame').then((m) => m.showFrame(button));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
