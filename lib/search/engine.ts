import type { Repository } from '@/lib/content/repository';
import type { MatchFields, MatchQuery } from '@/lib/content/store/full-text';
import type { Category, Genre } from '@/lib/content/types';
import { MAX_SUGGESTIONS, type Suggestion } from './api';
import type { SearchRequest } from './params';
import { highlight, snippet, type Segment } from './snippet';
import { allowedEdits, bestCorrection } from './spelling';
import { queryTerms } from './text';

/**
 * Search over published stories, the same for results and suggestions: the
 * reader's words become groups of index words (each word, plus the words it
 * may stand for), and the store ranks the stories that match.
 *
 * Ranking (docs/search.md) goes by tiers: stories whose headline alone holds
 * the query, then those that also need their tags, summary, author or
 * section, then those that match only with the body; within a tier, BM25
 * (FTS5) or ts_rank (PostgreSQL), the headline weighted most, then the
 * newer story. Each tier ranks the newest MATCH_WINDOW matches, and at most
 * RESULT_CAP results are shown: for a word in most of a 100,000-story archive,
 * readers want recent stories, and ranking every match would take longer than
 * the page itself.
 */

export const DEFAULT_PAGE_SIZE = 12;
/** The most results a search lists; larger counts read "1,000+". */
export const RESULT_CAP = 1000;
/** How many of the newest matches each tier ranks. */
export const MATCH_WINDOW = 500;
/** The most words of a query that are searched. */
export const MAX_TERMS = 10;
/** How many indexed words a prefix may stand for ("clim" → climate, climbing, …). */
export const PREFIX_EXPANSIONS = 8;

export type SearchHit = {
  path: string;
  title: string;
  /** The title with matched words flagged. */
  titleSegments: Segment[];
  date: string;
  /** Labelled beside the section unless it is news. */
  genre: Genre;
  category: { slug: string; title: string; path: string };
  /** A window of the summary or body around the matches, matched words flagged. */
  snippet: Segment[];
};

/**
 * A section filter. `count` is exact when the whole search has at most
 * RESULT_CAP results; past that it is left out (counting every section of a
 * word in most of the archive would cost more than the page), except for the
 * section being filtered, which is counted like the total.
 */
export type Facet = { slug: string; title: string; path: string; count?: number };

export type SearchResponse = {
  q: string;
  /** Its search terms, normalised; empty when it has no searchable word. */
  terms: string[];
  category?: string;
  /** "all": every result has every term; "any": no result had them all, so results have some. */
  mode: 'none' | 'all' | 'any';
  results: SearchHit[];
  /** Results in the current section filter, counted up to RESULT_CAP + 1. */
  total: number;
  /** Results in every section, counted the same way. */
  totalAll: number;
  /** Whether there are more results than RESULT_CAP, in the section filter and in all sections. */
  capped: boolean;
  cappedAll: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: Facet[];
  /** The query with misspelt words replaced by the archive's own, when that finds something. */
  didYouMean?: string;
};

export type SearchOptions = {
  now: Date;
  categories: Category[];
  pageSize?: number;
  /** RESULT_CAP, unless a test says otherwise. */ cap?: number;
};

type Plan = {
  terms: string[];
  /** One group per term: the term, its prefix completions, its correction. */
  groups: string[][];
  /** Every index word a story may match on, for highlighting. */
  words: Set<string>;
  /** term → the archive's word it is taken to be a misspelling of. */
  corrections: Map<string, string>;
};

/**
 * How each word of the query matches:
 * - a word the index knows matches as written; the last word (the reader may
 *   still be typing it) also matches the most used words it begins;
 * - a word the index does not know is a fragment or a typo: from 3 letters it
 *   matches the words it begins ("syr" → syria), and from 5 letters also the
 *   one indexed word it most likely misspells ("hollnde" → hollande).
 */
async function plan(repo: Repository, q: string, suggesting: boolean): Promise<Plan> {
  // Words past the first MAX_TERMS add little to what a reader means, and each is another word list to merge.
  const terms = queryTerms(q).slice(0, MAX_TERMS);
  const docs = await repo.search.termDocs(terms);
  const corrections = new Map<string, string>();
  const groups = await Promise.all(
    terms.map(async (term, i) => {
      const known = docs.get(term)! > 0;
      const last = i === terms.length - 1;
      const words = new Set([term]);
      const prefixFrom = last ? (suggesting ? 2 : 3) : 3;
      if ((last || !known) && Array.from(term).length >= prefixFrom)
        for (const p of await repo.search.prefixTerms(term, PREFIX_EXPANSIONS)) words.add(p.term);
      if (!known && allowedEdits(term) > 0) {
        const correction = bestCorrection(term, await repo.search.similarTerms(term, 30));
        if (correction) {
          words.add(correction.term);
          corrections.set(term, correction.term);
        }
      }
      return [...words];
    }),
  );
  return { terms, groups, words: new Set(groups.flat()), corrections };
}

/** The ranking tiers, strongest first (see MatchFields). */
const TIERS: MatchFields[] = ['title', 'head', 'all'];

/** Keys of matching stories, best first: tier by tier, each ranked by relevance. */
async function rankKeys(repo: Repository, query: MatchQuery, now: Date, limit: number, section?: string): Promise<number[]> {
  const keys: number[] = [];
  for (const fields of TIERS) {
    if (keys.length >= limit) break;
    // A deep page needs more than the usual window, so every listed result can be reached.
    const more = await repo.search.rank(query, now, {
      fields,
      window: Math.max(MATCH_WINDOW, limit),
      limit: limit - keys.length,
      section,
      exclude: keys,
    });
    keys.push(...more);
  }
  return keys;
}

type Story = Awaited<ReturnType<Repository['search']['stories']>>[number];

function toHit(story: Story, words: Set<string>, termCount: number, categories: Map<string, Category>): SearchHit {
  // The summary reads best; the body wins only when it holds more of the query.
  const fromSummary = snippet(story.summary, words, 40);
  const fromBody = fromSummary.distinct >= termCount ? undefined : snippet(story.text, words, 30);
  const best = fromBody && fromBody.distinct > fromSummary.distinct ? fromBody : fromSummary;
  const category = categories.get(story.category);
  return {
    path: story.path,
    title: story.title,
    titleSegments: highlight(story.title, words),
    date: story.date,
    genre: story.genre ?? 'news',
    category: category
      ? { slug: category.slug, title: category.title, path: category.path }
      : { slug: story.category, title: story.category, path: `/${story.category}` },
    snippet: best.segments,
  };
}

/**
 * "Did you mean …": the query with each misspelt word replaced by the
 * archive's word, offered only when that query, word for word, finds
 * published stories. The vocabulary also holds words of stories not yet
 * published, and a correction must never spell one of those out.
 */
async function suggestion(repo: Repository, p: Plan, q: string, now: Date): Promise<string | undefined> {
  if (!p.corrections.size) return undefined;
  const groups = p.terms.map((t) => [p.corrections.get(t) ?? t]);
  const found = await repo.search.count({ groups, combine: 'all' }, now, { cap: 0 });
  return found > 0 ? correctedQuery(q, p.corrections) : undefined;
}

/** The reader's query with each corrected word replaced, other words as typed. */
function correctedQuery(q: string, corrections: Map<string, string>): string {
  return queryTerms(q)
    .slice(0, MAX_TERMS)
    .map((t) => corrections.get(t) ?? t)
    .join(' ');
}

export async function search(repo: Repository, request: SearchRequest, options: SearchOptions): Promise<SearchResponse> {
  const { now, categories } = options;
  const cap = options.cap ?? RESULT_CAP;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const category = request.category && categories.some((c) => c.slug === request.category) ? request.category : undefined;
  const empty: SearchResponse = {
    q: request.q,
    terms: [],
    category,
    mode: 'none',
    results: [],
    total: 0,
    totalAll: 0,
    capped: false,
    cappedAll: false,
    page: 1,
    pageSize,
    totalPages: 1,
    facets: categories.map((c) => ({ slug: c.slug, title: c.title, path: c.path, count: 0 })),
  };
  const p = await plan(repo, request.q, false);
  if (!p.terms.length) return empty;

  let query: MatchQuery = { groups: p.groups, combine: 'all' };
  let totalAll = await repo.search.count(query, now, { cap });
  if (totalAll === 0 && p.groups.length > 1) {
    query = { groups: p.groups, combine: 'any' };
    totalAll = await repo.search.count(query, now, { cap });
  }
  if (totalAll === 0) return { ...empty, terms: p.terms, mode: 'all' };
  const didYouMean = await suggestion(repo, p, request.q, now);

  const countAll = totalAll <= cap;
  const facets: Facet[] = await Promise.all(
    categories.map(async (c) => ({
      slug: c.slug,
      title: c.title,
      path: c.path,
      ...(countAll || c.slug === category ? { count: await repo.search.count(query, now, { cap, section: c.slug }) } : {}),
    })),
  );
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
    ...(didYouMean && didYouMean !== p.terms.join(' ') ? { didYouMean } : {}),
  };
}

/**
 * Up to `limit` stories for the search box as the reader types: the first of
 * the very ranking the results page uses, with the last word completed from
 * two letters.
 */
export async function suggest(repo: Repository, q: string, options: SearchOptions & { limit?: number }): Promise<Suggestion[]> {
  const limit = Math.max(0, Math.min(options.limit ?? MAX_SUGGESTIONS, MAX_SUGGESTIONS));
  const p = await plan(repo, q, true);
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
