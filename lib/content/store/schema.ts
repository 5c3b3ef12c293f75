import type { Generated } from 'kysely';

/**
 * The content store's tables, as Kysely sees them. The same tables exist in
 * SQLite (the embedded default) and PostgreSQL (DATABASE_URL); only the
 * full-text parts differ (./search-sqlite.ts, ./search-postgres.ts), so every
 * other query is written once.
 *
 * Conventions that keep one set of queries valid in both dialects:
 * - times are epoch milliseconds in integer columns (BIGINT in PostgreSQL);
 * - flags are 0/1 integers, not booleans;
 * - each record is stored whole as JSON (`doc`), with copies of the fields
 *   queries filter or sort on in columns of their own.
 */
export interface ArticlesTable {
  id: Generated<number>;
  /** Site path, "/world/some-slug": the article's identity for readers, links and cache tags. */
  path: string;
  slug: string;
  category: string;
  published_at: number;
  /** The latest of publication, `updated` and corrections: what sitemaps and feeds call "modified". */
  modified_at: number;
  draft: number;
  /**
   * JSON: the whole domain object but its body (lib/content/types.ts Article
   * without markdown and text). The columns above are copies for querying; a
   * new field of the content contract needs no new column.
   */
  doc: string;
  markdown: string;
  /** Plain text of the body, for search snippets. */
  text: string;
  source_path: string;
  /**
   * Position in the search index: publication time (ms) × 1000 plus a
   * disambiguator, so that key order is date order and "published by now" is
   * a key range. Null for drafts, which are never indexed.
   */
  search_key: number | null;
  /** Until when the site-wide breaking-news banner links to it (epoch ms); null when it is not breaking news. */
  breaking_until: number | null;
}

/**
 * Entries of live stories. The story itself is a row of `articles` (path
 * /live/<slug>), so cards, listings, search and sitemaps list it like any
 * story; its doc carries the live state, refreshed from here on every change.
 */
export interface LiveEntriesTable {
  /** The story's slug. */
  story: string;
  /** The entry's file name, unique within its story. */
  id: string;
  published_at: number;
  author: string;
  /** Null when the entry has no title. */
  title: string | null;
  pinned: number;
  key_event: number;
  /** JSON: the domain LiveEntry, its rendered body included. */
  doc: string;
  source_path: string;
}

interface ArticleTagsTable {
  article_id: number;
  slug: string;
  label: string;
}

interface ArticleAuthorsTable {
  article_id: number;
  author: string;
  position: number;
}

/** A story's old paths (its `aliases`), each answering with a permanent redirect to it. */
interface ArticleAliasesTable {
  /** "/world/old-slug": at most one story holds each (the content check sees to it). */
  path: string;
  article_id: number;
}

export interface AuthorsTable {
  slug: string;
  name: string;
  /** JSON: the domain Author. */
  doc: string;
  source_path: string;
}

export interface CategoriesTable {
  slug: string;
  title: string;
  position: number;
  /** JSON: the domain Category. */
  doc: string;
  source_path: string;
}

/** What the store was last given, file by file: the basis of incremental publishing. */
interface ContentFilesTable {
  /** Relative to the project, "content/articles/x.md". */
  path: string;
  hash: string;
  kind: string;
  /** The record the file became: article or live story path, author or category slug, "<story>/<id>" for an entry. */
  record: string;
  /**
   * What the content check of a publish needs of this file, as JSON (a story's
   * section, bylines, draft, date, tags and aliases; an entry's date, author
   * and pinning), so that outline is one read of this table (documents.ts).
   */
  outline: string | null;
}

/** Every word in the search index with the number of indexed articles holding it. */
interface SearchTermsTable {
  term: string;
  docs: number;
}

/** Cache tags revalidated by publishing, replayed by every instance (lib/cache). */
interface RevalidationsTable {
  id: Generated<number>;
  /** JSON: string[]. */
  tags: string;
  created_at: number;
}

interface MetaTable {
  key: string;
  value: string;
}

export interface StoreSchema {
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  article_authors: ArticleAuthorsTable;
  article_aliases: ArticleAliasesTable;
  live_entries: LiveEntriesTable;
  authors: AuthorsTable;
  categories: CategoriesTable;
  content_files: ContentFilesTable;
  search_terms: SearchTermsTable;
  revalidations: RevalidationsTable;
  meta: MetaTable;
}
