import { expect, test } from '@playwright/test';
import { ARTICLE } from './helpers';

// A CDN in front of any number of instances may keep prerendered pages for
// the revalidate window and keep serving them while it refetches; built
// assets have content-hashed names and never change.

const PRERENDERED = ['/', ARTICLE.section.path, ARTICLE.path, ARTICLE.author.path, '/tag/climate', '/world/page/2'];

for (const path of PRERENDERED) {
  test(`${path} is served from the prerender cache with CDN-cacheable headers`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const headers = res.headers();
    // HIT, or STALE once the build is older than the revalidate window (the
    // cached copy is still served while it regenerates); never MISS.
    expect(headers['x-nextjs-cache'], 'answered from the cache, not rendered for this request').toMatch(/^(HIT|STALE)$/);
    const cacheControl = headers['cache-control'] ?? '';
    expect(cacheControl).toMatch(/(^|,\s*)s-maxage=300(,|$)/);
    const swr = Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1]);
    // expireTime (next.config.js) is one day: stale copies may live that long, no longer.
    expect(swr).toBe(86400 - 300);
    expect(cacheControl).not.toMatch(/private|no-store|no-cache/);
    // No ETag: Next would hash the whole page for it on every request
    // (generateEtags: false, docs/performance.md).
    expect(headers['etag']).toBeUndefined();
  });
}

test('built JavaScript and CSS under /_next/static are immutable', async ({ request }) => {
  const html = await (await request.get(ARTICLE.path)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  for (const asset of new Set(assets)) {
    const res = await request.get(asset);
    expect(res.status(), asset).toBe(200);
    expect(res.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
});
