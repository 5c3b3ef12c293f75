import type { ArticleSummary, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { search } from '@/lib/search/engine';
import { SearchBusyError } from '@/lib/search/guard';
import type { GuardedEngine } from '@/lib/search/guarded';
import { parseSearchParams, type RawSearchParams, type SearchRequest } from '@/lib/search/params';
import { noResults, type SearchResponse } from '@/lib/search/response';
import { searchMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import type { Context, PageModel, Repository } from './model';

export type SearchPageModel = PageModel & {
  response: SearchResponse;
  /** The section the results are filtered to, if any. */
  section?: Category;
  sections: Category[];
  /** Offered when there is no query, or nothing matched. */
  latest: ArticleSummary[];
  /** Set when the engine is at its limit (lib/search/guarded.ts): the page says so, with the query kept. */
  busy?: { retryAfterSeconds: number };
};

/**
 * /search: the query string is read once, here, into a clean request
 * (lib/search/params.ts), and searched. Results pages are noindex, with one
 * canonical address per query. `engine` is the guarded engine in a server,
 * the bare one in tests.
 */
export async function searchPage(
  repo: Repository,
  raw: RawSearchParams,
  { now }: Context,
  engine: Pick<GuardedEngine, 'search'> = { search },
): Promise<SearchPageModel> {
  const sections = await repo.categories();
  const request = parseSearchParams(
    raw,
    sections.map((c) => c.slug),
  );
  // The canonical address names the page the engine answered (a page past the end is the last).
  const metadataOf = ({ q, category, page }: SearchRequest) => searchMetadata(q, routes.searchResults({ q, category, page }));
  const base = { section: sections.find((c) => c.slug === request.category), sections, jsonLd: [], tags: [] };
  try {
    const response = await engine.search(repo, request, { now, categories: sections, pageSize: site.pageSize });
    const latest = response.results.length ? [] : await repo.latest(5, now);
    return { ...base, metadata: metadataOf(response), response, latest };
  } catch (error) {
    if (!(error instanceof SearchBusyError)) throw error;
    const response = noResults({ ...request, pageSize: site.pageSize, totalPages: 0, facets: [] });
    return { ...base, metadata: metadataOf(request), response, latest: [], busy: { retryAfterSeconds: error.retryAfterSeconds } };
  }
}
