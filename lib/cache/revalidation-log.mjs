// @ts-check
// Plain JavaScript: Next loads the ISR cache handler, and this with it, without bundling.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { storeLocation } from '../content/store/location.mjs';

const require = createRequire(import.meta.url);
// Next's own record of revalidated tags, shared with its file-system cache:
// an entry carrying a tag that expired after the entry was made is not served.
// next is pinned exactly, so this internal path is stable.
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/** The channel publishing notifies on PostgreSQL (lib/content/store/write.ts). */
export const CHANNEL = 'lantern_revalidate';
/** How often a server without notifications (SQLite) looks for new publishes. */
export const POLL_MS = 1000;

/**
 * Every publish writes the cache tags it changed into the store's
 * `revalidations` table, in the same transaction as the content. Each server
 * process replays that log into Next's tag manifest:
 * - at start, so a restarted process never serves a page cached before a
 *   publish it did not see;
 * - at once on PostgreSQL, which notifies every instance (LISTEN/NOTIFY);
 * - within POLL_MS otherwise (several processes on one SQLite file).
 * So every instance hears every publish, whichever instance the publisher's
 * revalidation request reached, and none keeps content state of its own.
 *
 * @param {{ location?: import('../content/store/location.d.mts').StoreLocation, onError?: (e: unknown) => void }} [options]
 */
export function createRevalidationLog(options = {}) {
  const location = options.location ?? storeLocation();
  const onError = options.onError ?? reportOnce();
  let lastId = 0;
  let lastSync = 0;
  /** @type {Promise<void> | undefined} */
  let running;
  /** @type {(() => Promise<{ id: number, tags: string, created_at: number }[]>) | undefined} */
  let read;
  let listening = false;
  let booted = false;

  async function reader() {
    if (read) return read;
    if (location.dialect === 'sqlite') {
      if (location.file !== ':memory:' && !existsSync(location.file)) return undefined;
      const Database = require('better-sqlite3');
      const db = new Database(location.file, { readonly: true, fileMustExist: true });
      let statement;
      try {
        statement = db.prepare('SELECT id, tags, created_at FROM revalidations WHERE id > ? ORDER BY id');
      } catch (e) {
        // A store not loaded yet (no tables): try again later, with a new connection.
        db.close();
        throw e;
      }
      read = async () => statement.all(lastId);
    } else {
      const pg = require('pg');
      const pool = new pg.Pool({ connectionString: location.url, max: 1 });
      pool.on('error', onError);
      read = async () =>
        (await pool.query('SELECT id, tags, created_at FROM revalidations WHERE id > $1 ORDER BY id', [lastId])).rows.map(
          (/** @type {any} */ r) => ({ id: Number(r.id), tags: r.tags, created_at: Number(r.created_at) }),
        );
      listen(pg);
    }
    return read;
  }

  /** @param {any} pg */
  function listen(pg) {
    if (listening) return;
    listening = true;
    const client = new pg.Client({ connectionString: location.url });
    client.on('notification', () => void sync(true));
    client.on('error', (/** @type {unknown} */ e) => {
      onError(e);
      listening = false; // the next sync listens again
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .catch((/** @type {unknown} */ e) => {
        onError(e);
        listening = false;
      });
  }

  /** Applies the publishes not seen yet. Cheap when there are none; at most one query in flight. */
  async function sync(force = false) {
    const now = Date.now();
    if (!force && now - lastSync < POLL_MS) return running;
    lastSync = now;
    running ??= (async () => {
      try {
        const query = await reader();
        if (!query) return;
        const rows = await query();
        for (const row of rows) {
          // At start, publishes are replayed as of their own time, so pages
          // cached after them are kept. Later, a publish counts from when this
          // process hears of it: every page it cached before that is older,
          // whatever the clocks of the publisher and the database say.
          apply(JSON.parse(row.tags), booted ? Date.now() : Number(row.created_at));
          lastId = Math.max(lastId, Number(row.id));
        }
        booted = true;
      } catch (e) {
        onError(e);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return { sync, applied: () => lastId };
}

/**
 * Marks each tag expired as of the publish: pages cached before it are
 * rendered again on their next request (a blocking render, never the stale
 * copy: a correction with legal weight must not be served once more), pages
 * cached after it are kept.
 * @param {string[]} tags
 * @param {number} at
 */
export function apply(tags, at) {
  for (const tag of tags) {
    const entry = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      ...entry,
      stale: Math.max(entry.stale ?? 0, at),
      expired: Math.max(entry.expired ?? 0, at),
    });
  }
}

function reportOnce() {
  let reported = false;
  return (/** @type {unknown} */ e) => {
    if (reported) return;
    reported = true;
    console.error(
      `Cache revalidation log unavailable (pages still expire every 5 minutes): ${e instanceof Error ? e.message : e}`,
    );
  };
}
