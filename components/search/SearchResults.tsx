import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { LatestStoryLinks } from '@/components/listing/LatestStoryLinks';
import { SectionLinks } from '@/components/navigation/SectionLinks';
import type { SearchPageModel } from '@/lib/pages/search';
import { routes } from '@/lib/routes';
import { SearchFilters } from './SearchFilters';
import { SearchPagination } from './SearchPagination';
import { SearchResultItem } from './SearchResultItem';

const plural = (n: number, word: string, capped = false) =>
  `${n.toLocaleString('en-GB')}${capped ? '+' : ''} ${word}${n === 1 && !capped ? '' : 's'}`;

/** Everything under the search page's heading: help, nothing found, or the results. */
export function SearchResults({ model }: { model: SearchPageModel }) {
  const { response, section, sections, latest } = model;
  const { q } = response;
  const first = (response.page - 1) * response.pageSize + 1;
  const last = first + response.results.length - 1;
  const didYouMean = response.didYouMean && (
    <p data-did-you-mean className="mt-6 text-lg">
      Did you mean{' '}
      <Link href={routes.searchResults({ q: response.didYouMean })} className="font-semibold text-link underline">
        {response.didYouMean}
      </Link>
      ?
    </p>
  );

  if (!q)
    return (
      <section aria-labelledby="search-help" className="mt-8">
        <h2 id="search-help" className="font-serif text-2xl font-bold">
          Hi, what are you looking for?
        </h2>
        <p className="mt-2 text-lg text-muted">
          Type a place, a person or a topic, such as{' '}
          <Link href={routes.searchResults({ q: 'climate' })} className="text-link underline">
            climate
          </Link>{' '}
          or{' '}
          <Link href={routes.searchResults({ q: 'elections' })} className="text-link underline">
            elections
          </Link>
          . Capitals and accents don’t matter, the start of a word is enough, and small typos are forgiven.
        </p>
        <h2 className="mt-8 font-serif text-2xl font-bold">Or browse a section</h2>
        <SectionLinks sections={sections} />
        <LatestStoryLinks articles={latest} />
      </section>
    );

  if (response.totalAll === 0)
    return (
      <section data-search-empty className="mt-8">
        <p className="text-lg">
          No results for <strong className="break-words">“{q}”</strong>.
        </p>
        <p className="mt-2 text-muted">Check the spelling, or try fewer or more general words.</p>
        <LatestStoryLinks articles={latest} />
      </section>
    );

  return (
    <>
      {didYouMean}
      <p data-search-count className="mt-6 text-muted">
        {plural(response.total, 'result', response.capped)}
        {section ? ` in ${section.title}` : ''}
        {response.total > response.results.length && response.results.length > 0 ? `, showing ${first}–${last}` : ''}
      </p>
      <SearchFilters
        q={q}
        category={response.category}
        totalAll={response.totalAll}
        cappedAll={response.cappedAll}
        facets={response.facets}
      />
      {response.mode === 'any' && (
        <p className="mt-4 rounded-md bg-surface p-3 text-sm">No story contains all of your words; these contain some of them.</p>
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
          <Link href={routes.searchResults({ q })} className="text-link underline">
            See all {plural(response.totalAll, 'result', response.cappedAll)}
          </Link>
          .
        </p>
      )}
      <SearchPagination q={q} category={response.category} page={response.page} totalPages={response.totalPages} />
    </>
  );
}
