import type { ListedArticle } from './listings';
import { articlesInCategory, categories, categoryOf, latestArticles } from './repository';
import type { Article, Category } from './types';

export type HomeFront = {
  lead?: ListedArticle;
  latest: ListedArticle[];
  sections: { category: Category; articles: Article[] }[];
};

/**
 * The home page: the newest story with an image leads, the next newest
 * follow, then each section's newest stories not already shown above.
 */
export function homeFront(now: Date = new Date(), latestCount = 6, perSection = 4): HomeFront {
  const recent = latestArticles(latestCount + 6, now);
  const leadArticle = recent.find((a) => a.image) ?? recent[0];
  const latest = recent.filter((a) => a !== leadArticle).slice(0, latestCount);
  const shown = new Set([leadArticle, ...latest].filter(Boolean).map((a) => a!.path));
  const withCategory = (article: Article) => ({ article, category: categoryOf(article) });
  return {
    lead: leadArticle && withCategory(leadArticle),
    latest: latest.map(withCategory),
    sections: categories().map((category) => ({
      category,
      articles: articlesInCategory(category.slug, now)
        .filter((a) => !shown.has(a.path))
        .slice(0, perSection),
    })),
  };
}
