import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Drafts and scheduled stories must not leak anywhere in a production
 * build. The sample content has one of each; a published story from the
 * same sections is the control that proves each list has content at all.
 */
const hidden = [
  {
    kind: 'draft',
    path: '/world/harbour-tunnel-costs',
    section: '/world',
    title: 'Harbour tunnel bill doubles',
    search: 'harbour tunnel',
    control: '/world/coastal-cities-flood-data-pact',
  },
  {
    kind: 'scheduled',
    path: '/tech-science/climate-forecasts-2100',
    section: '/tech-science',
    title: 'A century of forecasts',
    search: 'century of forecasts 2100',
    control: '/tech-science/ai-weather-model-satellites',
  },
];
const slugOf = (path: string) => path.split('/').pop()!;

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The sitemap, and every child sitemap when it is an index. */
async function sitemapText(request: APIRequestContext): Promise<string> {
  const root = await text(request, '/sitemap.xml');
  if (!root.includes('<sitemapindex')) return root;
  const children = [...root.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [root, ...(await Promise.all(children.map((p) => text(request, p))))].join('\n');
}

function expectAbsent(body: string, story: (typeof hidden)[number], where: string) {
  expect(body, `${story.kind} story in ${where}`).not.toContain(slugOf(story.path));
  expect(body, `${story.kind} story in ${where}`).not.toContain(story.title);
}

for (const story of hidden) {
  test.describe(`a ${story.kind} article`, () => {
    test('returns 404 at its own address, cached only briefly', async ({ request }) => {
      const response = await request.get(story.path);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(story.title);
      // A scheduled story must replace this 404 at its time without a rebuild,
      // so the 404 may be reused for one revalidation interval, never for good.
      const maxAge = Number(/s-maxage=(\d+)/.exec(response.headers()['cache-control'] ?? '')?.[1]);
      expect(maxAge).toBeGreaterThan(0);
      expect(maxAge).toBeLessThanOrEqual(300);
    });

    test('is absent from the home page', async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      expectAbsent(await page.content(), story, 'the home page');
    });

    test('is absent from its section front', async ({ page }) => {
      const response = await page.goto(story.section);
      expect(response?.status()).toBe(200);
      const html = await page.content();
      expect(html).toContain(story.control);
      expectAbsent(html, story, story.section);
    });

    test('is absent from search results', async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(story.search)}`);
      expect(response?.status()).toBe(200);
      expectAbsent(await page.content(), story, 'search');
    });

    test('is absent from the feeds and the sitemap', async ({ request }) => {
      const sitemap = await sitemapText(request);
      expect(sitemap).toContain(story.control);
      expectAbsent(sitemap, story, 'sitemap.xml');
      for (const feed of ['/feed.xml', '/atom.xml', `${story.section}/feed.xml`, `${story.section}/atom.xml`]) {
        const body = await text(request, feed);
        expect(body, feed).toContain(slugOf(story.control));
        expectAbsent(body, story, feed);
      }
    });
  });
}

test('search finds published stories (control for the absence checks)', async ({ page }) => {
  const response = await page.goto('/search?q=Genoa');
  expect(response?.status()).toBe(200);
  await expect(page.locator('a[href="/social-media/flood-rumour-debunked"]').first()).toBeVisible();
});

test('the home page lists published stories (control for the absence checks)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a[href="/social-media/flood-rumour-debunked"]').first()).toBeVisible();
});

test('a correction renders at the end of the article and updates the byline', async ({ page }) => {
  await page.goto('/social-media/flood-rumour-debunked');
  const note = page.getByRole('region', { name: 'Corrections' });
  await expect(note).toContainText('Correction');
  await expect(note).toContainText('misspelt the name of Genoa’s civil protection chief');
  const correctionTime = /^2026-11-24T16:20:00(\.000)?Z$/;
  await expect(note.locator('time')).toHaveAttribute('datetime', correctionTime);
  // The correction is later than `updated` (12:10), so it is the byline's "Updated" time.
  const updated = page.locator('p', { hasText: /^Updated/ }).locator('time');
  await expect(updated).toHaveAttribute('datetime', correctionTime);
  await expect(updated).toHaveText(/24 Nov 2026, 16:20/);
  // The note comes after the whole body text.
  const order = await page.evaluate(() => {
    const body = document.querySelector('article .article-body');
    const section = document.querySelector('section[aria-label="Corrections"]');
    return body && section && !body.contains(section)
      ? body.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING
      : 0;
  });
  expect(order).toBeTruthy();
});
