import type { Kysely } from 'kysely';
import type { StoreSchema } from './schema';

/**
 * The one part of the store written twice: full-text search. Everything the
 * engines share (which words to look for, prefix and typo expansion, tiers,
 * paging, snippets) is decided in lib/search and reaches an engine as plain
 * word lists, so both engines answer the same question.
 */

/** A document as indexed: each field already folded into search words joined by spaces (lib/search/text.ts). */
export type SearchDocument = {
  key: number;
  title: string;
  tags: string;
  summary: string;
  authors: string;
  /** The section's title words, searchable. */
  category: string;
  /** The section's slug, for filtering only. */
  section: string;
  body: string;
};

/**
 * Words to match: every group must match (`all`) or any may (`any`); a group
 * matches when any of its words does. Words are normalised search terms.
 */
export type MatchQuery = { groups: string[][]; combine: 'all' | 'any' };

/**
 * Ranking tiers: a story whose headline alone holds the query comes before
 * one that needs its summary or tags, which comes before one that matches
 * only in the body (lib/search/ranking.ts).
 */
export type MatchFields = 'title' | 'head' | 'all';

export type RankOptions = {
  /** Only keys up to this one: articles published by now. */
  maxKey: number;
  /** Where the words must match: the headline, the head (headline, tags, summary, authors, section), or anywhere. */
  fields: MatchFields;
  /** Rank only the newest `window` matches (keys are in date order). */
  window: number;
  limit: number;
  section?: string;
  /** Keys already ranked by an earlier tier, left out. */
  exclude?: number[];
};

export type CountOptions = { maxKey: number; section?: string; cap: number };

/**
 * Matching articles counted as `count` does (up to `cap + 1`), and, when
 * there are `cap` or fewer, per section too (every match is then counted).
 */
export type SectionCounts = { total: number; sections?: Map<string, number> };

export interface FullTextIndex {
  add(db: Kysely<StoreSchema>, docs: SearchDocument[]): Promise<void>;
  remove(db: Kysely<StoreSchema>, keys: number[]): Promise<void>;
  /** Words of the vocabulary added for the first time (for the typo index). */
  addTerms(db: Kysely<StoreSchema>, terms: string[]): Promise<void>;
  /** Words no indexed story holds any more. */
  removeTerms(db: Kysely<StoreSchema>, terms: string[]): Promise<void>;
  /** Keys of matching articles, best first; ties go to the newer article. */
  rank(db: Kysely<StoreSchema>, query: MatchQuery, options: RankOptions): Promise<number[]>;
  /** Matching articles, counted up to `cap + 1` (so callers can say "more than cap"). */
  count(db: Kysely<StoreSchema>, query: MatchQuery, options: CountOptions): Promise<number>;
  /** Matching articles, counted up to `cap + 1`, and per section when there are at most `cap` (one pass). */
  countBySection(db: Kysely<StoreSchema>, query: MatchQuery, options: Omit<CountOptions, 'section'>): Promise<SectionCounts>;
  /**
   * Packs the index after a full load, so queries read one list per word
   * rather than merging the many runs a bulk load leaves.
   */
  optimize(db: Kysely<StoreSchema>): Promise<void>;
  /** Indexed words that look like `term` (share trigrams), most alike first. */
  similarTerms(db: Kysely<StoreSchema>, term: string, limit: number): Promise<string[]>;
}

/**
 * A tier's ranked keys less those an earlier tier listed (`exclude`), at most
 * `limit`. Engines rank `limit` plus the excluded count, so that `limit` remain.
 */
export function dropExcluded(ranked: number[], { exclude = [], limit }: Pick<RankOptions, 'exclude' | 'limit'>): number[] {
  const skip = new Set(exclude);
  return ranked.filter((key) => !skip.has(key)).slice(0, limit);
}

/** SectionCounts from rows of (section, count), the total's section null; sections only up to the cap. */
export function sectionCounts(rows: { section: string | null; n: number | string }[], cap: number): SectionCounts {
  const total = Number(rows.find((r) => r.section === null)?.n ?? 0);
  if (total > cap) return { total };
  return { total, sections: new Map(rows.flatMap((r) => (r.section === null ? [] : [[r.section, Number(r.n)]]))) };
}

/** Search words are lower-case letters, digits and marks only (lib/search/text.ts); anything else is refused. */
export function assertSearchWord(word: string): string {
  if (!/^[\p{L}\p{N}\p{M}]+$/u.test(word)) throw new Error(`Not a search word: ${JSON.stringify(word)}`);
  return word;
}
