import { expect, test, type Page } from '@playwright/test';

// Links prefetch on intent (SiteLink + IntentPrefetch.client.tsx), and only
// the lead story on sight: budgets.spec.ts holds the bytes to 50 KB, these
// check that navigation is still served from a prefetch.

/** RSC requests (prefetches and navigations) per path, from now on. */
function rscRequests(page: Page) {
  const seen: { path: string; prefetch: boolean }[] = [];
  page.on('request', (req) => {
    const headers = req.headers();
    if (headers['rsc'] === '1')
      seen.push({ path: new URL(req.url()).pathname, prefetch: headers['next-router-prefetch'] === '1' });
  });
  return { for: (path: string) => seen.filter((r) => r.path === path), all: seen };
}

async function hydrated(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
}

const storyLink = (page: Page) => page.locator('section[aria-labelledby="latest-heading"] h3 a').first();

test('on the home page only the lead story is prefetched without a click', async ({ page }) => {
  const rsc = rscRequests(page);
  await hydrated(page, '/');
  const lead = await page.locator('main article').first().locator('h2 a').getAttribute('href');
  expect(rsc.for(lead!).length).toBeGreaterThan(0);
  expect(rsc.all.filter((r) => r.path !== lead).map((r) => r.path)).toEqual([]);
});

test('resting the mouse on a story prefetches it, and the click then needs no request', async ({ page }) => {
  const rsc = rscRequests(page);
  await hydrated(page, '/');
  const link = storyLink(page);
  const href = (await link.getAttribute('href'))!;
  const title = (await link.textContent())!;
  expect(rsc.for(href)).toEqual([]);
  await link.hover();
  await expect.poll(() => rsc.for(href).length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const before = rsc.for(href).length;
  const documents: string[] = [];
  page.on('request', (req) => void (req.resourceType() === 'document' && documents.push(req.url())));
  await link.click();
  await expect(page.locator('h1')).toHaveText(title);
  expect(rsc.for(href).length, 'served from the prefetch').toBe(before);
  expect(documents, 'a client-side navigation, not a page load').toEqual([]);
});

test('a touch starting on a link prefetches at once; keyboard focus prefetches too', async ({ page }) => {
  const rsc = rscRequests(page);
  await hydrated(page, '/');
  const links = page.locator('section[aria-labelledby^="section-"] h3 a');
  const touched = (await links.nth(0).getAttribute('href'))!;
  await links.nth(0).dispatchEvent('pointerover', { pointerType: 'touch', bubbles: true });
  await expect.poll(() => rsc.for(touched).length).toBeGreaterThan(0);
  const focused = (await links.nth(1).getAttribute('href'))!;
  await links.nth(1).focus();
  await expect.poll(() => rsc.for(focused).length).toBeGreaterThan(0);
});

test('a mouse sweeping across links without resting prefetches nothing', async ({ page }) => {
  const rsc = rscRequests(page);
  await hydrated(page, '/');
  const link = storyLink(page);
  const href = (await link.getAttribute('href'))!;
  await link.evaluate((a) => {
    a.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'mouse', bubbles: true }));
    a.dispatchEvent(new PointerEvent('pointerout', { pointerType: 'mouse', bubbles: true }));
  });
  await page.waitForTimeout(500);
  expect(rsc.for(href)).toEqual([]);
});
