import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedLinks } from '@/lib/content/queries/sql';
import type { StoreSchema } from '@/lib/content/store/schema';
import { openTestStore, type TestStore } from './helpers/store';

/**
 * How SQLite answers the link queries (tags, bylines, old addresses): each
 * story a link leads to is read from the narrow articles_links index, never
 * from its row of several KB (decision 070). The plan, not a timing: an
 * empty store plans these queries as a full one does, since SQLite keeps no
 * statistics here.
 */

async function plan(store: TestStore, compiled: CompiledQuery): Promise<string> {
  const rows = await store.db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.rows.map((r) => r.detail).join('\n');
}

describe('link queries on SQLite', () => {
  let store: TestStore;
  afterEach(() => store?.dispose());
  const now = new Date('2026-06-01T00:00:00Z');

  it('read the stories they join from the covering index, for every column the repository asks of them', async () => {
    store = await openTestStore('sqlite');
    const queries = [
      // "You may also like": stories sharing tags, ranked.
      publishedLinks(store.db, 'sqlite', 'article_tags', now)
        .where('article_tags.slug', 'in', ['floods', 'coast'])
        .where('articles.path', '!=', '/world/x')
        .select(['articles.id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('articles.id')
        .orderBy('n', 'desc')
        .orderBy(sql`CASE WHEN articles.category = ${'world'} THEN 0 ELSE 1 END`)
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.slug', 'asc')
        .limit(4),
      // Sitemap lastmod of authors.
      publishedLinks(store.db, 'sqlite', 'article_authors', now)
        .select(['article_authors.author as key', sql<number>`max(articles.modified_at)`.as('m')])
        .groupBy('article_authors.author'),
      // An old address.
      publishedLinks(store.db, 'sqlite', 'article_aliases', now)
        .where('article_aliases.path', '=', '/world/old')
        .select('articles.path'),
    ];
    for (const query of queries) {
      const detail = await plan(store, query.compile());
      expect(detail).toMatch(/SEARCH articles USING COVERING INDEX articles_links \(id=\?/);
      expect(detail).not.toMatch(/INTEGER PRIMARY KEY/);
    }
  });

  it('leave PostgreSQL its own plan: the SQL names no index there', async () => {
    // Compiling connects to nothing.
    const pool = new pg.Pool();
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    const compiled = publishedLinks(db, 'postgres', 'article_tags', now).select('articles.path').compile();
    expect(compiled.sql).toMatch(/cross join "articles"/);
    expect(compiled.sql).not.toMatch(/INDEXED BY/i);
    await db.destroy();
  });
});
