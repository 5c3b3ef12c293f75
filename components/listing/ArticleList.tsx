import type { ListedArticle } from '@/lib/pages/model';
import { ArticleCard } from './ArticleCard';

export function ArticleList({ items }: { items: ListedArticle[] }) {
  return (
    <ul className="grid gap-x-8 gap-y-6 md:grid-cols-2">
      {items.map(({ article, category }) => (
        <li key={article.path}>
          <ArticleCard article={article} category={category} headingLevel="h2" />
        </li>
      ))}
    </ul>
  );
}
