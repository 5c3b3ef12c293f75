import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createRepository, type Repository } from '@/lib/content/repository';
import { ensureSchema, openStore, type Store } from '@/lib/content/store/open';
import type { ContentDocument } from '@/lib/content/store/documents';
import { loadDocuments } from '@/lib/content/store/load';
import type { Article, Author, Category, LiveEntry, LiveStory } from '@/lib/content/types';

/**
 * Stores for tests, built from fixtures: no sample content and no prior build.
 * SQLite runs in memory. PostgreSQL runs when TEST_DATABASE_URL names a
 * server (`.ci/run` starts one): each store gets a database of its own,
 * dropped when it is closed.
 */

export type Engine = 'sqlite' | 'postgres';

/** The engines this run tests: SQLite always, PostgreSQL when a server is given. */
export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export type TestStore = Store & { dispose(): Promise<void> };

export async function openTestStore(engine: Engine): Promise<TestStore> {
  if (engine === 'sqlite') {
    const store = await openStore({ dialect: 'sqlite', file: ':memory:' });
    await ensureSchema(store);
    return { ...store, dispose: () => store.close() };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `lantern_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const store = await openStore({ dialect: 'postgres', url: url.toString() });
  await ensureSchema(store);
  return {
    ...store,
    async dispose() {
      await store.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export type Fixture = {
  articles?: Article[];
  authors?: Author[];
  categories?: Category[];
  live?: LiveStory[];
  entries?: LiveEntry[];
};

export function fixtureDocuments({
  articles = [],
  authors = [],
  categories = [],
  live = [],
  entries = [],
}: Fixture): ContentDocument[] {
  return [
    ...categories.map(
      (value): ContentDocument => ({ kind: 'category', file: `content/categories/${value.slug}.md`, hash: value.slug, value }),
    ),
    ...authors.map(
      (value): ContentDocument => ({ kind: 'author', file: `content/authors/${value.slug}.md`, hash: value.slug, value }),
    ),
    ...articles.map((value): ContentDocument => ({ kind: 'article', file: value.sourcePath, hash: value.path, value })),
    ...live.map((value): ContentDocument => ({ kind: 'live', file: value.sourcePath, hash: value.path, value })),
    ...entries.map((value): ContentDocument => ({ kind: 'liveEntry', file: value.sourcePath, hash: value.path, value })),
  ];
}

/** A repository over a fresh store holding exactly these documents. */
export async function fixtureRepository(engine: Engine, fixture: Fixture): Promise<Repository & { dispose(): Promise<void> }> {
  const store = await openTestStore(engine);
  await loadDocuments(store, [fixtureDocuments(fixture)]);
  return Object.assign(createRepository(store), { dispose: () => store.dispose() });
}
