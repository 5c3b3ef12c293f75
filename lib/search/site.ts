import { authors, categories, publishedArticles } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';
import { site } from '@/lib/site';
import { buildIndex, search, suggest, type SearchIndex, type SearchResponse, type Suggestion } from './engine';
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

export function searchSite(request: SearchRequest, now: Date = new Date()): SearchResponse {
  return search(siteSearchIndex(now), { ...request, pageSize: site.pageSize });
}

export function suggestArticles(q: string, now: Date = new Date()): Suggestion[] {
  return suggest(siteSearchIndex(now), q);
}
