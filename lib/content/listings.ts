import { site } from '../site';
import { paginate, parsePageParam, type Page, type TagSummary } from './queries';
import {
  articlesByAuthor,
  articlesInCategory,
  articlesWithTag,
  categoryOf,
  findAuthor,
  findCategory,
  findTag,
} from './repository';
import type { Article, Author, Category } from './types';

export type ListedArticle = { article: Article; category: Category };
export type Listing<T> = { subject: T; page: Page<ListedArticle> };

/**
 * `pageParam` is the N of a `/…/page/N` address, or undefined at the
 * listing's own address. Page 1 lives only there: `/…/page/1` is not a page.
 */
function listing<T>(subject: T | undefined, articles: () => Article[], pageParam: string | undefined): Listing<T> | undefined {
  const pageNumber = pageParam === '1' ? undefined : parsePageParam(pageParam);
  if (!subject || pageNumber === undefined) return undefined;
  const page = paginate(articles(), pageNumber, site.pageSize);
  if (!page) return undefined;
  return { subject, page: { ...page, items: page.items.map((article) => ({ article, category: categoryOf(article) })) } };
}

/** A page of a section front, or undefined (→ 404) for an unknown section or a page past the end. */
export function sectionListing(slug: string, pageParam?: string): Listing<Category> | undefined {
  return listing(findCategory(slug), () => articlesInCategory(slug), pageParam);
}

export function authorListing(slug: string, pageParam?: string): Listing<Author> | undefined {
  return listing(findAuthor(slug), () => articlesByAuthor(slug), pageParam);
}

export function tagListing(slug: string, pageParam?: string): Listing<TagSummary> | undefined {
  return listing(findTag(slug), () => articlesWithTag(slug), pageParam);
}

/**
 * Page numbers 2..n to prerender for a list of `total` items. Deep archive
 * pages beyond `limit` render on first request instead.
 */
export function extraPageNumbers(total: number, limit = 5): string[] {
  const pages = Math.min(Math.ceil(total / site.pageSize), limit);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => String(i + 2));
}

/**
 * Tags to prerender: the most used. A large archive has thousands of rare
 * tags; their pages render on first request and are then cached.
 */
export function prerenderedTags(all: TagSummary[], limit = 100): TagSummary[] {
  return all.slice(0, limit);
}
