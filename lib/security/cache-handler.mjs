// @ts-check
// Plain JavaScript: Next loads this file itself at run time (next.config.js cacheHandler).
import { createRequire } from 'node:module';
import { expiredByTime } from '../cache/expiry.mjs';
import { createRevalidationLog } from '../cache/revalidation-log.mjs';

const require = createRequire(import.meta.url);
// Next's own file-system ISR cache; next is pinned exactly, so this internal path is stable.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

// One per server process: it replays publishes into Next's tag manifest.
const revalidations = createRevalidationLog();

/** Entry kinds that are whole responses: pages and route handlers. */
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/**
 * Longest path segment stored. Entries are files named after the path, and
 * file systems refuse names over 255 bytes (ENAMETOOLONG, logged with a full
 * stack on every such request). No page of the site has a segment that long.
 */
export const MAX_SEGMENT_BYTES = 200;

/**
 * Next's ISR cache, with three changes:
 * - before it answers, it hears every publish (the store's revalidation log,
 *   lib/cache/revalidation-log.mjs), so no instance serves a page a publish
 *   changed, and a restarted one never serves a page cached before one;
 * - a page whose content ran out (an `expires:<ms>` tag in the past,
 *   lib/cache/expiry.mjs, such as a breaking-news banner) counts as missing;
 * - it stores only successful responses. Next stores whatever a page or a
 *   route handler answered, so before this every unknown address under a
 *   dynamic route wrote a 404 to disk and memory (random URLs filled both
 *   without limit), and a route handler asked with another method than GET
 *   stored its 405, or an OPTIONS its 204 (which then failed every later GET
 *   with a 500), as the page for everyone (docs/security.md). The request
 *   gate refuses such methods before Next sees them; this is the second line.
 */
export default class LanternCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await revalidations.sync();
    const data = await super.get(key, ctx);
    return isExpiredByTime(data) ? null : data;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (!isStorable(key, data)) return;
    return super.set(key, data, ctx);
  }
}

/**
 * A cached page or route whose tags name a moment that has passed.
 * @param {any} data
 * @param {number} [now]
 */
export function isExpiredByTime(data, now = Date.now()) {
  return expiredByTime(data?.value?.headers?.['x-next-cache-tags'], now);
}

/**
 * Whether an entry may be stored: anything that is not a response (fetch
 * data), or a response with status 200 (pages rendered normally carry no
 * status), under a key whose segments make valid file names.
 * @param {string} key @param {any} data
 */
export function isStorable(key, data) {
  if (!data) return false;
  if (typeof key === 'string' && key.split('/').some((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES)) return false;
  if (!RESPONSE_KINDS.has(data.kind)) return true;
  return data.status === undefined || data.status === 200;
}
