import type { ArticleSummary, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { search, type SearchResponse } from '@/lib/search/engine';
import { parseSearchParams, type RawSearchParams } from '@/lib/search/params';
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
};

/**
 * /search: the query string is read once, here, into a clean request
 * (lib/search/params.ts), and searched. Results pages are noindex, with one
 * canonical address per query.
 */
export async function searchPage(repo: Repository, raw: RawSearchParams, { now }: Context): Promise<SearchPageModel> {
  const sections = await repo.categories();
  const request = parseSearchParams(
    raw,
    sections.map((c) => c.slug),
  );
  const response = await search(repo, request, { now, categories: sections, pageSize: site.pageSize });
  const latest = response.results.length ? [] : await repo.latest(5, now);
  return {
    response,
    section: sections.find((c) => c.slug === response.category),
    sections,
    latest,
    metadata: searchMetadata(
      response.q,
      routes.searchResults({ q: response.q, category: response.category, page: response.page }),
    ),
    jsonLd: [],
    tags: [],
  };
}
