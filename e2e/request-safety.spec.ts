import { createHash } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { ARTICLE } from './helpers';
import { sourceArticles } from './seo-content';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server';

/**
 * One request must never change what another reader gets (issue 12). These
 * run against a server of their own (e2e/support/isolated-server.ts): a copy
 * of the build with a clock the test moves forward, so cached entries can be
 * made stale, as five minutes of real time would, and a cache whose files can
 * be counted without other specs writing to it.
 */
test.describe.configure({ mode: 'serial' });

const SITEMAP_FILE_SIZE = 5;
let server: IsolatedServer;
let api: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Sitemap files of 5 URLs: the small sample site then has numbered files, which render on first request.
  server = await startIsolatedServer({ SITEMAP_URLS_PER_FILE: String(SITEMAP_FILE_SIZE) });
  api = await playwrightRequest.newContext({ baseURL: server.url, extraHTTPHeaders: { accept: '*/*' } });
});

test.afterAll(async () => {
  await api?.dispose();
  server?.stop();
});

const card = sourceArticles().find((a) => !a.hero && !a.draft && a.date < Date.UTC(2099, 0, 1))!;

/** Every kind of route a reader or a crawler GETs. */
const ROUTES: Record<string, string> = {
  page: ARTICLE.path,
  'section feed': '/world/feed.xml',
  'site feed': '/feed.xml',
  'OG card': `/og/${card.category}/${card.slug}`,
  'sitemap chunk': '/sitemaps/0.xml',
  'news sitemap': '/news-sitemap.xml',
  'search API': '/api/search?q=climate',
  image: '/_next/image?url=%2Flogo.png&w=640&q=75',
};

const METHODS = ['OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST', 'TRACE', 'PROPFIND', 'FROB'];

type Seen = { status: number; type: string; bytes: number; hash: string; whole: boolean };

/** What a complete answer of each kind contains (pages and feeds are regenerated, so not byte for byte). */
const WHOLE: Record<string, (body: Buffer) => boolean> = {
  page: (b) => b.toString().includes('<h1') && b.toString().includes('</html>'),
  'section feed': (b) => b.toString().includes('</rss>'),
  'site feed': (b) => b.toString().includes('</rss>'),
  'OG card': (b) => b.subarray(1, 4).toString() === 'PNG',
  'sitemap chunk': (b) => b.toString().includes('</urlset>'),
  'news sitemap': (b) => b.toString().includes('<urlset'),
  'search API': (b) => Array.isArray(JSON.parse(b.toString()).suggestions),
  image: (b) => b.length > 100,
};

async function get(name: string, path: string): Promise<Seen> {
  const res = await api.get(path);
  const body = await res.body();
  return {
    status: res.status(),
    type: res.headers()['content-type'] ?? '',
    bytes: body.length,
    hash: createHash('sha1').update(body).digest('hex'),
    whole: WHOLE[name]!(body),
  };
}

const baseline: Record<string, Seen> = {};

test('every route answers GET before the odd requests', async () => {
  for (const [name, path] of Object.entries(ROUTES)) {
    baseline[name] = await get(name, path);
    expect(baseline[name]!.status, `${name} ${path}`).toBe(200);
    expect(baseline[name]!.whole, name).toBe(true);
  }
});

test('a route handler never asked for before: an odd method first, then GET renders it whole', async () => {
  // Each method meets a numbered sitemap file nobody has requested: no cache entry yet.
  const methods = METHODS.filter((m) => m !== 'FROB');
  for (const [i, method] of methods.entries()) {
    const path = `/sitemaps/${i + 1}.xml`;
    const odd = await api.fetch(path, { method });
    expect(odd.status(), `${method} ${path}`).toBe(405);
    for (let round = 0; round < 2; round++) {
      const res = await api.get(path);
      const what = `GET ${path} after ${method} (${round ? 'second' : 'first'} GET)`;
      expect(res.status(), what).toBe(200);
      expect(res.headers()['content-type'], what).toBe(baseline['sitemap chunk']!.type);
      expect(WHOLE['sitemap chunk']!(await res.body()), what).toBe(true);
    }
  }
});

/** Routes answered from Next's ISR cache (the search API renders per request; images have their own cache). */
const ISR = new Set(['page', 'section feed', 'site feed', 'OG card', 'sitemap chunk', 'news sitemap']);

/** GETs each route until its cache entry is fresh (HIT), so an odd request meets a fresh entry. */
async function makeFresh() {
  for (const [name, path] of Object.entries(ROUTES)) {
    if (!ISR.has(name)) continue;
    for (let i = 0; i < 50 && (await api.get(path)).headers()['x-nextjs-cache'] !== 'HIT'; i++)
      await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Later GETs answer as before the odd request: same status and type, a whole
 * body. The first GET after a stale round is served STALE (proving the odd
 * request met a stale entry and did not regenerate it); the second comes
 * after the regeneration that GET started.
 */
async function expectUnchanged(after: string, stale: boolean) {
  for (let round = 0; round < 2; round++) {
    for (const [name, path] of Object.entries(ROUTES)) {
      const res = await api.get(path);
      const body = await res.body();
      const what = `GET ${path} after ${after} (${round ? 'second' : 'first'} GET)`;
      expect(res.status(), what).toBe(baseline[name]!.status);
      expect(res.headers()['content-type'] ?? '', what).toBe(baseline[name]!.type);
      expect(WHOLE[name]!(body), what).toBe(true);
      if (name === 'image' || name === 'OG card')
        expect(createHash('sha1').update(body).digest('hex'), what).toBe(baseline[name]!.hash);
      if (stale && round === 0 && ISR.has(name)) expect(res.headers()['x-nextjs-cache'], what).toBe('STALE');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

for (const withBody of [false, true]) {
  for (const method of METHODS) {
    if (withBody && method === 'TRACE') continue; // a TRACE with a body is malformed HTTP
    for (const freshness of ['fresh', 'stale'] as const) {
      const label = `${method}${withBody ? ' with a body' : ''} on ${freshness} entries`;
      test(`${label}: refused, never rendered or stored`, async () => {
        if (freshness === 'stale') await server.advanceClock();
        else await makeFresh();
        for (const [name, path] of Object.entries(ROUTES)) {
          const res = await api.fetch(path, { method, ...(withBody ? { form: { x: '1' } } : {}) });
          const status = res.status();
          if (method === 'FROB') {
            // Node's HTTP parser refuses a method it does not know before any of our code.
            expect(status, `${label} ${name}`).toBe(400);
          } else {
            expect(status, `${label} ${name}`).toBe(405);
            expect(res.headers()['allow'], `${label} ${name}`).toBe('GET, HEAD');
            expect(res.headers()['x-nextjs-cache'], `${label} ${name}`).toBeUndefined();
            expect(res.headers()['cache-control'], `${label} ${name}`).toBe('no-store');
          }
        }
        await expectUnchanged(label, freshness === 'stale');
      });
    }
  }
}

test('HEAD on stale entries regenerates them whole', async () => {
  await server.advanceClock();
  for (const [name, path] of Object.entries(ROUTES)) expect((await api.head(path)).status(), name).toBe(baseline[name]!.status);
  await new Promise((r) => setTimeout(r, 500));
  await expectUnchanged('HEAD on stale entries', false);
});

/** 1,000 addresses nobody linked to, over every route that takes a parameter. */
function randomAddresses(count: number, marker: string): string[] {
  const token = () => `${marker}${Math.random().toString(36).slice(2, 10)}`;
  const number = () => String(2 + Math.floor(Math.random() * 1_000_000));
  const kinds: (() => string)[] = [
    () => `/world/${token()}`,
    () => `/${token()}`,
    () => `/${token()}/${token()}`,
    () => `/tag/${token()}`,
    () => `/tag/${token()}/page/${number()}`,
    () => `/author/${token()}`,
    () => `/world/page/${number()}`,
    () => `/og/world/${token()}`,
    () => `/sitemaps/${token()}`,
    () => `/sitemaps/${1000 + Number(number())}.xml`, // past the sample's files, which are cached once asked for
    () => `/${token()}/feed.xml`,
    () => `/_next/image?url=%2F${token()}.png&w=640&q=75`,
    () => `/search?q=${token()}`,
    () => `/api/search?q=${token()}`,
    () => `${ARTICLE.path}?${token()}=1`,
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}

test('1,000 random addresses leave the server cache exactly as it was', async () => {
  test.setTimeout(240_000);
  await makeFresh();
  await new Promise((r) => setTimeout(r, 1000));
  const before = server.cacheFiles().sort();
  const marker = 'unlinked-';
  const addresses = randomAddresses(1000, marker);
  const statuses = new Map<number, number>();
  for (let i = 0; i < addresses.length; i += 10) {
    await Promise.all(
      addresses.slice(i, i + 10).map(async (path) => {
        const status = (await api.get(path)).status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, path).toBeLessThan(500);
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 1000));
  const after = server.cacheFiles().sort();
  expect(after.filter((f) => f.includes(marker))).toEqual([]);
  expect(after).toEqual(before);
  test.info().annotations.push({ type: 'statuses', description: JSON.stringify(Object.fromEntries(statuses)) });
});

test('a path segment too long for a file name is a plain 404, with nothing in the log', async () => {
  const long = 'a'.repeat(300);
  const from = server.log().length;
  for (const path of [
    `/world/${long}`,
    `/${long}`,
    `/tag/${long}`,
    `/author/${long}`,
    `/og/world/${long}`,
    `/sitemaps/${long}`,
  ]) {
    for (let i = 0; i < 2; i++) expect((await api.get(path)).status(), path).toBe(404);
  }
  await new Promise((r) => setTimeout(r, 500));
  const log = server.log().slice(from);
  expect(log).not.toContain('ENAMETOOLONG');
  expect(log).not.toMatch(/^\s+at /m);
});
