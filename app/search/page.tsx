import type { Metadata } from 'next';
import { cache } from 'react';
import { SearchForm } from '@/components/layout/SearchForm';
import { SearchBusy } from '@/components/search/SearchBusy';
import { SearchResults } from '@/components/search/SearchResults';
import { loadSearchPage } from '@/lib/pages/server';
import type { RawSearchParams } from '@/lib/search/params';

type Props = { searchParams: Promise<RawSearchParams> };

/** One search per request, shared by the metadata and the page. */
const searchOnce = cache(async (searchParams: Props['searchParams']) => loadSearchPage(await searchParams));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return (await searchOnce(searchParams)).metadata;
}

export default async function SearchRoute({ searchParams }: Props) {
  const model = await searchOnce(searchParams);
  const { q } = model.response;
  if (model.busy) return <SearchBusy q={q} retryAfterSeconds={model.busy.retryAfterSeconds} />;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold break-words sm:text-4xl">{q ? <>Search results for “{q}”</> : 'Search'}</h1>
      <div className="mt-5">
        <SearchForm id="search-page-q" defaultValue={q} variant="page" landmark="Search again" />
      </div>
      <SearchResults model={model} />
    </div>
  );
}
