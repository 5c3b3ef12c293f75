import type { Repository } from '@/lib/content/repository';
import type { MatchFields, MatchQuery } from '@/lib/content/store/full-text';

/**
 * Ranking (docs/search.md) goes by tiers: stories whose headline alone holds
 * the query, then those that also need their tags, summary, author or
 * section, then those that match only with the body; within a tier, BM25
 * (FTS5) or ts_rank (PostgreSQL), the headline weighted most, then the
 * newer story. Each tier ranks the newest MATCH_WINDOW matches: for a word in
 * most of a 100,000-story archive, readers want recent stories, and ranking
 * every match would take longer than the page itself.
 */

/** How many of the newest matches each tier ranks. */
const MATCH_WINDOW = 500;

/** The ranking tiers, strongest first (see MatchFields). */
const TIERS: MatchFields[] = ['title', 'head', 'all'];

/** Keys of matching stories, best first: tier by tier, each ranked by relevance. */
export async function rankKeys(
  repo: Repository,
  query: MatchQuery,
  now: Date,
  limit: number,
  section?: string,
): Promise<number[]> {
  const keys: number[] = [];
  for (const fields of TIERS) {
    if (keys.length >= limit) break;
    // A deep page needs more than the usual window, so every listed result can be reached.
    const more = await repo.search.rank(query, now, {
      fields,
      window: Math.max(MATCH_WINDOW, limit),
      limit: limit - keys.length,
      section,
      exclude: keys,
    });
    keys.push(...more);
  }
  return keys;
}
