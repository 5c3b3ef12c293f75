import { DocumentTitle } from '@/components/errors/DocumentTitle.client';
import { LatestStoryLinks } from '@/components/listing/LatestStoryLinks';
import { SectionLinks } from '@/components/navigation/SectionLinks';
import type { NotFoundModel } from '@/lib/pages/not-found';
import { SearchForm } from './SearchForm';

/** A helpful 404: search, the sections, and the latest stories, all given by the route. */
export function NotFoundView({ model: { title, sections, latest } }: { model: NotFoundModel }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <DocumentTitle title={title} />
      <p className="text-sm font-bold tracking-widest text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The address may be mistyped, or the page may have moved. Try a search, or start from one of our sections.
      </p>
      <div className="mt-6 rounded-md bg-masthead p-4">
        <SearchForm id="not-found-search" landmark="Search the site again" />
      </div>
      <h2 className="mt-10 font-serif text-2xl font-bold">Sections</h2>
      <SectionLinks sections={sections} />
      <LatestStoryLinks articles={latest} />
    </div>
  );
}
