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

/**
 * Next's ISR cache, except that it hears every publish (lib/cache/revalidation-log.mjs)
 * before it answers, that a page whose content ran out (an `expires:<ms>`
 * tag in the past, lib/cache/expiry.mjs) counts as missing, and that it never stores a 404. Otherwise every unknown
 * address under a dynamic route (/world/<anything>, /tag/<anything>) writes a
 * rendered page to disk and to the in-memory cache: a crawler or an attacker
 * with random URLs fills both without limit. A 404 is cheap to render again.
 */
export default class NotFoundUncachedHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await revalidations.sync();
    const data = await super.get(key, ctx);
    return isExpiredByTime(data) ? null : data;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return;
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

/** @param {any} data */
export function isNotFoundPage(data) {
  return !!data && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status === 404;
}
