import type { Article, Author, Category } from '@/lib/content/types';
import { Byline } from './Byline';
import { Kicker } from './Kicker';

/** Kicker, headline, standfirst and byline. An opinion piece's header is tinted and ruled in the opinion colour. */
export function ArticleHeader({
  article,
  authors,
  category,
  updated,
}: {
  article: Article;
  authors: Author[];
  category: Category;
  updated?: string;
}) {
  const opinion = article.genre === 'opinion';
  return (
    <header
      data-genre={article.genre}
      className={opinion ? 'mt-4 rounded-b-md border-t-4 border-opinion bg-opinion-surface px-4 pt-4 pb-1 sm:px-6' : 'mt-4'}
    >
      <Kicker category={category} genre={article.genre} />
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl sm:leading-[1.08]">
        {article.title}
      </h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.summary}</p>
      <div className="mt-5">
        <Byline article={article} authors={authors} updated={updated} />
      </div>
    </header>
  );
}
