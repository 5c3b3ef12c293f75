import { unstable_cache } from 'next/cache';

/**
 * Attaches cache tags to the page or route being rendered, so that
 * `revalidateTag` reaches it. Next collects the tags of every cached data
 * call made while it prerenders a page into that page's cache entry; this is
 * such a call, for tags, with nothing to cache of its own. Outside a
 * prerender (a dynamic request, a preview) it does nothing that lasts.
 */
export async function tagThisRender(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  if (!unique.length) return;
  await unstable_cache(async () => true, ['lantern:tags', ...unique], { tags: unique })();
}
