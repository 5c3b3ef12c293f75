import { expect, test } from '@playwright/test';
import { BUDGETS, LIVE_ISLAND_BUDGET_GZIP, PAGE_TYPES, type PageType } from '../bench/lib/pages';
import { measurePage, measurePrefetch, PREFETCH_VIEWPORTS, runtimeBaseline } from '../bench/lib/weight';

// Byte budgets are deterministic for a build, so they are tests; timings
// are not, and live in bench/ (npm run bench).

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const baseline = runtimeBaseline();

for (const type of Object.keys(PAGE_TYPES) as PageType[]) {
  test(`${type} page stays within its JavaScript, HTML and font budgets`, async ({ page }) => {
    const weight = await measurePage(page, PAGE_TYPES[type]);
    expect(weight.status).toBe(200);
    for (const file of baseline.files) expect(Object.keys(weight.scripts), `${file} is part of every page`).toContain(file);
    const extra = weight.jsGzip - baseline.gzip;
    const extras = Object.entries(weight.scripts).filter(([f]) => !baseline.files.includes(f));
    expect(
      extra,
      `JavaScript ${KB(weight.jsGzip)} gzip = baseline ${KB(baseline.gzip)} + ${KB(extra)}; budget + ${KB(BUDGETS.jsOverBaselineGzip[type])}. Extra chunks: ${extras.map(([f, n]) => `${f} ${KB(n)}`).join(', ') || 'none'}`,
    ).toBeLessThanOrEqual(BUDGETS.jsOverBaselineGzip[type]);
    expect(weight.htmlRaw, `HTML ${KB(weight.htmlRaw)}`).toBeLessThanOrEqual(BUDGETS.htmlRaw[type]);
    expect(weight.htmlGzip, `HTML ${KB(weight.htmlGzip)} gzip`).toBeLessThanOrEqual(BUDGETS.htmlGzip[type]);
    expect(
      weight.fontBytes,
      `fonts ${KB(weight.fontBytes)}: ${Object.entries(weight.fonts)
        .map(([f, n]) => `${f} ${KB(n)}`)
        .join(', ')}`,
    ).toBeLessThanOrEqual(BUDGETS.fonts[type]);
  });

  for (const [device, viewport] of Object.entries(PREFETCH_VIEWPORTS)) {
    test(`${type} page prefetches at most its budget in the first 5 s on a ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const { bytes, fetched } = await measurePrefetch(page, PAGE_TYPES[type]);
      expect(
        bytes,
        `prefetched ${KB(bytes)}: ${fetched.map((f) => `${f.path} ${KB(f.bytes)}`).join(', ') || 'nothing'}`,
      ).toBeLessThanOrEqual(BUDGETS.prefetch[type]);
    });
  }
}

test('the article, which quotes, loads the italic, and it counts against the font budget', async ({ page }) => {
  const weight = await measurePage(page, PAGE_TYPES.article);
  expect(Object.keys(weight.fonts)).toHaveLength(2);
});

test('the live page island adds at most 3 KB gzip', async ({ browser }) => {
  // The live and article pages share the layout; what only the live page
  // loads is its island (components/live/LiveUpdates.client.tsx).
  const weigh = async (path: string) => {
    const page = await browser.newPage();
    const weight = await measurePage(page, path);
    await page.close();
    return weight;
  };
  const live = await weigh(PAGE_TYPES.live);
  const article = await weigh(PAGE_TYPES.article);
  const island = Object.entries(live.scripts).filter(([file]) => !(file in article.scripts));
  const gzip = island.reduce((sum, [, n]) => sum + n, 0);
  expect(island.length, 'the island is loaded at all').toBeGreaterThan(0);
  expect(gzip, `island: ${island.map(([f, n]) => `${f} ${KB(n)}`).join(', ')}`).toBeLessThanOrEqual(LIVE_ISLAND_BUDGET_GZIP);
});
