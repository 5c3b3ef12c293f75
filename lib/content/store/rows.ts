import type { Insertable, Selectable } from 'kysely';
import type { Article, ArticleSummary, Author, Category, ImageRef } from '../types';
import { routes } from '../../routes';
import type { ArticlesTable, AuthorsTable, CategoriesTable } from './schema';

/** Rows to domain objects and back: the store's only knowledge of the domain's shape. */

const iso = (ms: number) => new Date(ms).toISOString();
const json = <T>(text: string | null | undefined, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** The columns a story card needs: never the body. */
export const summaryColumns = [
  'articles.id',
  'articles.path',
  'articles.slug',
  'articles.title',
  'articles.summary',
  'articles.published_at',
  'articles.updated_at',
  'articles.modified_at',
  'articles.category',
  'articles.author',
  'articles.tags',
  'articles.image',
  'articles.reading_minutes',
] as const;

export type SummaryRow = Pick<
  Selectable<ArticlesTable>,
  | 'id'
  | 'path'
  | 'slug'
  | 'title'
  | 'summary'
  | 'published_at'
  | 'updated_at'
  | 'modified_at'
  | 'category'
  | 'author'
  | 'tags'
  | 'image'
  | 'reading_minutes'
>;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    date: iso(row.published_at),
    ...(row.updated_at !== null ? { updated: iso(row.updated_at) } : {}),
    modified: iso(row.modified_at),
    category: row.category,
    author: row.author,
    tags: json<string[]>(row.tags, []),
    ...(row.image ? { image: json<ImageRef>(row.image, undefined as never) } : {}),
    readingMinutes: row.reading_minutes,
    path: row.path,
  };
}

export function toArticle(row: Selectable<ArticlesTable>): Article {
  return {
    ...toSummary(row),
    draft: row.draft === 1,
    corrections: json(row.corrections, []),
    markdown: row.markdown,
    text: row.text,
    wordCount: row.word_count,
    sourcePath: row.source_path,
  };
}

export function articleRow(a: Article): Omit<Insertable<ArticlesTable>, 'id' | 'search_key'> {
  return {
    path: a.path,
    slug: a.slug,
    category: a.category,
    title: a.title,
    summary: a.summary,
    published_at: Date.parse(a.date),
    updated_at: a.updated ? Date.parse(a.updated) : null,
    modified_at: Date.parse(a.modified),
    draft: a.draft ? 1 : 0,
    author: a.author,
    tags: JSON.stringify(a.tags),
    image: a.image ? JSON.stringify(a.image) : null,
    corrections: JSON.stringify(a.corrections),
    markdown: a.markdown,
    text: a.text,
    word_count: a.wordCount,
    reading_minutes: a.readingMinutes,
    source_path: a.sourcePath,
  };
}

/**
 * The search key: publication time in ms × 1000, plus the row id modulo
 * 1000 so two stories published in the same millisecond still differ.
 * Keys stay below 2^53 until the year 2255.
 */
export function searchKey(publishedAt: number, id: number): number {
  return publishedAt * 1000 + (id % 1000);
}

/** The largest key of a story published at or before `now`. */
export function maxKeyAt(now: Date): number {
  return now.getTime() * 1000 + 999;
}

export function toAuthor(row: Selectable<AuthorsTable>): Author {
  return {
    slug: row.slug,
    name: row.name,
    ...(row.role ? { role: row.role } : {}),
    kind: row.kind === 'organization' ? 'organization' : 'person',
    ...(row.avatar ? { avatar: json(row.avatar, undefined as never) } : {}),
    links: json(row.links, []),
    bioHtml: row.bio_html,
    bioText: row.bio_text,
    path: routes.author(row.slug),
  };
}

export function authorRow(a: Author, sourcePath: string): Insertable<AuthorsTable> {
  return {
    slug: a.slug,
    name: a.name,
    role: a.role ?? null,
    kind: a.kind,
    avatar: a.avatar ? JSON.stringify(a.avatar) : null,
    links: JSON.stringify(a.links),
    bio_html: a.bioHtml,
    bio_text: a.bioText,
    source_path: sourcePath,
  };
}

export function toCategory(row: Selectable<CategoriesTable>): Category {
  return {
    slug: row.slug,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    order: row.position,
    path: routes.section(row.slug),
  };
}

export function categoryRow(c: Category, sourcePath: string): Insertable<CategoriesTable> {
  return {
    slug: c.slug,
    title: c.title,
    description: c.description ?? null,
    position: Number.isFinite(c.order) ? c.order : 2_147_483_647,
    source_path: sourcePath,
  };
}
