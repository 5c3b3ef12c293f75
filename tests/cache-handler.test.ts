import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { describe, expect, it } from 'vitest';
import NotFoundUncachedHandler, { isNotFoundPage } from '@/lib/security/cache-handler.mjs';

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
