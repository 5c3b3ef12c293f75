import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category } from '@/lib/content/types';
import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';
import { SectionNav } from './SectionNav';

export function SiteHeader({ sections }: { sections: Category[] }) {
  return (
    <header data-site-header>
      <div className="bg-masthead text-masthead-text">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:py-5">
          <div>
            <Link href="/" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
              {site.name}
            </Link>
            <p className="mt-0.5 text-sm text-masthead-muted">{site.tagline}</p>
          </div>
          <SearchForm />
        </div>
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
