import { tagSlug } from './content/tags';

/**
 * Every path the site builds or reads, in one table. Links, canonical URLs,
 * feeds, sitemaps, JSON-LD and the routes in app/ all go through it, so a
 * path changes in one place.
 */

type Paged = { page?: number };

/** Page `page` of a listing at `path`: page 1 is the listing itself, never "/page/1". */
export function listingPath(path: string, page = 1): string {
  return page > 1 ? `${path === '/' ? '' : path.replace(/\/$/, '')}/page/${page}` : path;
}

export const routes = {
  home: '/',
  search: '/search',
  /**
   * A results page, in one normal form: q, then category, then page; page 1
   * and empty values left out. Links and the canonical URL both use it.
   */
  searchResults: ({ q, category, page = 1 }: { q: string; category?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (category) params.set('category', category);
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return query ? `/search?${query}` : '/search';
  },
  article: (a: { category: string; slug: string }) => `/${a.category}/${a.slug}`,
  section: (slug: string, { page }: Paged = {}) => listingPath(`/${slug}`, page),
  author: (slug: string, { page }: Paged = {}) => listingPath(`/author/${slug}`, page),
  /** A tag's page, from its slug or from the tag as written ("Artificial Intelligence"). */
  tag: (tag: string, { page }: Paged = {}) => listingPath(`/tag/${tagSlug(tag)}`, page),
  /**
   * Live coverage: the story at /live/<slug> (older entries at /page/N), each
   * entry's permalink, the JSON the open tabs poll, and the entries as RSS.
   */
  live: {
    story: (slug: string, { page }: Paged = {}) => listingPath(`/live/${slug}`, page),
    /** Stable: answers with a redirect to whichever page holds the entry now. */
    entry: (slug: string, id: string) => `/live/${slug}/entries/${id}`,
    /** The id of an entry's element on its page. */
    anchor: (id: string) => `entry-${id}`,
    updates: (slug: string) => `/live/${slug}/updates.json`,
    feed: (slug: string) => `/live/${slug}/feed.xml`,
  },
  feeds: {
    rss: '/feed.xml',
    atom: '/atom.xml',
    section: (slug: string) => `/${slug}/feed.xml`,
    sectionAtom: (slug: string) => `/${slug}/atom.xml`,
  },
  sitemap: '/sitemap.xml',
  /** The n-th file (0-based) of a sitemap that outgrew one file. */
  sitemapFile: (index: number) => `/sitemaps/${index}.xml`,
  newsSitemap: '/news-sitemap.xml',
  robots: '/robots.txt',
  og: {
    site: '/og',
    article: (a: { category: string; slug: string }) => `/og/${a.category}/${a.slug}`,
    /** Served by the same route as articles' cards (/og/[category]/[slug]): a live story's path is /live/<slug>. */
    live: (slug: string) => `/og/live/${slug}`,
  },
  api: {
    search: '/api/search',
    revalidate: '/api/revalidate',
    preview: '/api/preview',
  },
} as const;

/** Whether a site path is a live story's page, or under it. */
export function isLivePath(path: string): boolean {
  return path.startsWith('/live/');
}

/** The live story a site path is under ("/live/storm/entries/x" → "storm"), if any. */
export function liveStoryOfPath(path: string): string | undefined {
  return isLivePath(path) ? path.split('/')[2] || undefined : undefined;
}

/** The tag slug of a tag page's path ("/tag/floods/page/2" → "floods"), if it is one. */
export function tagOfPath(path: string): string | undefined {
  return path.startsWith('/tag/') ? path.split('/')[2] || undefined : undefined;
}

/** Paths that exist without any content file (the content check's link check knows them). */
export const fixedPaths = [
  routes.home,
  routes.search,
  routes.feeds.rss,
  routes.feeds.atom,
  routes.sitemap,
  routes.newsSitemap,
  routes.robots,
];

/** Highest page number any address accepts. */
export const MAX_PAGE = 10_000;

/**
 * A page number from a URL: only the canonical form ("2", never "02", "2.0",
 * "+2" or " 2"), up to six digits. Undefined for anything else: a listing
 * answers that with a 404, the search page with its first page.
 */
export function parsePageNumber(raw: unknown): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return undefined;
  return Number(value);
}

/** Parses "3.xml" (a sitemap file's name) back to 3. */
export function parseSitemapFile(file: string): number | undefined {
  const m = /^(0|[1-9]\d{0,4})\.xml$/.exec(file);
  return m ? Number(m[1]) : undefined;
}
