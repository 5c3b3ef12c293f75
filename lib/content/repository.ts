import { liveQueries } from './live-repository';
import { articleQueries } from './queries/articles';
import { listingQueries } from './queries/listings';
import { outlineQueries } from './queries/outline';
import { searchQueries } from './queries/search';
import { taxonomyQueries } from './queries/taxonomy';
import type { Store } from './store/open';

/**
 * The content repository: the only reader of the store. Every route, feed,
 * sitemap and view model asks it; none of them knows SQL or which engine
 * answers. It holds no content itself: each call is a query, so any number
 * of server processes can share one store and see a publish at once.
 *
 * "Published" is decided here and only here (`isPublished`, and its SQL
 * twin `published()` in ./queries/sql.ts), so a draft or an embargoed story
 * cannot leak through a forgotten filter. The queries are grouped by what
 * they answer, one module each in ./queries/.
 */

export type { Slice, Range } from './queries/listings';
export type { TagSummary } from './queries/taxonomy';
export type { ContentOutline } from './queries/outline';

export function createRepository(store: Store) {
  const { db, dialect } = store;
  return {
    store,
    ...articleQueries(db, dialect),
    ...listingQueries(db, dialect),
    ...taxonomyQueries(db, dialect),
    ...outlineQueries(db),
    /** Live coverage: stories, entries in page order, key events (lib/content/live-repository.ts). */
    live: liveQueries(db),
    /** The search index's primitives (./queries/search.ts). */
    search: searchQueries(store),
  };
}

export type Repository = ReturnType<typeof createRepository>;
