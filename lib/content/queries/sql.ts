import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Store } from '../store/open';
import type { StoreSchema } from '../store/schema';

/**
 * The repository's shared SQL: the one publication rule, the one story
 * order, and the join every link table (tags, bylines, old addresses) makes
 * to reach its stories.
 */

export type Db = Kysely<StoreSchema>;

type Articles = SelectQueryBuilder<StoreSchema, 'articles', object>;

/** The one publication rule, in SQL: not a draft, and its time has come. */
export function published<Q extends Articles>(query: Q, now: Date): Q {
  return query.where('articles.draft', '=', 0).where('articles.published_at', '<=', now.getTime()) as Q;
}

/** Newest first; stories published in the same millisecond fall back to their slug. */
export function newestFirst<Q extends Articles>(query: Q): Q {
  return query.orderBy('articles.published_at', 'desc').orderBy('articles.slug', 'asc') as Q;
}

/** Tables that link stories to something: a tag, an author of the byline, an old address. */
type LinkTable = 'article_tags' | 'article_authors' | 'article_aliases';

/**
 * The rows of a link table whose story is published by `now`, joined to that
 * story. (Kysely cannot type a join on a table named by a type parameter, so
 * the result is typed for the one table asked for.)
 *
 * Written as a CROSS JOIN so that SQLite reads the link table first (by its
 * index on the tag, author or path) and then each story by id: left to
 * choose, its planner, which keeps no statistics here, walked every
 * published story and probed the link table for each, 70-110 ms to count a
 * tag's stories at 100,000 (docs/performance.md). PostgreSQL plans a cross
 * join with a join condition exactly as an inner join.
 */
export function publishedLinks<T extends LinkTable>(db: Db, dialect: Store['dialect'], table: T, now: Date) {
  // On SQLite each story is read from the narrow index of what links need
  // (articles_links in ../store/ddl.ts), not from its 8 KB row: "you may also
  // like" 140 → 50 ms a story at 100,000 (decision 070). PostgreSQL plans
  // index-only scans itself, and has no such clause.
  const articles = dialect === 'sqlite' ? sql`articles INDEXED BY articles_links` : 'articles';
  const joined = db
    .selectFrom(table as LinkTable)
    .crossJoin(articles as 'articles')
    .whereRef('articles.id', '=', `${table as LinkTable}.article_id`);
  return published(joined, now) as unknown as SelectQueryBuilder<StoreSchema, T | 'articles', object>;
}
