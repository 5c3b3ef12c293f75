/**
 * The page types every performance figure and budget is about, with one
 * stable sample URL each (sample content in content/).
 */
export const PAGE_TYPES = {
  article: '/world/coastal-cities-flood-data-pact',
  home: '/',
  section: '/world',
  search: '/search?q=climate',
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
 * on its own too). HTML budgets leave
 * roughly 25% headroom over what the sample pages weigh today.
 */
export const BUDGETS = {
  jsOverBaselineGzip: { article: 15 * KB, home: 15 * KB, section: 15 * KB, search: 15 * KB, live: 18 * KB },
  htmlRaw: { article: 120 * KB, home: 120 * KB, section: 100 * KB, search: 100 * KB, live: 120 * KB },
  htmlGzip: { article: 30 * KB, home: 25 * KB, section: 20 * KB, search: 20 * KB, live: 30 * KB },
} satisfies Record<string, Record<PageType, number>>;

/** What the live page's island (new entries in open tabs) may add: JavaScript it loads that the article page does not. */
export const LIVE_ISLAND_BUDGET_GZIP = 3 * KB;
