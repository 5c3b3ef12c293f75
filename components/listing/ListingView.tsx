import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from '@/components/navigation/Breadcrumbs';
import type { ListedArticle } from '@/lib/pages/model';
import type { Page } from '@/lib/pages/listing';
import { ArticleList } from './ArticleList';
import { Pagination } from './Pagination';

type Props = {
  crumbs: Crumb[];
  /** The page's only h1. */
  title: string;
  /** Kicker above the title, e.g. "Section" or "Topic". */
  label: string;
  intro?: ReactNode;
  page: Page<ListedArticle>;
  basePath: string;
  /** Section labels on the cards; off where the page is the section. */
  showCategory?: boolean;
};

/** Section fronts, author and tag pages share one shape. */
export function ListingView({ crumbs, title, label, intro, page, basePath, showCategory = true }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-4 border-b-2 border-rule pb-5">
        <p className="text-sm font-bold tracking-widest text-accent uppercase">{label}</p>
        <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          {title}
          {page.page > 1 && <span className="sr-only">, page {page.page}</span>}
        </h1>
        {intro}
        <p className="mt-3 text-sm text-muted">
          {page.totalItems} {page.totalItems === 1 ? 'article' : 'articles'}
          {page.totalPages > 1 && ` · page ${page.page} of ${page.totalPages}`}
        </p>
      </header>
      <div className="mt-6">
        {page.items.length ? (
          <ArticleList items={page.items} showCategory={showCategory} />
        ) : (
          <p className="text-muted">No articles here yet.</p>
        )}
      </div>
      <Pagination basePath={basePath} page={page.page} totalPages={page.totalPages} />
    </div>
  );
}
