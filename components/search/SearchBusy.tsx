import { SearchForm } from '@/components/layout/SearchForm';

/**
 * What the results page shows when the search engine is at its limit
 * (lib/search/guard.ts): the reader's query, ready to send again. The
 * request admission in front usually answers first, with a 503 page of its
 * own (lib/search/admission.ts); this covers an engine slower than its bound.
 */
export function SearchBusy({ q, retryAfterSeconds }: { q: string; retryAfterSeconds: number }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search is busy</h1>
      <p className="mt-4 text-lg text-muted">
        Many people are searching at this moment. Please try again in {retryAfterSeconds} seconds: your search is kept below.
      </p>
      <div className="mt-5">
        <SearchForm id="search-page-q" defaultValue={q} variant="page" landmark="Search again" />
      </div>
    </div>
  );
}
