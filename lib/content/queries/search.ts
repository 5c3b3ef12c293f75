import type { CountOptions, MatchQuery, RankOptions, SectionCounts } from '../store/full-text';
import type { Store } from '../store/open';
import { maxKeyAt, summaryColumns, toSummary } from '../store/rows';
import type { ArticleSummary } from '../types';

/**
 * The search index's primitives (`repository.search`), for
 * lib/search/engine.ts, which decides what to ask. Only published stories are
 * ever returned: ranking and counting stop at the newest key published by
 * `now`.
 */
export function searchQueries({ db, fullText }: Store) {
  /** How many indexed stories hold each of these words (0 for words the index does not know). */
  async function termDocs(terms: string[]): Promise<Map<string, number>> {
    const known = terms.length ? await db.selectFrom('search_terms').selectAll().where('term', 'in', terms).execute() : [];
    const docs = new Map(known.map((r) => [r.term, Number(r.docs)]));
    return new Map(terms.map((t) => [t, docs.get(t) ?? 0]));
  }

  return {
    termDocs,

    /** Indexed words that start with `prefix`, the most widespread first. */
    async prefixTerms(prefix: string, limit: number): Promise<{ term: string; docs: number }[]> {
      const rows = await db
        .selectFrom('search_terms')
        .selectAll()
        .where('term', '>=', prefix)
        .where('term', '<', `${prefix}\uffff`)
        .orderBy('docs', 'desc')
        .orderBy('term')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ term: r.term, docs: Number(r.docs) }));
    },

    /** Indexed words spelt like `term`, with how many stories hold them. */
    async similarTerms(term: string, limit: number): Promise<{ term: string; docs: number }[]> {
      const candidates = await fullText.similarTerms(db, term, limit);
      const docs = await termDocs(candidates);
      return candidates.flatMap((t) => (docs.get(t)! > 0 ? [{ term: t, docs: docs.get(t)! }] : []));
    },

    rank(query: MatchQuery, now: Date, options: Omit<RankOptions, 'maxKey'>): Promise<number[]> {
      return fullText.rank(db, query, { ...options, maxKey: maxKeyAt(now) });
    },

    count(query: MatchQuery, now: Date, options: Omit<CountOptions, 'maxKey'>): Promise<number> {
      return fullText.count(db, query, { ...options, maxKey: maxKeyAt(now) });
    },

    /** Matches counted up to `cap + 1`, and per section when there are at most `cap`. */
    countBySection(query: MatchQuery, now: Date, options: { cap: number }): Promise<SectionCounts> {
      return fullText.countBySection(db, query, { ...options, maxKey: maxKeyAt(now) });
    },

    /** The stories at these search keys, in that order, with the text snippets are cut from. */
    async stories(keys: number[], now: Date): Promise<(ArticleSummary & { text: string })[]> {
      if (!keys.length) return [];
      // Only published stories have keys up to now's (a draft has none): the key
      // bound is the publication rule here, and keeps the lookup on the key index.
      const rows = await db
        .selectFrom('articles')
        .select([...summaryColumns, 'articles.text', 'articles.search_key'])
        .where(
          'articles.search_key',
          'in',
          keys.filter((k) => k <= maxKeyAt(now)),
        )
        .execute();
      const byKey = new Map(rows.map((r) => [Number(r.search_key), { ...toSummary(r), text: r.text }]));
      return keys.flatMap((k) => byKey.get(k) ?? []);
    },
  };
}
