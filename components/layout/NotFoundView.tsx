import Link from 'next/link';
import { categories, latestArticles } from '@/lib/content/repository';
import { SearchForm } from './SearchForm';

/** A helpful 404: search, the sections, and the latest stories. */
export function NotFoundView() {
  const latest = latestArticles(5);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <p className="text-sm font-bold tracking-widest text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The address may be mistyped, or the page may have moved. Try a search, or start from one of our sections.
      </p>
      <div className="mt-6 rounded-md bg-masthead p-4">
        <SearchForm id="not-found-search" landmark="Search the site again" />
      </div>
      <h2 className="mt-10 font-serif text-2xl font-bold">Sections</h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {categories().map((c) => (
          <li key={c.slug}>
            <Link href={c.path} className="inline-block rounded-full border border-border px-4 py-2 font-semibold hover:border-text">
              {c.title}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-10 font-serif text-2xl font-bold">Latest stories</h2>
      <ul className="mt-3 space-y-3">
        {latest.map((a) => (
          <li key={a.path}>
            <Link href={a.path} className="font-serif text-lg hover:underline">
              {a.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
