import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';

const ARTICLE = '/world/coastal-cities-flood-data-pact';

/** No bad request may crash the server or show how it is built. */
async function expectNoLeak(response: APIResponse) {
  expect(response.status(), response.url()).toBeLessThan(500);
  const body = await response.text();
  expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.next\/server|webpack-internal|Error: /);
}

test.describe('unknown addresses are 404 pages', () => {
  // /author/*, /tag/* and section pages come from the navigation work; the
  // 404 must hold for unknown slugs there too.
  for (const path of [
    '/world/no-such-story',
    '/no-such-section',
    '/no-such-section/no-such-story',
    '/author/nobody',
    '/tag/nothing-here',
    '/world/no-such-story/extra',
  ]) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      await expectNoLeak(response);
      expect(await response.text()).toContain('We can’t find that page');
    });
  }
});

test.describe('unknown addresses are not cached', () => {
  // Every unknown /<section>/<slug> used to be rendered into Next's ISR cache,
  // on disk and in memory: random URLs could fill both without limit.
  test('a 404 under a dynamic route leaves no file in the server cache', async ({ request }) => {
    const slug = `never-cached-${Date.now().toString(36)}`;
    for (let i = 0; i < 2; i++) expect((await request.get(`/world/${slug}`)).status()).toBe(404);
    const cacheDir = join(process.cwd(), '.next', 'server');
    expect(existsSync(cacheDir), 'the test server runs the local build').toBe(true);
    const written = readdirSync(cacheDir, { recursive: true })
      .map(String)
      .filter((f) => f.includes(slug));
    expect(written).toEqual([]);
  });

  test('a known article is still served from the cache', async ({ request }) => {
    await request.get(ARTICLE);
    const response = await request.get(ARTICLE);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
  });
});

test.describe('hostile paths', () => {
  for (const path of [
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/world/..%2f..%2f..%2fetc%2fpasswd',
    '/_next/static/..%2f..%2fpackage.json',
  ]) {
    test(`path traversal ${path} is a 404 and leaks no file`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      await expectNoLeak(response);
      expect(await response.text()).not.toMatch(/root:x:0:0|"dependencies"/);
    });
  }

  for (const path of ['/%E0%A4%A', '/world/%E0%A4%A', '/%', '/world/%zz/x']) {
    test(`malformed percent-encoding ${path} is a client error`, async ({ request }) => {
      const response = await request.get(path);
      expect([400, 404]).toContain(response.status());
      await expectNoLeak(response);
    });
  }

  for (const path of [`/${'a'.repeat(8 * 1024)}`, `/world/${'a'.repeat(8 * 1024)}`, `/${'%41'.repeat(2800)}`]) {
    test(`an 8 KB path (${path.slice(0, 12)}...) is 414 URI Too Long`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(414);
      await expectNoLeak(response);
    });
  }

  test('an 8 KB query string on a page is served', async ({ request }) => {
    const response = await request.get(`/?q=${'a'.repeat(8 * 1024)}`);
    expect(response.status()).toBe(200);
    await expectNoLeak(response);
  });

  test('a URL beyond the server header limit is refused, not crashed', async ({ request }) => {
    // Node refuses request heads over 16 KB with 431 before any of our code.
    const response = await request.get(`/?q=${'a'.repeat(20 * 1024)}`);
    expect([414, 431]).toContain(response.status());
  });
});

test.describe('methods', () => {
  for (const path of ['/', ARTICLE, '/no-such-page', '/api/search?q=rates']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      test(`${method} ${path} with a body is 405 with Allow`, async ({ request }) => {
        const response = await request.fetch(path, { method, form: { x: '1' } });
        expect(response.status()).toBe(405);
        expect(response.headers()['allow']).toBe('GET, HEAD');
        await expectNoLeak(response);
      });
    }

    test(`a CORS preflight for ${path} is 405`, async ({ request }) => {
      const response = await request.fetch(path, {
        method: 'OPTIONS',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      });
      expect(response.status()).toBe(405);
      await expectNoLeak(response);
    });

    test(`a server-action call to ${path} is 405`, async ({ request }) => {
      const response = await request.fetch(path, { method: 'POST', headers: { 'next-action': 'deadbeef' } });
      expect(response.status()).toBe(405);
    });
  }

  // Without a body too: the request gate (lib/security/request-gate.ts)
  // answers before Next, which used to render route handlers with the odd
  // method and store the result as the page (e2e/request-safety.spec.ts).
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    test(`a bodiless ${method} is 405 with Allow on pages, feeds, cards and images`, async ({ request }) => {
      for (const path of [
        '/',
        ARTICLE,
        '/no-such-page',
        '/world/feed.xml',
        '/sitemaps/1.xml',
        '/_next/image?url=%2Flogo.png&w=640&q=75',
      ]) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
        expect(response.headers()['x-nextjs-cache'], `${method} ${path}`).toBeUndefined();
        await expectNoLeak(response);
      }
    });
  }

  for (const [path, status] of [
    ['/', 200],
    [ARTICLE, 200],
    ['/no-such-page', 404],
  ] as const) {
    test(`HEAD ${path} is ${status} with no body`, async ({ request }) => {
      const response = await request.head(path);
      expect(response.status()).toBe(status);
      expect((await response.body()).length).toBe(0);
    });
  }
});

/** One request with a request line of our choosing (an HTTP client would normalise it). */
function rawRequest(baseURL: string, requestLine: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => (data += d));
    socket.on('end', () => {
      const head = data.split('\r\n\r\n')[0] ?? '';
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head });
    });
    socket.on('error', reject);
  });
}

test.describe('request targets', () => {
  test('OPTIONS * is 405 and GET * is 400, never a 500', async ({ baseURL }) => {
    expect((await rawRequest(baseURL!, 'OPTIONS * HTTP/1.1')).status).toBe(405);
    expect((await rawRequest(baseURL!, 'GET * HTTP/1.1')).status).toBe(400);
  });

  test('an absolute-form target is served as its path', async ({ baseURL }) => {
    const { status, head } = await rawRequest(baseURL!, 'GET http://evil.example/world HTTP/1.1');
    expect(status).toBe(200);
    expect(head).not.toMatch(/evil\.example/);
  });

  for (const target of [
    'http://evil.example/world/',
    'http://evil.example/World',
    'http://evil.example/world/page/1',
    'https://evil.example:8443/World?q=1',
    '//evil.example/world',
    '/\\evil.example/world',
  ]) {
    test(`a redirect for ${target} stays on the site`, async ({ baseURL }) => {
      const { status, head } = await rawRequest(baseURL!, `GET ${target} HTTP/1.1`);
      expect(status, head).toBeLessThan(500);
      const location = /\r\nlocation: ([^\r]*)/i.exec(head)?.[1];
      if (status >= 300 && status < 400) {
        expect(location, head).toMatch(/^\/(?![/\\])/);
        expect(new URL(location!, baseURL).origin).toBe(new URL(baseURL!).origin);
      }
    });
  }
});

test.describe('query parameters', () => {
  const repeated = Array.from({ length: 500 }, (_, i) => `q=${i}`).join('&');
  for (const path of [
    `/?${repeated}`,
    `/?q=${'x'.repeat(4096)}`,
    `${ARTICLE}?${repeated}`,
    `/?a[b][c]=1&__proto__[x]=1&constructor=1`,
    `/api/search?${repeated}`,
    `/api/search?q=${'%3Cscript%3E'.repeat(300)}`,
  ]) {
    test(`${path.slice(0, 40)}... never errors`, async ({ request }) => {
      const response = await request.get(path);
      await expectNoLeak(response);
      if (!path.startsWith('/api/')) expect(response.status()).toBe(200);
    });
  }
});
