import type { Article, Author, Category } from '@/lib/content/types';
import { Byline } from './Byline';
import { Kicker } from './Kicker';

export function ArticleHeader({
  article,
  author,
  category,
  updated,
}: {
  article: Article;
  author: Author;
  category: Category;
  updated?: string;
}) {
  return (
    <header className="mt-4">
      <Kicker category={category} />
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl sm:leading-[1.08]">
        {article.title}
      </h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.summary}</p>
      <div className="mt-5">
        <Byline article={article} author={author} updated={updated} />
      </div>
    </header>
  );
}
