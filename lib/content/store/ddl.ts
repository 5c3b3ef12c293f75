/**
 * The store's tables in each dialect. They differ only in column types and
 * in full-text search: SQLite gets FTS5 tables, PostgreSQL a weighted
 * tsvector with a GIN index and pg_trgm for typo lookups. Bump SCHEMA_VERSION
 * when a table changes: a store with another version is rebuilt from content
 * (`npm run build`), never migrated in place, since content/ is the source of truth.
 */
export const SCHEMA_VERSION = '6';

const common = (t: { id: string; bigint: string; text: string }) => [
  `CREATE TABLE IF NOT EXISTS meta (key ${t.text} PRIMARY KEY, value ${t.text} NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS categories (
    slug ${t.text} PRIMARY KEY, title ${t.text} NOT NULL, position INTEGER NOT NULL, doc ${t.text} NOT NULL, source_path ${t.text} NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS authors (
    slug ${t.text} PRIMARY KEY, name ${t.text} NOT NULL, doc ${t.text} NOT NULL, source_path ${t.text} NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS articles (
    id ${t.id}, path ${t.text} NOT NULL UNIQUE, slug ${t.text} NOT NULL, category ${t.text} NOT NULL,
    published_at ${t.bigint} NOT NULL, modified_at ${t.bigint} NOT NULL, draft INTEGER NOT NULL,
    doc ${t.text} NOT NULL, markdown ${t.text} NOT NULL, text ${t.text} NOT NULL,
    source_path ${t.text} NOT NULL, search_key ${t.bigint} UNIQUE,
    breaking_until ${t.bigint})`,
  // Listings: one section, newest first, published only.
  `CREATE INDEX IF NOT EXISTS articles_category ON articles (category, draft, published_at)`,
  `CREATE INDEX IF NOT EXISTS articles_published ON articles (draft, published_at)`,
  `CREATE INDEX IF NOT EXISTS articles_modified ON articles (modified_at)`,
  // The breaking-news banner: the few stories with a banner time, newest first.
  `CREATE INDEX IF NOT EXISTS articles_breaking ON articles (breaking_until) WHERE breaking_until IS NOT NULL`,
  // Live entries: a story's page reads them pinned first, then newest first; the index
  // covers key_event too, so the key events are numbered without reading the entries.
  `CREATE TABLE IF NOT EXISTS live_entries (
    story ${t.text} NOT NULL, id ${t.text} NOT NULL, published_at ${t.bigint} NOT NULL, author ${t.text} NOT NULL,
    title ${t.text}, pinned INTEGER NOT NULL, key_event INTEGER NOT NULL, doc ${t.text} NOT NULL, source_path ${t.text} NOT NULL,
    PRIMARY KEY (story, id))`,
  `CREATE INDEX IF NOT EXISTS live_entries_order ON live_entries (story, pinned, published_at, id, key_event)`,
  `CREATE INDEX IF NOT EXISTS live_entries_time ON live_entries (published_at)`,
  `CREATE TABLE IF NOT EXISTS article_tags (article_id INTEGER NOT NULL, slug ${t.text} NOT NULL, label ${t.text} NOT NULL, PRIMARY KEY (article_id, slug))`,
  `CREATE INDEX IF NOT EXISTS article_tags_slug ON article_tags (slug, article_id)`,
  `CREATE TABLE IF NOT EXISTS article_authors (article_id INTEGER NOT NULL, author ${t.text} NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (article_id, author))`,
  `CREATE INDEX IF NOT EXISTS article_authors_author ON article_authors (author, article_id)`,
  // Old paths of renamed and moved stories: the article route's lookup when a path names no story.
  `CREATE TABLE IF NOT EXISTS article_aliases (path ${t.text} PRIMARY KEY, article_id INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS article_aliases_article ON article_aliases (article_id)`,
  `CREATE TABLE IF NOT EXISTS content_files (path ${t.text} PRIMARY KEY, hash ${t.text} NOT NULL, kind ${t.text} NOT NULL, record ${t.text} NOT NULL, outline ${t.text})`,
  `CREATE TABLE IF NOT EXISTS revalidations (id ${t.id}, tags ${t.text} NOT NULL, created_at ${t.bigint} NOT NULL)`,
];

export const sqliteDdl = [
  ...common({ id: 'INTEGER PRIMARY KEY AUTOINCREMENT', bigint: 'INTEGER', text: 'TEXT' }),
  // What a link (tag, byline, old address) needs of its story, by id: the
  // publication rule, the order and the path. A story's row is about 8 KB
  // (doc, markdown, text), two pages, so reaching these few columns through
  // the table read a page per link; "you may also like" follows tens of
  // thousands of links at 100,000 stories. SQLite's planner always prefers
  // the table for a lookup by id, so queries name this index (publishedLinks
  // in lib/content/queries/sql.ts, decision 070).
  `CREATE INDEX IF NOT EXISTS articles_links ON articles (id, draft, published_at, modified_at, category, slug, path)`,
  `CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID`,
  // Each search match's section, read from the index alone (search-sqlite.ts
  // countBySection): a story's row is pages of text. Added by ensureSchema to
  // an older store at its next load or publish; until then search reads the rows.
  `CREATE INDEX IF NOT EXISTS articles_search_section ON articles (search_key, category)`,
  // The index only: text is stored once, in articles. Drafts are never in it;
  // the rowid is articles.search_key, so key order is date order.
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, tags, summary, authors, category, body, section,
    content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2 tokenchars '-'", detail=full)`,
  // The same minus the body: the first ranking tiers (headline; headline, tags,
  // summary, authors, section) search this, whose word lists are short even
  // for words in most bodies (lib/search/ranking.ts).
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_head USING fts5(
    title, tags, summary, authors, category, section,
    content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2 tokenchars '-'", detail=full)`,
  // Trigrams of every indexed word, to find the words a typo was meant to be.
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_terms_trigram USING fts5(term, tokenize='trigram')`,
];

export const postgresDdl = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
  ...common({ id: 'SERIAL PRIMARY KEY', bigint: 'BIGINT', text: 'TEXT COLLATE "C"' }),
  `CREATE TABLE IF NOT EXISTS search_terms (term TEXT COLLATE "C" PRIMARY KEY, docs INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_terms_trigram ON search_terms USING gin (term gin_trgm_ops)`,
  // One row per indexed (non-draft) article: weights A title, B tags,
  // C summary/authors/section, D body.
  // (head: the same without the body, for the first ranking tiers).
  `CREATE TABLE IF NOT EXISTS search_docs (
    key BIGINT PRIMARY KEY, category TEXT COLLATE "C" NOT NULL, vector TSVECTOR NOT NULL, head TSVECTOR NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_docs_vector ON search_docs USING gin (vector)`,
  `CREATE INDEX IF NOT EXISTS search_docs_head ON search_docs USING gin (head)`,
];
