import { StoryLink } from '@/components/listing/StoryLink';
import { excerpt } from '@/lib/content/text';
import { GenreLabel } from './GenreLabel';
import type { ListedArticle } from '@/lib/pages/model';

type Item = ListedArticle;

export function RelatedLinks({ items }: { items: Item[] }) {
  if (!items.length) return null;
  return (
    <aside data-related aria-labelledby="related-heading" className="mt-12 border-t-2 border-rule pt-4">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        You may also like
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {items.map(({ article, category }) => (
          <li key={article.path} className="border-t border-border pt-3">
            <p className="flex flex-wrap items-center gap-x-2 text-xs font-bold tracking-wide text-accent uppercase">
              <span>{category.title}</span>
              <GenreLabel genre={article.genre} />
            </p>
            <h3 className="mt-1 font-serif text-lg leading-snug font-bold">
              <StoryLink href={article.path} className="hover:underline">
                {article.title}
              </StoryLink>
            </h3>
            <p className="mt-1 text-sm text-muted">{excerpt(article.summary, 140)}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
