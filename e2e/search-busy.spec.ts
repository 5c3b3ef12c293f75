import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server';

/**
 * What a reader sees when search is at its limit (lib/search/admission.ts):
 * a server of its own that works on one search at a time and lets none wait
 * (so a refusal does not depend on how long searches take), asked for many
 * at once. The waiting line itself is tested in tests/search-guard.test.ts.
 */
test.describe.configure({ mode: 'serial' });

let server: IsolatedServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startIsolatedServer({ SEARCH_MAX_IN_FLIGHT: '1', SEARCH_MAX_WAITING: '0' });
});
test.afterAll(() => server?.stop());

type Answer = { path: string; status: number; headers: Record<string, string>; body: string };

/** Bursts of different searches until some are turned away: every answer of the burst that had one. */
async function burstUntilRefused(prefix: string): Promise<{ answers: Answer[]; refused: Answer }> {
  const api = await playwrightRequest.newContext({ baseURL: server.url });
  try {
    for (let burst = 0; burst < 20; burst++) {
      const paths = Array.from({ length: 24 }, (_, i) => `${prefix}?q=${encodeURIComponent(`harbour ${burst} ${i}`)}`);
      const answers = await Promise.all(
        paths.map(async (path) => {
          const res = await api.get(path);
          return { path, status: res.status(), headers: res.headers(), body: await res.text() };
        }),
      );
      const refused = answers.find((a) => a.status === 503);
      if (refused) return { answers, refused };
    }
    throw new Error('no search was ever turned away');
  } finally {
    await api.dispose();
  }
}

test('a burst of searches: some answered, the rest turned away at once with 503 and Retry-After', async () => {
  const { answers, refused } = await burstUntilRefused('/search');
  expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
  expect(answers.some((a) => a.status === 200)).toBe(true);
  expect(refused.headers['retry-after']).toBe('5');
  expect(refused.headers['cache-control']).toBe('no-store');
  expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(refused.body).toContain('Search is busy');
});

test('the search box’s suggestions say busy, as JSON, with Retry-After', async () => {
  const { refused } = await burstUntilRefused('/api/search');
  expect(refused.headers['retry-after']).toBe('5');
  expect(refused.headers['cache-control']).toBe('no-store');
  expect(JSON.parse(refused.body)).toMatchObject({ suggestions: [], busy: true });
});

/** Opens a search while a crowd keeps the server busy, until the page is the busy one. */
async function openWhileBusy(page: Page): Promise<string> {
  const path = '/search?q=harbour%20%3Cb%3Ebridge%3C%2Fb%3E';
  for (let i = 0; i < 30; i++) {
    const crowd = Array.from({ length: 16 }, (_, j) => page.context().request.get(`${server.url}/search?q=crowd${i}-${j}`));
    const response = await page.goto(`${server.url}${path}`);
    await Promise.all(crowd);
    if (response?.status() === 503) return path;
  }
  throw new Error('the page was never turned away');
}

test.describe('the busy page, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says what happened, keeps the query, and lets the reader search again', async ({ page }) => {
    await openWhileBusy(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page).toHaveTitle('Search is busy | The Lantern');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: 'Search is busy' })).toBeVisible();
    await expect(page.getByText(/try again in 5 seconds/)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('harbour <b>bridge</b>');
    await expect(page.getByRole('link', { name: 'The Lantern' })).toHaveAttribute('href', '/');
    // The crowd has gone: the same search goes through.
    await page.getByRole('button', { name: 'Search again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Search results for');
  });
});

test('the busy page passes axe', async ({ page }) => {
  await openWhileBusy(page);
  await expectNoAxeViolations(page);
});
