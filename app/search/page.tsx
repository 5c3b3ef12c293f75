import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { SearchForm } from '@/components/layout/SearchForm';
import { LatestStoryLinks } from '@/components/listing/LatestStoryLinks';
import { SectionLinks } from '@/components/navigation/SectionLinks';
import { SearchFilters } from '@/components/search/SearchFilters';
import { SearchPagination } from '@/components/search/SearchPagination';
import { SearchBusy } from '@/components/search/SearchBusy';
import { SearchResultItem } from '@/components/search/SearchResultItem';
import { categories, findCategory, latestArticles } from '@/lib/content/repository';
import { SearchBusyError } from '@/lib/search/guard';
import { searchPath, type RawSearchParams } from '@/lib/search/params';
import { readSearchParams, searchSite } from '@/lib/search/site';
import { searchMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<RawSearchParams> };

/** One search per request, shared by the metadata and the page. */
const run = cache((q: string, category: string | undefined, page: number) => searchSite({ q, category, page }));

/** The results, or the SearchBusyError that says the engine is at its limit. */
async function searchFor(searchParams: Props['searchParams']) {
  const { q, category, page } = readSearchParams(await searchParams);
  try {
    return await run(q, category, page);
  } catch (error) {
    if (error instanceof SearchBusyError) return { busy: error, q, category, page };
    throw error;
  }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, category, page } = await searchFor(searchParams);
  return searchMetadata(q, searchPath({ q, category, page }));
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

export default async function SearchPage({ searchParams }: Props) {
  const response = await searchFor(searchParams);
  if ('busy' in response) return <SearchBusy q={response.q} retryAfterSeconds={response.busy.retryAfterSeconds} />;
  const { q } = response;
  const section = response.category ? findCategory(response.category) : undefined;
  const first = (response.page - 1) * response.pageSize + 1;
  const last = first + response.results.length - 1;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold break-words sm:text-4xl">{q ? <>Search results for “{q}”</> : 'Search'}</h1>
      <div className="mt-5">
        <SearchForm id="search-page-q" defaultValue={q} variant="page" landmark="Search again" />
      </div>

      {!q ? (
        <section aria-labelledby="search-help" className="mt-8">
          <h2 id="search-help" className="font-serif text-2xl font-bold">
            Hi, what are you looking for?
          </h2>
          <p className="mt-2 text-lg text-muted">
            Type a place, a person or a topic, such as{' '}
            <Link href={searchPath({ q: 'climate' })} className="text-link underline">
              climate
            </Link>{' '}
            or{' '}
            <Link href={searchPath({ q: 'elections' })} className="text-link underline">
              elections
            </Link>
            . Capitals and accents don’t matter, the start of a word is enough, and small typos are forgiven.
          </p>
          <h2 className="mt-8 font-serif text-2xl font-bold">Or browse a section</h2>
          <SectionLinks sections={categories()} />
          <LatestStoryLinks articles={latestArticles(5)} />
        </section>
      ) : response.totalAll === 0 ? (
        <section data-search-empty className="mt-8">
          <p className="text-lg">
            No results for <strong className="break-words">“{q}”</strong>.
          </p>
          <p className="mt-2 text-muted">Check the spelling, or try fewer or more general words.</p>
          <LatestStoryLinks articles={latestArticles(5)} />
        </section>
      ) : (
        <>
          <p data-search-count className="mt-6 text-muted">
            {plural(response.total, 'result')}
            {section ? ` in ${section.title}` : ''}
            {response.total > response.results.length && response.results.length > 0 ? `, showing ${first}–${last}` : ''}
          </p>
          <SearchFilters q={q} category={response.category} totalAll={response.totalAll} facets={response.facets} />
          {response.mode === 'any' && (
            <p className="mt-4 rounded-md bg-surface p-3 text-sm">
              No story contains all of your words; these contain some of them.
            </p>
          )}
          {response.results.length ? (
            <ol className="mt-6 border-b border-border">
              {response.results.map((hit) => (
                <SearchResultItem key={hit.path} hit={hit} />
              ))}
            </ol>
          ) : (
            <p className="mt-6">
              No results in this section.{' '}
              <Link href={searchPath({ q })} className="text-link underline">
                See all {plural(response.totalAll, 'result')}
              </Link>
              .
            </p>
          )}
          <SearchPagination q={q} category={response.category} page={response.page} totalPages={response.totalPages} />
        </>
      )}
    </div>
  );
}
