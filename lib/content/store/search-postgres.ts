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
 * Full-text search on PostgreSQL: a weighted tsvector per indexed article
 * (A headline, B tags, C summary, authors and section, D body) with a GIN
 * index, ts_rank for relevance and pg_trgm for the words a typo was meant to be.
 * Words arrive already folded and split by lib/search/text.ts, so the 'simple'
 * configuration only has to keep them as they are: both engines index the
 * same words.
 */

/** ts_rank weights for {D, C, B, A}: wide steps, so a headline match outranks any number of body matches. */
const WEIGHTS = '{0.02, 0.2, 0.45, 1.0}';

/**
 * A tsquery built from search words. Words are letters and digits only
 * (checked), so nothing a reader types can reach the tsquery syntax; that is
 * why this does not pass reader input through websearch_to_tsquery, which
 * could not express prefix expansions or typo alternatives anyway.
 */
const WEIGHT_LABELS: Record<MatchFields, string> = { title: ':A', head: ':ABC', all: '' };

function tsqueryText(query: MatchQuery, fields: MatchFields): string {
  const weight = WEIGHT_LABELS[fields];
  const groups = query.groups.map((words) => `(${words.map((w) => `'${assertSearchWord(w)}'${weight}`).join(' | ')})`);
  return groups.join(query.combine === 'all' ? ' & ' : ' | ');
}

export const postgresFullText: FullTextIndex = {
  async add(db, docs) {
    // A few hundred rows per statement: one round trip each, not one per article.
    for (let i = 0; i < docs.length; i += 200) {
      const rows = docs.slice(i, i + 200).map((d) => {
        const head = sql`setweight(to_tsvector('simple', ${d.title}), 'A') || setweight(to_tsvector('simple', ${d.tags}), 'B') ||
          setweight(to_tsvector('simple', ${`${d.summary} ${d.authors} ${d.category}`}), 'C')`;
        return sql`(${d.key}, ${d.section}, ${head} || setweight(to_tsvector('simple', ${d.body}), 'D'), ${head})`;
      });
      await sql`INSERT INTO search_docs (key, category, vector, head) VALUES ${sql.join(rows)}`.execute(db);
    }
  },

  async remove(db, keys) {
    if (keys.length) await sql`DELETE FROM search_docs WHERE key = ANY(${keys})`.execute(db);
  },

  async addTerms() {
    // The trigram index on search_terms follows the table by itself.
  },

  async removeTerms() {
    // Likewise.
  },

  async rank(db, query, options) {
    if (!query.groups.length) return [];
    const tsquery = tsqueryText(query, options.fields);
    // The first tiers search the head vector, whose word lists are short even for words in most bodies.
    const column = sql.ref(options.fields === 'all' ? 'vector' : 'head');
    const { rows } = await sql<{ key: string | number }>`
      SELECT key FROM (
        SELECT key, ${column} AS vector FROM search_docs
        WHERE ${column} @@ to_tsquery('simple', ${tsquery}) AND key <= ${options.maxKey}
        ${options.section ? sql`AND category = ${options.section}` : sql``}
        ORDER BY key DESC LIMIT ${options.window}
      ) AS newest
      ORDER BY ts_rank(${WEIGHTS}::float4[], vector, to_tsquery('simple', ${tsquery})) DESC, key DESC
      LIMIT ${options.limit + (options.exclude?.length ?? 0)}`.execute(db);
    return dropExcluded(
      rows.map((r) => Number(r.key)),
      options,
    );
  },

  async count(db, query, options) {
    if (!query.groups.length) return 0;
    const { rows } = await sql<{ n: string | number }>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM search_docs WHERE vector @@ to_tsquery('simple', ${tsqueryText(query, 'all')}) AND key <= ${options.maxKey}
        ${options.section ? sql`AND category = ${options.section}` : sql``}
        LIMIT ${options.cap + 1}
      ) AS capped`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async countBySection(db, query, options) {
    if (!query.groups.length) return { total: 0 };
    const { rows } = await sql<{ section: string; n: string | number }>`
      SELECT category AS section, count(*) AS n FROM (
        SELECT category FROM search_docs WHERE vector @@ to_tsquery('simple', ${tsqueryText(query, 'all')}) AND key <= ${options.maxKey}
        LIMIT ${options.cap + 1}
      ) AS found GROUP BY category`.execute(db);
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    return sectionCounts([{ section: null, n: total }, ...rows], options.cap);
  },

  async optimize(db) {
    // GIN indexes take a bulk load into their pending list, which every query
    // then reads in full; moved into the index proper at once.
    for (const index of ['search_docs_vector', 'search_docs_head', 'search_terms_trigram'])
      await sql`SELECT gin_clean_pending_list(${index}::regclass)`.execute(db);
  },

  async similarTerms(db, term, limit) {
    const { rows } = await sql<{ term: string }>`
      SELECT term FROM search_terms WHERE term % ${assertSearchWord(term)}
      ORDER BY similarity(term, ${term}) DESC, docs DESC LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.term);
  },
};
