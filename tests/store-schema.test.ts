import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dropAll, ensureSchema, type Store } from '@/lib/content/store/open';
import { engines, openTestStore, type Engine, type TestStore } from './helpers/store';

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
