import type { Insertable, Selectable } from 'kysely';
import type { Article, ArticleSummary, Author, Category } from '../types';
import type { ArticlesTable, AuthorsTable, CategoriesTable } from './schema';

/**
 * Rows to domain objects and back. Each record is stored whole as JSON, so
 * this is the only place that knows which of its fields also get a column.
 */

/** What a list of stories reads: never the body. */
export const summaryColumns = ['articles.id', 'articles.path', 'articles.doc'] as const;

export type SummaryRow = Pick<Selectable<ArticlesTable>, 'id' | 'path' | 'doc'>;

type StoredArticle = Omit<Article, 'markdown' | 'text'>;

/** A card's fields of a stored article (its doc minus what only its own page needs). */
export function toSummary(row: SummaryRow): ArticleSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { draft, corrections, aliases, wordCount, sourcePath, ...summary } = JSON.parse(row.doc) as StoredArticle;
  return summary;
}

export function toArticle(row: Pick<Selectable<ArticlesTable>, 'doc' | 'markdown' | 'text'>): Article {
  return { ...(JSON.parse(row.doc) as StoredArticle), markdown: row.markdown, text: row.text };
}

export function articleRow(a: Article): Omit<Insertable<ArticlesTable>, 'id' | 'search_key'> {
  const { markdown, text, ...doc } = a;
  return {
    path: a.path,
    slug: a.slug,
    category: a.category,
    published_at: Date.parse(a.date),
    modified_at: Date.parse(a.modified),
    draft: a.draft ? 1 : 0,
    doc: JSON.stringify(doc),
    markdown,
    text,
    source_path: a.sourcePath,
    breaking_until: a.breaking && a.breakingUntil ? Date.parse(a.breakingUntil) : null,
  };
}

/**
 * The largest search key of a story published at or before `now`. A key is
 * publication time in ms × 1000 plus an offset below 1000 (story-write.ts
 * searchKeys); keys stay below 2^53 until the year 2255.
 */
export function maxKeyAt(now: Date): number {
  return now.getTime() * 1000 + 999;
}

export function toAuthor(row: Pick<Selectable<AuthorsTable>, 'doc'>): Author {
  return JSON.parse(row.doc) as Author;
}

export function authorRow(a: Author, sourcePath: string): Insertable<AuthorsTable> {
  return { slug: a.slug, name: a.name, doc: JSON.stringify(a), source_path: sourcePath };
}

export function toCategory(row: Pick<Selectable<CategoriesTable>, 'doc'>): Category {
  return JSON.parse(row.doc) as Category;
}

export function categoryRow(c: Category, sourcePath: string): Insertable<CategoriesTable> {
  return {
    slug: c.slug,
    title: c.title,
    position: Number.isFinite(c.order) ? Math.min(c.order, 2_147_483_647) : 2_147_483_647,
    doc: JSON.stringify(c),
    source_path: sourcePath,
  };
}
