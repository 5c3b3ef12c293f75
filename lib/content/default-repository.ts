import { createRepository, type Repository } from './repository';
import { openStore, schemaVersion, storeLocation, type Store } from './store/open';
import { SCHEMA_VERSION } from './store/ddl';

/**
 * The site's repository, over the store that DATABASE_URL names (the SQLite
 * file in .data/ by default). One per server process: it lives on globalThis
 * because Next bundles each route separately, and every bundle must share one
 * connection pool.
 */
const KEY = Symbol.for('the-lantern.repository');
const holder = globalThis as typeof globalThis & { [KEY]?: Promise<Repository> };

async function open(): Promise<Repository> {
  const store: Store = await openStore(storeLocation());
  const version = await schemaVersion(store);
  if (version !== SCHEMA_VERSION) {
    await store.close();
    throw new Error(
      `The content store at ${store.location} is ${version ? `at schema version ${version}, not ${SCHEMA_VERSION}` : 'empty'}. ` +
        'Load it from content/ with `npm run content:load` (part of `npm run build`).',
    );
  }
  return createRepository(store);
}

export function getRepository(): Promise<Repository> {
  holder[KEY] ??= open().catch((error: unknown) => {
    // A failed open is retried by the next request, not remembered.
    holder[KEY] = undefined;
    throw error;
  });
  return holder[KEY];
}
