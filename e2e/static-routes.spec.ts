import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Reads the build's own manifests: a route that quietly turned dynamic (a
// stray cookies() or headers() call, a no-store fetch) would render on
// every request and collapse serving capacity, so it fails here.

const dist = join(process.cwd(), '.next');
const read = <T>(file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as T;

type Prerender = {
  routes: Record<string, { srcRoute: string | null; initialRevalidateSeconds: number | false }>;
  dynamicRoutes: Record<string, { fallback: unknown }>;
};
const prerender = read<Prerender>('prerender-manifest.json');
const appRoutes = Object.values(read<Record<string, string>>('app-path-routes-manifest.json'));

/**
 * Routes rendered for every request by design: search answers depend on the
 * query; /fault-injection reads its switch from the environment at run time
 * (a 404 unless FAULT_INJECTION=1); publishing's revalidation and the preview
 * links are never cached; a live story's newest entries and its
 * entry permalinks read the store each time, and say themselves how long a
 * CDN may keep them (a few seconds).
 */
// The search page and its API answer each query; the preview and revalidation
// routes act for one request (a signed link, the publisher) and are never
// cached; a live story's updates and permalinks follow its entries by the second.
const DYNAMIC_BY_DESIGN = new Set<string>([
  '/search',
  '/api/search',
  '/api/preview',
  '/api/revalidate',
  '/fault-injection',
  '/live/[slug]/updates.json',
  '/live/[slug]/entries/[id]',
]);

/** Pages that change with new or scheduled articles, so they revalidate. */
const REVALIDATING = [
  '/',
  '/[category]',
  '/[category]/[slug]',
  '/[category]/page/[page]',
  '/author/[slug]',
  '/tag/[tag]',
  '/feed.xml',
  '/atom.xml',
  '/[category]/feed.xml',
  '/[category]/atom.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/og/[category]/[slug]',
];

function kind(route: string): 'static' | 'isr' | 'dynamic' {
  if (prerender.dynamicRoutes[route]) return 'isr';
  if (prerender.routes[route]) return 'static';
  return 'dynamic';
}

test('only the routes meant to be dynamic render per request', () => {
  const dynamic = appRoutes.filter((r) => kind(r) === 'dynamic').sort();
  expect(dynamic).toEqual([...DYNAMIC_BY_DESIGN].sort());
});

for (const route of REVALIDATING) {
  test(`${route} is prerendered and revalidates every 5 minutes`, () => {
    expect(appRoutes).toContain(route);
    expect(kind(route)).not.toBe('dynamic');
    const built = Object.entries(prerender.routes).filter(([path, r]) => path === route || r.srcRoute === route);
    expect(built.length, `${route} has prerendered pages`).toBeGreaterThan(0);
    for (const [path, r] of built) expect(r.initialRevalidateSeconds, path).toBe(300);
  });
}

test('a live story page is prerendered and revalidates every 30 s', () => {
  expect(kind('/live/[slug]')).toBe('isr');
  expect(kind('/live/[slug]/page/[page]')).toBe('isr');
  const built = Object.entries(prerender.routes).filter(([, r]) => r.srcRoute === '/live/[slug]');
  expect(built.map(([path]) => path)).toContain('/live/storm-ilse');
  for (const [path, r] of built) expect(r.initialRevalidateSeconds, path).toBe(30);
});
