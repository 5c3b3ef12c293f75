import { sql } from 'kysely';
import {
  assertSearchWord,
  dropExcluded,
  sectionCounts,
  type FullTextIndex,
  type MatchFields,
  type MatchQuery,
} from './full-text';

/**
 * Full-text search on SQLite's FTS5 (docs/decisions/011-search-in-the-store.md).
 * The index holds words only (contentless); its rowid is the article's
 * search key, so "newest first" and "published by now" are rowid order and a
 * rowid bound, and ranking never has to join the articles table.
 */

/** The table each tier searches, and its bm25 weights per column in the table's order (`section` filters only). */
const HEAD = { table: 'search_head', rank: 'bm25(search_head, 12.0, 6.0, 4.0, 2.0, 2.0, 0.0)' };
const TABLES: Record<MatchFields, { table: string; rank: string }> = {
  title: HEAD,
  head: HEAD,
  all: { table: 'search_fts', rank: 'bm25(search_fts, 12.0, 6.0, 4.0, 2.0, 2.0, 1.0, 0.0)' },
};
const COLUMNS: Record<MatchFields, string> = {
  title: '{title}',
  head: '{title tags summary authors category}',
  all: '{title tags summary authors category body}',
};

/** The covering index of search keys and sections (ddl.ts); a store loaded before it was added lacks it. */
const SECTION_INDEX = 'articles_search_section';

function quote(word: string): string {
  return `"${assertSearchWord(word)}"`;
}

function fts5Expression(query: MatchQuery, fields: MatchFields, section?: string): string {
  const groups = query.groups.map((words) => `(${words.map(quote).join(' OR ')})`);
  const body = `${COLUMNS[fields]} : (${groups.join(query.combine === 'all' ? ' AND ' : ' OR ')})`;
  return section ? `(${body}) AND section : "${section.replace(/[^a-z0-9-]/g, '')}"` : body;
}

/** Trigrams of a word, as an FTS5 query on the trigram table ("bat" OR "ate" …). */
function trigramExpression(term: string): string | undefined {
  const chars = Array.from(term);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams.size ? [...grams].map((g) => `"${g}"`).join(' OR ') : undefined;
}

export const sqliteFullText: FullTextIndex = {
  async add(db, docs) {
    // A hundred rows per statement: loading an archive is mostly this.
    for (let i = 0; i < docs.length; i += 100) {
      const slice = docs.slice(i, i + 100);
      const full = slice.map(
        (d) => sql`(${d.key}, ${d.title}, ${d.tags}, ${d.summary}, ${d.authors}, ${d.category}, ${d.section}, ${d.body})`,
      );
      const head = slice.map(
        (d) => sql`(${d.key}, ${d.title}, ${d.tags}, ${d.summary}, ${d.authors}, ${d.category}, ${d.section})`,
      );
      await sql`INSERT INTO search_fts (rowid, title, tags, summary, authors, category, section, body) VALUES ${sql.join(full)}`.execute(
        db,
      );
      await sql`INSERT INTO search_head (rowid, title, tags, summary, authors, category, section) VALUES ${sql.join(head)}`.execute(
        db,
      );
    }
  },

  async remove(db, keys) {
    for (const key of keys) {
      await sql`DELETE FROM search_fts WHERE rowid = ${key}`.execute(db);
      await sql`DELETE FROM search_head WHERE rowid = ${key}`.execute(db);
    }
  },

  async addTerms(db, terms) {
    for (let i = 0; i < terms.length; i += 500)
      await sql`INSERT INTO search_terms_trigram (term) VALUES ${sql.join(terms.slice(i, i + 500).map((t) => sql`(${t})`))}`.execute(
        db,
      );
  },

  async removeTerms(db, terms) {
    // The trigram index finds the word (3 letters or more) without a scan.
    for (const term of terms)
      await (
        Array.from(term).length >= 3
          ? sql`DELETE FROM search_terms_trigram WHERE rowid IN (
            SELECT rowid FROM search_terms_trigram WHERE search_terms_trigram MATCH ${`"${assertSearchWord(term)}"`} AND term = ${term})`
          : sql`DELETE FROM search_terms_trigram WHERE term = ${term}`
      ).execute(db);
  },

  async rank(db, query, options) {
    if (!query.groups.length) return [];
    const match = fts5Expression(query, options.fields, options.section);
    const { table, rank } = TABLES[options.fields];
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM (
        SELECT rowid AS id, ${sql.raw(rank)} AS score FROM ${sql.raw(table)}
        WHERE ${sql.raw(table)} MATCH ${match} AND rowid <= ${options.maxKey}
        ORDER BY rowid DESC LIMIT ${options.window}
      ) ORDER BY score, id DESC LIMIT ${options.limit + (options.exclude?.length ?? 0)}`.execute(db);
    return dropExcluded(
      rows.map((r) => r.id),
      options,
    );
  },

  async count(db, query, options) {
    if (!query.groups.length) return 0;
    const match = fts5Expression(query, 'all', options.section);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM search_fts WHERE search_fts MATCH ${match} AND rowid <= ${options.maxKey} LIMIT ${options.cap + 1}
      )`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async countBySection(db, query, options) {
    if (!query.groups.length) return { total: 0 };
    // One walk over at most cap + 1 matches: counted, then, when they are
    // few enough to list, each looked up by its key for its section. (One
    // "AND section" query per section walked the matches once per section,
    // each merged with a quarter of the archive: 4-6 ms at 100,000 stories.)
    const counted = (articles: string) => sql<{ section: string | null; n: number }>`
      WITH found AS MATERIALIZED (
        SELECT rowid AS key FROM search_fts WHERE search_fts MATCH ${fts5Expression(query, 'all')} AND rowid <= ${options.maxKey}
        LIMIT ${options.cap + 1})
      SELECT NULL AS section, count(*) AS n FROM found
      UNION ALL
      SELECT * FROM (
        SELECT articles.category AS section, count(*) AS n FROM found CROSS JOIN ${sql.raw(articles)} ON articles.search_key = found.key
        WHERE (SELECT count(*) FROM found) <= ${options.cap}
        GROUP BY articles.category)`;
    // Named, because without statistics SQLite prefers the unique key index and
    // then reads each story's row (2-3 µs a match; 0.3 from the covering index).
    const { rows } = await counted(`articles INDEXED BY ${SECTION_INDEX}`)
      .execute(db)
      .catch((error: unknown) => {
        if (!String(error).includes(`no such index: ${SECTION_INDEX}`)) throw error;
        return counted('articles').execute(db);
      });
    return sectionCounts(rows, options.cap);
  },

  async optimize(db) {
    // A bulk load leaves each FTS5 index in segments (14-16 at 100,000
    // stories), which every query merges word by word, and bm25 walks each
    // query word's whole list once, for its weight. One segment each: 3.7 s
    // at 100,000 stories; a word's list reads about 1.5 times faster.
    for (const table of ['search_fts', 'search_head', 'search_terms_trigram'])
      await sql.raw(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).execute(db);
  },

  async similarTerms(db, term, limit) {
    const match = trigramExpression(assertSearchWord(term));
    if (!match) return [];
    const { rows } = await sql<{ term: string }>`
      SELECT DISTINCT term FROM (
        SELECT term FROM search_terms_trigram WHERE search_terms_trigram MATCH ${match} ORDER BY rank LIMIT ${limit * 2}
      ) LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.term);
  },
};
