import type { ListedArticle } from '@/lib/pages/model';
import { ArticleCard } from './ArticleCard';

type Props = {
  items: ListedArticle[];
  /** Off on a section's own front, where every story is from that section. */
  showCategory?: boolean;
};

export function ArticleList({ items, showCategory = true }: Props) {
  return (
    <ul className="grid gap-x-8 gap-y-6 md:grid-cols-2">
      {items.map(({ article, category }) => (
        <li key={article.path}>
          <ArticleCard article={article} category={category} showCategory={showCategory} headingLevel="h2" />
        </li>
      ))}
    </ul>
  );
}
