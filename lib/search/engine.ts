import type { Repository } from '@/lib/content/repository';
import type { MatchQuery } from '@/lib/content/store/full-text';
import type { Category } from '@/lib/content/types';
import { MAX_SUGGESTIONS, type Suggestion } from './api';
import type { SearchRequest } from './params';
import { didYouMean, planQuery } from './plan';
import { rankKeys } from './ranking';
import { noResults, toHit, type Facet, type SearchResponse } from './response';

/**
 * Search over published stories, the same for results and suggestions: the
 * query is planned (./plan.ts: which index words each of the reader's words
 * stands for), and the store ranks the stories that match, tier by tier
 * (./ranking.ts). At most RESULT_CAP results are shown.
 */

const DEFAULT_PAGE_SIZE = 12;
/** The most results a search lists; larger counts read "1,000+". */
const RESULT_CAP = 1000;

export type SearchOptions = {
  now: Date;
  categories: Category[];
  pageSize?: number;
  /** RESULT_CAP, unless a test says otherwise. */ cap?: number;
};

export async function search(repo: Repository, request: SearchRequest, options: SearchOptions): Promise<SearchResponse> {
  const { now, categories } = options;
  const cap = options.cap ?? RESULT_CAP;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const category = request.category && categories.some((c) => c.slug === request.category) ? request.category : undefined;
  const empty = noResults({
    q: request.q,
    category,
    page: 1,
    pageSize,
    totalPages: 1,
    facets: categories.map((c) => ({ slug: c.slug, title: c.title, path: c.path, count: 0 })),
  });
  const p = await planQuery(repo, request.q, false);
  if (!p.terms.length) return empty;

  let query: MatchQuery = { groups: p.groups, combine: 'all' };
  // The total, and every section's count when it is within the cap, come from one pass over the matches.
  let counts = await repo.search.countBySection(query, now, { cap });
  if (counts.total === 0 && p.groups.length > 1) {
    query = { groups: p.groups, combine: 'any' };
    counts = await repo.search.countBySection(query, now, { cap });
  }
  const totalAll = counts.total;
  if (totalAll === 0) return { ...empty, terms: p.terms, mode: 'all' };
  const corrected = await didYouMean(repo, p, request.q, now);

  // Past the cap, only the section being filtered is counted (on its own, up to the cap).
  const filtered = !counts.sections && category ? await repo.search.count(query, now, { cap, section: category }) : 0;
  const facets: Facet[] = categories.map((c) => ({
    slug: c.slug,
    title: c.title,
    path: c.path,
    ...(counts.sections ? { count: counts.sections.get(c.slug) ?? 0 } : c.slug === category ? { count: filtered } : {}),
  }));
  const total = category ? (facets.find((f) => f.slug === category)?.count ?? 0) : totalAll;
  const shown = Math.min(total, cap);
  const totalPages = Math.max(1, Math.ceil(shown / pageSize));
  const requested = Number.isFinite(request.page) ? Math.floor(request.page) : 1;
  const page = Math.min(Math.max(1, requested), totalPages);
  const keys = shown ? await rankKeys(repo, query, now, Math.min(page * pageSize, cap), category) : [];
  const stories = await repo.search.stories(keys.slice((page - 1) * pageSize, page * pageSize), now);
  const byCategory = new Map(categories.map((c) => [c.slug, c]));
  return {
    q: request.q,
    terms: p.terms,
    category,
    mode: query.combine,
    results: stories.map((s) => toHit(s, p.words, p.terms.length, byCategory)),
    total: Math.min(total, cap),
    totalAll: Math.min(totalAll, cap),
    capped: total > cap,
    cappedAll: totalAll > cap,
    page,
    pageSize,
    totalPages,
    facets: facets.map((f) => (f.count === undefined ? f : { ...f, count: Math.min(f.count, cap) })),
    ...(corrected && corrected !== p.terms.join(' ') ? { didYouMean: corrected } : {}),
  };
}

/**
 * Up to `limit` stories for the search box as the reader types: the first of
 * the very ranking the results page uses, with the last word completed from
 * two letters.
 */
export async function suggest(repo: Repository, q: string, options: SearchOptions & { limit?: number }): Promise<Suggestion[]> {
  const limit = Math.max(0, Math.min(options.limit ?? MAX_SUGGESTIONS, MAX_SUGGESTIONS));
  const p = await planQuery(repo, q, true);
  if (!p.terms.length || !limit) return [];
  let keys = await rankKeys(repo, { groups: p.groups, combine: 'all' }, options.now, limit);
  if (!keys.length && p.groups.length > 1) keys = await rankKeys(repo, { groups: p.groups, combine: 'any' }, options.now, limit);
  const titles = new Map(options.categories.map((c) => [c.slug, c.title]));
  return (await repo.search.stories(keys, options.now)).map((s) => ({
    title: s.title,
    path: s.path,
    category: titles.get(s.category) ?? s.category,
  }));
}
