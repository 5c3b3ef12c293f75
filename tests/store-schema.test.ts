import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepository } from '@/lib/content/repository';
import { loadDocuments } from '@/lib/content/store/load';
import { dropAll, ensureSchema, type Store } from '@/lib/content/store/open';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureDocuments, openTestStore, type Engine, type TestStore } from './helpers/store';

/** The tables a store holds, as the engine lists them. */
async function tables(store: Store): Promise<string[]> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(store.db)
      : await sql<{
          name: string;
        }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(store.db);
  return rows.map((r) => r.name);
}

describe.each(engines)('dropAll on %s', (engine: Engine) => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  it('leaves no table of the store behind, so a rebuild makes every table anew', async () => {
    store = await openTestStore(engine);
    expect(await tables(store)).toContain('article_aliases');
    await dropAll(store);
    expect(await tables(store)).toEqual([]);
    await ensureSchema(store);
    expect(await tables(store)).toContain('article_aliases');
  });
});

describe('a full load on sqlite', () => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  /** How many segments an FTS5 index is in: each is a list per word that every query merges. */
  async function segments(table: string): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(DISTINCT segid) AS n FROM ${sql.table(`${table}_idx`)}`.execute(
      store.db,
    );
    return Number(rows[0]!.n);
  }

  it('leaves each full-text index in one segment, however many the load wrote', async () => {
    store = await openTestStore('sqlite');
    // As a large load does: FTS5 writes a segment whenever its buffer fills (here every row), and merges only some.
    for (const table of ['search_fts', 'search_head']) {
      await sql`INSERT INTO ${sql.table(table)} (${sql.ref(table)}, rank) VALUES ('hashsize', 1)`.execute(store.db);
      await sql`INSERT INTO ${sql.table(table)} (${sql.ref(table)}, rank) VALUES ('automerge', 0)`.execute(store.db);
    }
    const articles = Array.from({ length: 12 }, (_, i) =>
      makeArticle({ slug: `harbour-${i}`, title: `Harbour story ${i}`, authors: ['ana'], category: 'world' }),
    );
    await loadDocuments(store, [
      fixtureDocuments({ categories: [makeCategory('world', 1)], authors: [makeAuthor('ana')], articles }),
    ]);
    expect(await segments('search_fts')).toBe(1);
    expect(await segments('search_head')).toBe(1);
  });
});

describe('a store loaded before the section index on sqlite', () => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  const hasIndex = async () =>
    (
      await sql<{
        name: string;
      }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'articles_search_section'`.execute(store.db)
    ).rows.length === 1;

  it('still counts search matches by section, and gets the index at its next load or publish', async () => {
    store = await openTestStore('sqlite');
    const harbour = (slug: string, category: string) =>
      makeArticle({ slug, title: `Harbour ${slug}`, authors: ['ana'], category, date: '2026-01-01T09:00:00Z' });
    await loadDocuments(store, [
      fixtureDocuments({
        categories: [makeCategory('world', 1), makeCategory('life', 2)],
        authors: [makeAuthor('ana')],
        articles: [harbour('one', 'world'), harbour('two', 'world'), harbour('three', 'life')],
      }),
    ]);
    await sql`DROP INDEX articles_search_section`.execute(store.db);
    const counts = await createRepository(store).search.countBySection(
      { groups: [['harbour']], combine: 'all' },
      new Date('2027-01-01T00:00:00Z'),
      { cap: 100 },
    );
    expect(counts.total).toBe(3);
    expect(Object.fromEntries(counts.sections!)).toEqual({ world: 2, life: 1 });
    await ensureSchema(store);
    expect(await hasIndex()).toBe(true);
  });
});
