import type { Metadata } from 'next';
import type { Repository } from '@/lib/content/repository';
import type { ArticleSummary, Category } from '@/lib/content/types';
import type { Crumb } from '@/lib/seo/json-ld';
import type { JsonLdData } from '@/lib/seo/json-ld';

/**
 * What every page's view model carries besides its own data: its metadata,
 * its structured data and its cache tags, all from the same objects the page
 * renders, so the three can never disagree with the page.
 */
export type PageModel = {
  metadata: Metadata;
  jsonLd: JsonLdData[];
  /** Cache tags for lib/cache (what this page shows). */
  tags: string[];
};

export type { Crumb };

/** A story in a list, with its section (cards show the section's name). */
export type ListedArticle = { article: ArticleSummary; category: Category };

/** The clock and the preview flag a view model is asked for; tests pass their own. */
export type Context = { now: Date; preview?: boolean };

export type { Repository };

/** Pairs stories with their sections, from one read of the (small) sections table. */
export async function withSections(repo: Repository, articles: ArticleSummary[]): Promise<ListedArticle[]> {
  const sections = new Map((await repo.categories()).map((c) => [c.slug, c]));
  return articles.map((article) => ({ article, category: sections.get(article.category)! }));
}
