import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * Every kind of address that has no page. A 404 is often what a reader
 * meets first from a stale link or a search engine, so it must read without
 * JavaScript, like every other page: Next answered notFound() in dynamic
 * routes with an empty document that only scripts filled in.
 */
const MISSING: [string, string][] = [
  ['an unknown article', '/world/no-such-story'],
  ['an article in an unknown section', '/no-such-section/no-such-story'],
  ['an unknown section', '/no-such-section'],
  ['an unknown author', '/author/nobody'],
  ['an unknown tag', '/tag/nothing-here'],
  ['a section page past the end', '/world/page/99'],
  ['an author page past the end', '/author/elena-varga/page/99'],
  ['a tag page past the end', '/tag/climate/page/99'],
  ['a draft', '/world/harbour-tunnel-costs'],
  ['a scheduled story', '/tech-science/climate-forecasts-2100'],
  ['an unknown live story', '/live/no-such-story'],
  ['a live story page past the end', '/live/storm-ilse/page/99'],
  ['an unmatched route', '/no/such/route'],
];

async function expectCompleteNotFoundPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('html')).not.toHaveAttribute('id', '__next_error__');
  await expect(page).toHaveTitle('Page not found | The Lantern');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
  // A plain search field that submits without scripts, a combobox once they run.
  await expect(page.getByRole('search', { name: 'Search the site again' }).locator('input[name="q"]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest stories' }).getByRole('link');
  await expect(latest.first()).toBeVisible();
  expect(await latest.count()).toBe(5);
  const robots = await page.locator('meta[name="robots"]').evaluateAll((m) => m.map((e) => e.getAttribute('content')));
  expect(robots.length).toBeGreaterThan(0);
  for (const content of robots) expect(content).toMatch(/noindex/);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [kind, path] of MISSING) {
    test(`${kind} (${path}) is a complete 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectCompleteNotFoundPage(page);
    });
  }

  test('the 404 page’s search works without scripts', async ({ page }) => {
    await page.goto('/world/no-such-story');
    const search = page.getByRole('search', { name: 'Search the site again' });
    await search.locator('input[name="q"]').fill('Genoa');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Genoa$/);
    await expect(page.locator('a[href="/social-media/flood-rumour-debunked"]').first()).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  for (const [kind, path] of MISSING) {
    test(`${kind} (${path}) stays one complete 404 page after hydration, with no error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect
        .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { router?: unknown } }).next?.router))
        .toBe('object');
      await expectCompleteNotFoundPage(page);
      await expect(page.locator('#not-found-search')).toHaveCount(1);
      expect(errors).toEqual([]);
    });
  }

  test('a 404 from a dynamic route passes axe', async ({ page }) => {
    await page.goto('/world/no-such-story');
    await expectNoAxeViolations(page);
  });
});
