import type { Repository } from '@/lib/content/repository';
import { allowedEdits, bestCorrection } from './spelling';
import { queryTerms } from './text';

/**
 * A query's plan: the reader's words become groups of index words (each
 * word, plus the words it may stand for), which the store then matches.
 */

/** The most words of a query that are searched. */
const MAX_TERMS = 10;
/** How many indexed words a prefix may stand for ("clim" → climate, climbing, …). */
const PREFIX_EXPANSIONS = 8;

type Plan = {
  terms: string[];
  /** One group per term: the term, its prefix completions, its correction. */
  groups: string[][];
  /** Every index word a story may match on, for highlighting. */
  words: Set<string>;
  /** term → the archive's word it is taken to be a misspelling of. */
  corrections: Map<string, string>;
};

/** The query's search terms, the first MAX_TERMS of them. */
function searchedTerms(q: string): string[] {
  // Words past the first MAX_TERMS add little to what a reader means, and each is another word list to merge.
  return queryTerms(q).slice(0, MAX_TERMS);
}

/**
 * How each word of the query matches:
 * - a word the index knows matches as written; the last word (the reader may
 *   still be typing it) also matches the most used words it begins;
 * - a word the index does not know is a fragment or a typo: from 3 letters it
 *   matches the words it begins ("syr" → syria), and from 5 letters also the
 *   one indexed word it most likely misspells ("hollnde" → hollande).
 */
export async function planQuery(repo: Repository, q: string, suggesting: boolean): Promise<Plan> {
  const terms = searchedTerms(q);
  const docs = await repo.search.termDocs(terms);
  const corrections = new Map<string, string>();
  const groups = await Promise.all(
    terms.map(async (term, i) => {
      const known = docs.get(term)! > 0;
      const last = i === terms.length - 1;
      const words = new Set([term]);
      const prefixFrom = last ? (suggesting ? 2 : 3) : 3;
      if ((last || !known) && Array.from(term).length >= prefixFrom)
        for (const p of await repo.search.prefixTerms(term, PREFIX_EXPANSIONS)) words.add(p.term);
      if (!known && allowedEdits(term) > 0) {
        const correction = bestCorrection(term, await repo.search.similarTerms(term, 30));
        if (correction) {
          words.add(correction.term);
          corrections.set(term, correction.term);
        }
      }
      return [...words];
    }),
  );
  return { terms, groups, words: new Set(groups.flat()), corrections };
}

/**
 * "Did you mean …": the query with each misspelt word replaced by the
 * archive's word, offered only when that query, word for word, finds
 * published stories. The vocabulary also holds words of stories not yet
 * published, and a correction must never spell one of those out.
 */
export async function didYouMean(repo: Repository, plan: Plan, q: string, now: Date): Promise<string | undefined> {
  if (!plan.corrections.size) return undefined;
  const groups = plan.terms.map((t) => [plan.corrections.get(t) ?? t]);
  const found = await repo.search.count({ groups, combine: 'all' }, now, { cap: 0 });
  return found > 0 ? correctedQuery(q, plan.corrections) : undefined;
}

/** The reader's query with each corrected word replaced, other words as typed. */
function correctedQuery(q: string, corrections: Map<string, string>): string {
  return searchedTerms(q)
    .map((t) => corrections.get(t) ?? t)
    .join(' ');
}
