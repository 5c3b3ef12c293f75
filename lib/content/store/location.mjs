// @ts-check
// Plain JavaScript: the ISR cache handler (lib/cache/revalidation-log.mjs),
// which Next loads without bundling, finds the store the same way the app does.
import { isAbsolute, resolve } from 'node:path';

/** The embedded default: an SQLite file in the project, next to nothing that needs installing. */
export const DEFAULT_SQLITE_FILE = '.data/lantern.sqlite';

/**
 * Where the content store is. One setting chooses the engine:
 * - DATABASE_URL unset: an SQLite file at .data/lantern.sqlite in the project;
 * - DATABASE_URL=file:some/path.sqlite: an SQLite file there (":memory:" for tests);
 * - DATABASE_URL=postgres://…: PostgreSQL, shared by any number of instances.
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [cwd]
 * @returns {import('./location.d.mts').StoreLocation}
 */
export function storeLocation(env = process.env, cwd = process.cwd()) {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { dialect: 'sqlite', file: resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    return { dialect: 'sqlite', file: file === ':memory:' || isAbsolute(file) ? file : resolve(cwd, file) };
  }
  throw new Error(`DATABASE_URL must be postgres://… or file:…, got ${JSON.stringify(redactUrl(url))}`);
}

/** A database URL fit for messages: the password replaced. */
export function redactUrl(/** @type {string} */ url) {
  return url.replace(/:[^:@/]*@/, ':***@');
}
