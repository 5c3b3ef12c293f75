import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { describe, expect, it } from 'vitest';
import { expiredByTime, expiresAtTag } from '@/lib/cache/expiry.mjs';
import LanternCacheHandler, { isExpiredByTime, isStorable, MAX_SEGMENT_BYTES } from '@/lib/security/cache-handler.mjs';

const page = (status?: number) => ({
  kind: 'APP_PAGE',
  status,
  html: '<p>x</p>',
  rscData: Buffer.from('x'),
  headers: {},
  postponed: undefined,
  segmentData: undefined,
});
const route = (status: number) => ({ kind: 'APP_ROUTE', status, body: Buffer.from('<rss/>'), headers: {} });

describe('isStorable', () => {
  it('stores pages and route handlers that answered 200', () => {
    expect(isStorable('/world/story', page())).toBe(true);
    expect(isStorable('/world/story', page(200))).toBe(true);
    expect(isStorable('/world/feed.xml', route(200))).toBe(true);
  });

  it.each([204, 301, 308, 400, 404, 405, 500])('never stores a page or a route handler that answered %i', (status) => {
    expect(isStorable('/world/x', page(status))).toBe(false);
    expect(isStorable('/world/feed.xml', route(status))).toBe(false);
    expect(isStorable('/world/x', { ...page(status), kind: 'PAGES' })).toBe(false);
  });

  it('never stores an entry whose path cannot be a file name', () => {
    expect(isStorable(`/world/${'a'.repeat(MAX_SEGMENT_BYTES + 1)}`, page())).toBe(false);
    expect(isStorable(`/world/${'é'.repeat(MAX_SEGMENT_BYTES / 2 + 1)}`, page())).toBe(false);
    expect(isStorable(`/world/${'a'.repeat(MAX_SEGMENT_BYTES)}`, page())).toBe(true);
  });

  it('stores other kinds of entry (fetch data), and never an empty one', () => {
    expect(isStorable('fetch-key', { kind: 'FETCH', data: {} })).toBe(true);
    expect(isStorable('/x', null)).toBe(false);
  });
});

describe('LanternCacheHandler', () => {
  // Next's real file-system cache underneath, writing to a temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'isr-cache-'));
  const handler = new LanternCacheHandler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [] });
  const ctx = { cacheControl: { revalidate: 300, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false };
  const written = (name: string) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .some((f) => f.includes(name));

  it('stores a found page and a feed, on disk and in memory', async () => {
    await handler.set('/world/story', page(), ctx);
    await handler.set('/world/feed.xml', route(200), ctx);
    expect(written('story')).toBe(true);
    expect(written('feed.xml')).toBe(true);
    expect(await handler.get('/world/feed.xml', { kind: 'APP_ROUTE' })).toMatchObject({ value: { status: 200 } });
  });

  it('stores nothing for a 404 page, a 404 route, a 405 or a 204', async () => {
    await handler.set('/world/no-such-story', page(404), ctx);
    await handler.set('/sitemaps/no-such-file', route(404), ctx);
    await handler.set('/og/world/refused', route(405), ctx);
    await handler.set('/tech-science/feed.xml', route(204), ctx);
    for (const name of ['no-such-story', 'no-such-file', 'refused', 'tech-science']) expect(written(name), name).toBe(false);
    expect(await handler.get('/og/world/refused', { kind: 'APP_ROUTE' })).toBeNull();
  });

  it('keeps the previous good entry when a refused one would replace it', async () => {
    await handler.set('/life/feed.xml', route(200), ctx);
    await handler.set('/life/feed.xml', route(405), ctx);
    expect(await handler.get('/life/feed.xml', { kind: 'APP_ROUTE' })).toMatchObject({ value: { status: 200 } });
  });
});

describe('pages whose content runs out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isr-expiry-'));
  const handler = new LanternCacheHandler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [] });
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
