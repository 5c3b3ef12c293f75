import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { describe, expect, it } from 'vitest';
import { expiredByTime, expiresAtTag } from '@/lib/cache/expiry.mjs';
import NotFoundUncachedHandler, { isExpiredByTime, isNotFoundPage } from '@/lib/security/cache-handler.mjs';

const page = (status: number) => ({
  kind: 'APP_PAGE',
  status,
  html: '<p>x</p>',
  rscData: Buffer.from('x'),
  headers: {},
  postponed: undefined,
  segmentData: undefined,
});

describe('isNotFoundPage', () => {
  it('is true only for rendered pages with status 404', () => {
    expect(isNotFoundPage(page(404))).toBe(true);
    expect(isNotFoundPage({ ...page(404), kind: 'PAGES' })).toBe(true);
    expect(isNotFoundPage(page(200))).toBe(false);
    expect(isNotFoundPage({ kind: 'APP_ROUTE', status: 404 })).toBe(false);
    expect(isNotFoundPage(null)).toBe(false);
  });
});

describe('NotFoundUncachedHandler', () => {
  // Next's real file-system cache underneath, writing to a temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'isr-cache-'));
  const handler = new NotFoundUncachedHandler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [] });
  const ctx = { cacheControl: { revalidate: 300, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false };

  it('stores a found page, in memory and on disk', async () => {
    await handler.set('/world/story', page(200), ctx);
    expect(
      readdirSync(dir, { recursive: true })
        .map(String)
        .some((f) => f.includes('story')),
    ).toBe(true);
  });

  it('stores nothing for a 404', async () => {
    await handler.set('/world/no-such-story', page(404), ctx);
    expect(
      readdirSync(dir, { recursive: true })
        .map(String)
        .some((f) => f.includes('no-such-story')),
    ).toBe(false);
  });
});

describe('pages whose content runs out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isr-expiry-'));
  const handler = new NotFoundUncachedHandler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [] });
  const ctx = { cacheControl: { revalidate: 300, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false };
  const tagged = (tags: string) => ({ ...page(200), headers: { 'x-next-cache-tags': tags } });

  it('drops a cached page once a moment its tags name has passed, and keeps it until then', async () => {
    const soon = Date.now() + 60_000;
    await handler.set('/banner-soon', tagged(`site,home,${expiresAtTag(soon)}`), ctx);
    await handler.set('/banner-gone', tagged(`site,${expiresAtTag(Date.now() - 1)}`), ctx);
    await handler.set('/no-banner', tagged('site,home'), ctx);
    expect(await handler.get('/banner-soon', { kind: 'APP_PAGE', isRoutePPREnabled: false })).not.toBeNull();
    expect(await handler.get('/banner-gone', { kind: 'APP_PAGE', isRoutePPREnabled: false })).toBeNull();
    expect(await handler.get('/no-banner', { kind: 'APP_PAGE', isRoutePPREnabled: false })).not.toBeNull();
  });

  it('reads the moment from the tag, against the clock it is given', () => {
    const entry = { value: tagged(`site,${expiresAtTag(1000)}`) };
    expect(isExpiredByTime(entry, 999)).toBe(false);
    expect(isExpiredByTime(entry, 1000)).toBe(true);
    expect(isExpiredByTime({ value: tagged('site,expires:not-a-time') }, 5000)).toBe(false);
    expect(isExpiredByTime(null, 5000)).toBe(false);
    expect(expiredByTime(undefined, 5000)).toBe(false);
  });
});
