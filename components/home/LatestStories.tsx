import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ListedArticle } from '@/lib/pages/model';

/**
 * The newest stories after the lead, in two newspaper columns from 768 px:
 * cards flow down the first column, then the second, each as tall as its
 * own text and picture, so pictures neither stretch rows nor leave holes
 * beside shorter cards, whichever stories have one.
 */
export function LatestStories({ items }: { items: ListedArticle[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="latest-heading" className="mt-10">
      <h2 id="latest-heading" className="border-b-2 border-rule pb-2 font-serif text-2xl font-bold">
        Latest
      </h2>
      <ul className="mt-2 gap-x-8 md:columns-2">
        {items.map(({ article, category }) => (
          <li key={article.path} className="mb-4 break-inside-avoid">
            <ArticleCard article={article} category={category} />
          </li>
        ))}
      </ul>
    </section>
  );
}
