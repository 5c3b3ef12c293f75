import type { Article } from './types';
import { tagSlug } from './tags';

/** Newest first; ties (same minute) fall back to slug so order is stable. */
export function byNewest(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
}

export function inCategory(articles: Article[], category: string): Article[] {
  return articles.filter((a) => a.category === category);
}

export function byAuthor(articles: Article[], author: string): Article[] {
  return articles.filter((a) => a.author === author);
}

export function withTag(articles: Article[], slug: string): Article[] {
  return articles.filter((a) => a.tags.some((t) => tagSlug(t) === slug));
}

/**
 * "You may also like": ranked by shared tags, then same section, then
 * recency. `candidates` must already be published; the article itself is
 * never included.
 */
export function related(article: Article, candidates: Article[], limit = 4): Article[] {
  const tags = new Set(article.tags.map(tagSlug));
  return candidates
    .filter((c) => c.slug !== article.slug)
    .map((c) => ({
      article: c,
      shared: c.tags.reduce((n, t) => n + (tags.has(tagSlug(t)) ? 1 : 0), 0),
      sameSection: c.category === article.category ? 1 : 0,
    }))
    .sort((a, b) => b.shared - a.shared || b.sameSection - a.sameSection || byNewest(a.article, b.article))
    .slice(0, limit)
    .map((r) => r.article);
}

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
  pageSize: number;
};

/**
 * One page of a list, or undefined for a page that does not exist (which
 * routes turn into a 404). Page 1 always exists, even when the list is empty.
 */
export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> | undefined {
  if (!Number.isInteger(page) || page < 1 || pageSize < 1) return undefined;
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  if (page > totalPages) return undefined;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, totalPages, totalItems: items.length, pageSize };
}

/** Parses a page number from a URL segment; only canonical forms ("2", not "02" or "2.0"). */
export function parsePageParam(value: string | undefined): number | undefined {
  if (value === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

export type TagSummary = { tag: string; slug: string; count: number };

/** Tags in use, most used first; the spelling used most often names the tag. */
export function tagSummaries(articles: Article[]): TagSummary[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const a of articles)
    for (const tag of a.tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { spellings: new Map(), count: 0 };
      entry.count++;
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      bySlug.set(slug, entry);
    }
  return [...bySlug.entries()]
    .map(([slug, e]) => ({
      slug,
      count: e.count,
      tag: [...e.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
    }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

/**
 * When the article last changed: the later of `updated` and its newest
 * correction. Undefined when it has not changed since publication.
 */
export function lastModified(article: Pick<Article, 'date' | 'updated' | 'corrections'>): string | undefined {
  const times = [article.updated, ...article.corrections.map((c) => c.date)].filter((t): t is string => !!t);
  const latest = times.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return latest && Date.parse(latest) > Date.parse(article.date) ? latest : undefined;
}
