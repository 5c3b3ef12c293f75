// @ts-check
// Plain JavaScript: the ISR cache handler (lib/security/cache-handler.mjs) loads it without bundling.

/**
 * Pages whose content runs out at a known moment (the breaking-news banner,
 * until `breakingUntil`) carry a tag naming that moment, `expires:<epoch ms>`.
 * The cache handler treats a cached page holding a passed moment as missing,
 * so the next request renders it afresh: nothing has to be published for the
 * banner to go, and no page keeps it for a revalidation interval longer.
 */
const EXPIRES_PREFIX = 'expires:';

/** @param {number} ms */
export function expiresAtTag(ms) {
  return `${EXPIRES_PREFIX}${Math.floor(ms)}`;
}

/**
 * Whether a cache entry's tags (Next's comma-separated x-next-cache-tags) name a moment that has passed.
 * @param {unknown} tagsHeader
 * @param {number} now
 */
export function expiredByTime(tagsHeader, now) {
  if (typeof tagsHeader !== 'string' || !tagsHeader.includes(EXPIRES_PREFIX)) return false;
  return tagsHeader.split(',').some((tag) => {
    if (!tag.startsWith(EXPIRES_PREFIX)) return false;
    const at = Number(tag.slice(EXPIRES_PREFIX.length));
    return Number.isFinite(at) && at <= now;
  });
}
