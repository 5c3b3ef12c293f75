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
  for (const path of ['/world/no-such-story', '/no-such-section', '/no-such-section/no-such-story', '/author/nobody', '/tag/nothing-here', '/world/no-such-story/extra']) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      await expectNoLeak(response);
      expect(await response.text()).toContain('We can’t find that page');
    });
  }
});

test.describe('hostile paths', () => {
  for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/world/..%2f..%2f..%2fetc%2fpasswd', '/_next/static/..%2f..%2fpackage.json']) {
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

  test('an 8 KB path is a 404', async ({ request }) => {
    const response = await request.get(`/${'a'.repeat(8 * 1024)}`);
    expect(response.status()).toBe(404);
    await expectNoLeak(response);
  });

  test('an 8 KB article path is a 404', async ({ request }) => {
    const response = await request.get(`/world/${'a'.repeat(8 * 1024)}`);
    expect(response.status()).toBe(404);
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
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      test(`${method} ${path} is 405 with Allow`, async ({ request }) => {
        const response = await request.fetch(path, { method, data: method === 'OPTIONS' ? undefined : 'x=1' });
        expect(response.status()).toBe(405);
        expect(response.headers()['allow']).toBe('GET, HEAD');
        await expectNoLeak(response);
      });
    }
  }

  for (const [path, status] of [['/', 200], [ARTICLE, 200], ['/no-such-page', 404]] as const) {
    test(`HEAD ${path} is ${status} with no body`, async ({ request }) => {
      const response = await request.head(path);
      expect(response.status()).toBe(status);
      expect((await response.body()).length).toBe(0);
    });
  }
});

test.describe('query parameters', () => {
  const repeated = Array.from({ length: 500 }, (_, i) => `q=${i}`).join('&');
  for (const path of [`/?${repeated}`, `/?q=${'x'.repeat(4096)}`, `${ARTICLE}?${repeated}`, `/?a[b][c]=1&__proto__[x]=1&constructor=1`, `/api/search?${repeated}`, `/api/search?q=${'%3Cscript%3E'.repeat(300)}`]) {
    test(`${path.slice(0, 40)}... never errors`, async ({ request }) => {
      const response = await request.get(path);
      await expectNoLeak(response);
      if (!path.startsWith('/api/')) expect(response.status()).toBe(200);
    });
  }
});
