import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ListedArticle } from '@/lib/pages/model';

export function LatestStories({ items }: { items: ListedArticle[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="latest-heading" className="mt-10">
      <h2 id="latest-heading" className="border-b-2 border-rule pb-2 font-serif text-2xl font-bold">
        Latest
      </h2>
      <ul className="mt-2 grid gap-x-8 gap-y-4 md:grid-cols-2">
        {items.map(({ article, category }) => (
          <li key={article.path}>
            <ArticleCard article={article} category={category} />
          </li>
        ))}
      </ul>
    </section>
  );
}
