import Link from 'next/link';
import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ArticleSummary, Category } from '@/lib/content/types';

/** One section's newest stories on the home page, with a way into the section front. */
export function SectionBlock({ category, articles }: { category: Category; articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby={`section-${category.slug}`} className="mt-12">
      <div className="flex items-baseline justify-between border-b-2 border-rule pb-2">
        <h2 id={`section-${category.slug}`} className="font-serif text-2xl font-bold">
          <Link href={category.path} className="hover:underline">
            {category.title}
          </Link>
        </h2>
        <Link href={category.path} className="text-sm font-semibold text-link hover:underline">
          More {category.title} <span aria-hidden="true">→</span>
        </Link>
      </div>
      <ul className="mt-2 grid gap-x-8 gap-y-4 md:grid-cols-2 lg:grid-cols-4">
        {articles.map((article) => (
          <li key={article.path}>
            <ArticleCard article={article} category={category} withImage={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
