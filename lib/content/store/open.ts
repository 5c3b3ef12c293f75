import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { postgresDdl, SCHEMA_VERSION, sqliteDdl } from './ddl';
import type { FullTextIndex } from './full-text';
import { DEFAULT_SQLITE_FILE, redactUrl, storeLocation, type StoreLocation } from './location.mjs';
import type { StoreSchema } from './schema';
import { postgresFullText } from './search-postgres';
import { sqliteFullText } from './search-sqlite';

/**
 * Opening the content store, where DATABASE_URL says (./location.mjs): an
 * SQLite file in the project by default, PostgreSQL past one machine.
 */

type Dialect = 'sqlite' | 'postgres';

export type Store = {
  db: Kysely<StoreSchema>;
  dialect: Dialect;
  fullText: FullTextIndex;
  /** Where it lives, for messages: a file path or the database URL without its password. */
  location: string;
  close(): Promise<void>;
};

export { DEFAULT_SQLITE_FILE, storeLocation, type StoreLocation };

async function openSqlite(file: string): Promise<Store> {
  // Loaded on demand: a PostgreSQL deployment never needs the native module.
  const { default: Database } = await import('better-sqlite3');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  // WAL: readers (every server process) never wait for the publisher's writes.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', fullText: sqliteFullText, location: file, close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<Store> {
  const pg = await import('pg');
  const { Pool, types } = pg.default ?? pg;
  // BIGINT columns hold epoch milliseconds and search keys, all below 2^53.
  types.setTypeParser(20, (value: string) => Number(value));
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the server closes (a restart, a failover, an idle
  // timeout) is dropped from the pool and replaced on next use; without a
  // listener Node would treat the event as fatal and stop the process.
  pool.on('error', (error) => console.error(`Content store connection lost (${redactUrl(url)}): ${error.message}`));
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', fullText: postgresFullText, location: redactUrl(url), close: () => db.destroy() };
}

export async function openStore(location: StoreLocation = storeLocation()): Promise<Store> {
  return location.dialect === 'sqlite' ? openSqlite(location.file) : openPostgres(location.url);
}

/** Creates the tables if they are missing; refuses a store made by another schema version. */
export async function ensureSchema(store: Store): Promise<void> {
  // Checked before any DDL: an index on a column the old tables lack would fail less clearly.
  const version = await schemaVersion(store);
  if (version !== undefined && version !== SCHEMA_VERSION)
    throw new Error(
      `The content store at ${store.location} has schema version ${version}, this code needs ${SCHEMA_VERSION}. ` +
        'Load it again from content/ with `npm run content:load` (part of `npm run build`).',
    );
  const ddl = store.dialect === 'sqlite' ? sqliteDdl : postgresDdl;
  await store.db.transaction().execute(async (tx) => {
    for (const statement of ddl) await sql.raw(statement).execute(tx);
    const row = await tx.selectFrom('meta').select('value').where('key', '=', 'schema_version').executeTakeFirst();
    if (!row) await tx.insertInto('meta').values({ key: 'schema_version', value: SCHEMA_VERSION }).execute();
  });
}

/** The schema version the store was made with, or undefined for an empty store. */
export async function schemaVersion(store: Store): Promise<string | undefined> {
  const row = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'schema_version')
    .executeTakeFirst()
    .catch(() => undefined);
  return row?.value;
}

/** Every table a schema's DDL creates, in the order it creates them. */
function tablesOf(ddl: string[]): string[] {
  return ddl.flatMap((statement) => /^CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)/.exec(statement)?.[1] ?? []);
}

/** Drops every table, for a full reload from content/ (a store of another schema version is made anew). */
export async function dropAll(store: Store): Promise<void> {
  const tables = tablesOf(store.dialect === 'sqlite' ? sqliteDdl : postgresDdl).reverse();
  for (const table of tables) await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(store.db);
}
