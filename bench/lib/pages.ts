/**
 * The page types every performance figure and budget is about, with one
 * stable sample URL each (sample content in content/).
 */
export const PAGE_TYPES = {
  article: '/world/coastal-cities-flood-data-pact',
  home: '/',
  section: '/world',
  search: '/search?q=climate',
  author: '/author/elena-varga',
  tag: '/tag/climate',
  live: '/live/storm-ilse',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

const KB = 1024;

/**
 * Budgets (bytes). JavaScript is measured gzip, over Next's runtime
 * baseline: the root main chunks every App Router page loads (build-manifest
 * `rootMainFiles`). Article, home and section pages may add 15 KB at most;
 * the search page adds its island and nothing else. The live page may add the
 * article's 15 KB plus its own island's 3 KB (LIVE_ISLAND_BUDGET_GZIP, tested
 * on its own too). HTML budgets leave roughly 25% headroom over what the
 * sample pages weigh today. Fonts and prefetching are the targets of issue 17
 * (docs/performance.md).
 */
const every = (n: number) => ({ article: n, home: n, section: n, search: n, author: n, tag: n });

export const BUDGETS = {
  jsOverBaselineGzip: { ...every(15 * KB), live: 18 * KB },
  htmlRaw: {
    article: 120 * KB,
    home: 120 * KB,
    section: 100 * KB,
    search: 100 * KB,
    author: 100 * KB,
    tag: 100 * KB,
    live: 120 * KB,
  },
  htmlGzip: { article: 30 * KB, home: 25 * KB, section: 20 * KB, search: 20 * KB, author: 20 * KB, tag: 20 * KB, live: 30 * KB },
  /** Web fonts a page loads, italic included when the page has italic text. */
  fonts: { ...every(60 * KB), live: 60 * KB },
  /** Data prefetched in the first 5 s of a page view without a click, at phone and at desktop width. */
  prefetch: { ...every(50 * KB), live: 50 * KB },
} satisfies Record<string, Record<PageType, number>>;

/** What the live page's island (new entries in open tabs) may add: JavaScript it loads that the article page does not. */
export const LIVE_ISLAND_BUDGET_GZIP = 3 * KB;
