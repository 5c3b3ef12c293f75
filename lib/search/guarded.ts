import type { Repository } from '@/lib/content/repository';
import type { Suggestion } from './api';
import { search, suggest, type SearchOptions } from './engine';
import { guardSearch, type GuardedSearch, type GuardOptions } from './guard';
import type { SearchRequest } from './params';
import type { SearchResponse } from './response';

/**
 * The engine behind the results page and the search box, each wrapped by
 * guardSearch (lib/search/guard.ts): a recent answer to the same query is
 * reused, identical queries in flight share one call, and the engine works
 * on a bounded number of queries at once (SearchBusyError past it). The
 * request admission in front (lib/search/admission.ts) bounds how many
 * search requests are worked on at all; this bounds the engine under them.
 *
 * An answer is cached under the store's content version (the newest publish,
 * repository.contentVersion), so a publish or a correction is searchable on
 * the next query, on every instance. What the version does not see is time:
 * a scheduled story joins cached answers within cacheTtlMs.
 */
type SearchGuardOptions = Omit<GuardOptions<unknown>, 'key'>;

const SEARCH_GUARD: SearchGuardOptions = { maxInFlight: 4, cacheEntries: 500, cacheTtlMs: 60_000, retryAfterSeconds: 5 };

type Call<R> = { key: string; run: () => Promise<R> };

export type GuardedEngine = {
  search(repo: Repository, request: SearchRequest, options: SearchOptions): Promise<SearchResponse>;
  suggest(repo: Repository, q: string, options: SearchOptions): Promise<Suggestion[]>;
  readonly results: GuardedSearch<Call<SearchResponse>, SearchResponse>;
  readonly suggestions: GuardedSearch<Call<Suggestion[]>, Suggestion[]>;
};

export function createGuardedEngine(options: SearchGuardOptions = SEARCH_GUARD): GuardedEngine {
  const guard = <R>() => guardSearch((call: Call<R>) => call.run(), { ...options, key: (call) => call.key });
  const results = guard<SearchResponse>();
  const suggestions = guard<Suggestion[]>();
  return {
    results,
    suggestions,
    async search(repo, request, engineOptions) {
      const key = JSON.stringify([
        await repo.contentVersion(),
        request.q,
        request.category ?? '',
        request.page,
        engineOptions.pageSize,
      ]);
      return results({ key, run: () => search(repo, request, engineOptions) });
    },
    async suggest(repo, q, engineOptions) {
      const key = JSON.stringify([await repo.contentVersion(), q]);
      return suggestions({ key, run: () => suggest(repo, q, engineOptions) });
    },
  };
}

/**
 * One per server process. On globalThis because Next bundles the results
 * page and /api/search apart, each with its own copy of this module; one
 * bound must cover both.
 */
const KEY = Symbol.for('the-lantern.search-guard');
const processWide = globalThis as typeof globalThis & { [KEY]?: GuardedEngine };

export function siteSearchEngine(): GuardedEngine {
  return (processWide[KEY] ??= createGuardedEngine());
}
