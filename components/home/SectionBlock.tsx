import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { ArticleCard } from '@/components/listing/ArticleCard';
import type { ArticleSummary, Category } from '@/lib/content/types';
import { fillRows } from '@/lib/layout/fill-rows';

// Literal class names, so Tailwind generates them: two columns from 768 px, four from 1024 px.
const MD_SPAN = ['', 'md:col-span-1', 'md:col-span-2'];
const LG_SPAN = ['', 'lg:col-span-1', 'lg:col-span-2', 'lg:col-span-3', 'lg:col-span-4'];

/**
 * One section's newest stories on the home page, with a way into the section
 * front. Every row of the grid is full whatever the number of stories
 * (`fillRows`): the first stories widen to take the spare columns.
 */
export function SectionBlock({ category, articles }: { category: Category; articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  const md = fillRows(articles.length, 2);
  const lg = fillRows(articles.length, 4);
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
        {articles.map((article, i) => (
          <li key={article.path} className={`${MD_SPAN[md[i]!]} ${LG_SPAN[lg[i]!]}`}>
            {/* The block's heading names the section: the cards do not repeat it. */}
            <ArticleCard article={article} category={category} withImage={false} showCategory={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
