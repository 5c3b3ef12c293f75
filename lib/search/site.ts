import { authors, categories, publishedArticles } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { site } from '@/lib/site';
import { buildIndex, search, suggest, type SearchIndex, type SearchResponse, type Suggestion } from './engine';
import { guardSearch, type GuardedSearch } from './guard';
import { parseSearchParams, type RawSearchParams, type SearchRequest } from './params';

/**
 * The site's search index: built once per server process, on first use,
 * never per request. (Building it at start from instrumentation.ts would load
 * a third copy of every article into the process, since Next bundles
 * instrumentation apart from the routes; the first search pays instead,
 * about 4 s at 10,000 articles.)
 *
 * It lives on globalThis because Next bundles the results page and the
 * /api/search route separately, each with its own copy of this module; one
 * index serves both. The repository returns the same published list until a
 * scheduled story's time comes, and the published set only ever grows, so
 * its size and newest story identify it: the index is rebuilt exactly when a
 * scheduled story appears, and at no other time.
 */
const CACHE = Symbol.for('the-lantern.search-index');
type Cache = { source: readonly Article[]; size: number; newest?: string; index: SearchIndex };
const store = globalThis as typeof globalThis & { [CACHE]?: Cache };

export function siteSearchIndex(now: Date = new Date()): SearchIndex {
  const published = publishedArticles(now);
  const cached = store[CACHE];
  if (cached && (cached.source === published || (cached.size === published.length && cached.newest === published[0]?.path)))
    return cached.index;
  const index = buildIndex(published, categories(), authors());
  store[CACHE] = { source: published, size: published.length, newest: published[0]?.path, index };
  return index;
}

/** /search's query string, made safe: query normalised, unknown section dropped, page a number. */
export function readSearchParams(params: RawSearchParams): SearchRequest {
  return parseSearchParams(
    params,
    categories().map((c) => c.slug),
  );
}

/**
 * The engine behind the results page and the search box, each wrapped by
 * guardSearch (lib/search/guard.ts): recent answers per query are reused and
 * the engine works on a bounded number of queries at once. One pair of
 * guards per index, so a cached answer never outlives the published set it
 * came from. (The request admission in front, lib/search/admission.ts, bounds
 * how many search pages render at once.)
 */
const GUARDS = Symbol.for('the-lantern.search-guards');
type Guards = {
  index: SearchIndex;
  results: GuardedSearch<SearchRequest, SearchResponse>;
  suggestions: GuardedSearch<string, Suggestion[]>;
};
const guardStore = globalThis as typeof globalThis & { [GUARDS]?: Guards };
const guardOptions = { maxInFlight: 4, cacheEntries: 500, cacheTtlMs: 60_000, retryAfterSeconds: 5 };

function guardsFor(index: SearchIndex): Guards {
  const current = guardStore[GUARDS];
  if (current?.index === index) return current;
  const fresh: Guards = {
    index,
    results: guardSearch((request: SearchRequest) => search(index, { ...request, pageSize: site.pageSize }), {
      ...guardOptions,
      key: (r) => JSON.stringify([r.q, r.category ?? '', r.page]),
    }),
    suggestions: guardSearch((q: string) => suggest(index, q), { ...guardOptions, key: (q) => q }),
  };
  guardStore[GUARDS] = fresh;
  return fresh;
}

/** A page of results; throws SearchBusyError when the engine is at its limit. */
export function searchSite(request: SearchRequest, now: Date = new Date()): Promise<SearchResponse> {
  return guardsFor(siteSearchIndex(now)).results(request);
}

/** Suggestions for the search box; throws SearchBusyError when the engine is at its limit. */
export function suggestArticles(q: string, now: Date = new Date()): Promise<Suggestion[]> {
  return guardsFor(siteSearchIndex(now)).suggestions(q);
}
