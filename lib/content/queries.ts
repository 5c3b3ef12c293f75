import { archiveIndex, byNewest, type TagSummary } from './archive-index';
import { tagSlug } from './tags';
import type { Article } from './types';

export { byNewest, type TagSummary };

// The list functions below answer from the list's index (archive-index.ts),
// built once per list: pages ask the same published list again and again.

export function inCategory(articles: Article[], category: string): Article[] {
  return archiveIndex(articles).byCategory.get(category) ?? [];
}

export function byAuthor(articles: Article[], author: string): Article[] {
  return archiveIndex(articles).byAuthor.get(author) ?? [];
}

export function withTag(articles: Article[], slug: string): Article[] {
  return archiveIndex(articles).byTag.get(slug) ?? [];
}

/**
 * "You may also like": ranked by shared tags, then same section, then
 * recency. `candidates` must already be published; the article itself is
 * never included.
 */
export function related(article: Article, candidates: Article[], limit = 4): Article[] {
  const index = archiveIndex(candidates);
  const tags = index.tagSlugs.get(article) ?? new Set(article.tags.map(tagSlug));
  // Only articles sharing a tag can outrank the rest, so only they are counted and sorted.
  const shared = new Map<Article, number>();
  for (const tag of tags)
    for (const c of index.byTag.get(tag) ?? []) if (c.slug !== article.slug) shared.set(c, (shared.get(c) ?? 0) + 1);
  const position = (a: Article) => index.position.get(a)!;
  const ranked = [...shared.entries()]
    .sort(
      ([a, n], [b, m]) =>
        m - n || Number(b.category === article.category) - Number(a.category === article.category) || position(a) - position(b),
    )
    .slice(0, limit)
    .map(([a]) => a);
  // Then the same section, newest first, then anything newest first.
  for (const sameSection of [true, false]) {
    for (const c of index.newest) {
      if (ranked.length >= limit) return ranked;
      if ((c.category === article.category) === sameSection && c.slug !== article.slug && !shared.has(c)) ranked.push(c);
    }
  }
  return ranked;
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

/** Tags in use, most used first; the spelling used most often names the tag. */
export function tagSummaries(articles: Article[]): TagSummary[] {
  return archiveIndex(articles).tags;
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
