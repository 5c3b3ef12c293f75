import { expiresAtTag } from './expiry.mjs';

/**
 * Cache tags: how a cached page says what it shows, so that publishing can
 * refresh exactly the pages a change touches (lib/publish/tags.ts decides
 * which tags a change revalidates). Tags are short and safe: Next ignores a
 * tag over 256 characters.
 */
export const cacheTags = {
  /** Every page: the layout's section menu. */
  site: 'site',
  /** The story's own page and card image, and every page that links to it as related. */
  article: (path: string) => `article:${path}`.slice(0, 256),
  /** A section's listing pages and feeds. */
  section: (slug: string) => `section:${slug}`,
  /** An author's page, and the pages whose byline or author card shows them. */
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`.slice(0, 256),
  home: 'home',
  /** Site-wide RSS and Atom. */
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  newsSitemap: 'news-sitemap',
  /** A page whose content runs out at `ms` (the breaking-news banner): the cache drops it then (lib/cache/expiry.mjs). */
  expiresAt: (ms: number) => expiresAtTag(ms),
} as const;
