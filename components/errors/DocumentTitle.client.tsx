'use client';

import { useEffect } from 'react';

/**
 * Sets the document title after hydration. Next 16 serves the not-found
 * page's own title in the HTML, then replaces it with the root layout's
 * default when the page hydrates (vercel/next.js#95836), so a reader's tab
 * and history said only "The Lantern". Render it only where that happens.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
