import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { siteUrl } from './seo-content';

/**
 * Story formats (issue 15), as a reader and a search engine meet them: a
 * shared byline, genre labels (opinion set apart), and the old address of a
 * moved story answering with a permanent redirect.
 */

const SHARED = {
  path: '/world/eastern-mediterranean-wildfire-aid-compact',
  title: 'Five Eastern Mediterranean states agree to pool firefighting aircraft before summer',
};
const OPINION = {
  path: '/world/night-trains-need-timetables-not-rescues',
  title: 'Night trains need timetables, not a rescue every winter',
};
/** Moved from World to Social Media; its old address is in its aliases. */
const MOVED = { from: '/world/flood-rumour-debunked', to: '/social-media/flood-rumour-debunked' };
/** Renamed; no other test asks for its old address, so the first request here renders it (a cache miss). */
const RENAMED = { from: '/world/krakow-kosice-trains-return', to: '/world/krakow-kosice-rail-link-reopens' };

async function articleJsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b)).find((d) => /Article$/.test(d['@type']));
}

test.describe('shared bylines', () => {
  test('a two-author story names both in the byline, with a card each, and structured data for each', async ({ page }) => {
    await page.goto(SHARED.path);
    const byline = page.locator('main article address');
    await expect(byline).toHaveText('By Elena Varga and Meridian Newswire');
    await expect(byline.getByRole('link', { name: 'Elena Varga' })).toHaveAttribute('href', '/author/elena-varga');
    await expect(byline.getByRole('link', { name: 'Meridian Newswire' })).toHaveAttribute('href', '/author/newswire');

    const cards = page.locator('[data-author-card]');
    await expect(cards).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Written By Elena Varga' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Written By Meridian Newswire' })).toBeVisible();
    await expect(cards.nth(1).getByRole('link', { name: /All articles by Meridian Newswire/ })).toHaveAttribute(
      'href',
      '/author/newswire',
    );

    const ld = await articleJsonLd(page);
    expect(ld.author).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Elena Varga', url: `${siteUrl}/author/elena-varga` }),
      expect.objectContaining({ '@type': 'Organization', name: 'Meridian Newswire', url: `${siteUrl}/author/newswire` }),
    ]);
    await expectNoAxeViolations(page);
  });

  for (const author of ['/author/elena-varga', '/author/newswire'])
    test(`the two-author story is listed on ${author}`, async ({ page }) => {
      await page.goto(author);
      await expect(page.locator(`main a[href="${SHARED.path}"]`).first()).toHaveText(SHARED.title);
    });

  test('the feeds name both authors', async ({ request }) => {
    const rss = await (await request.get('/world/feed.xml')).text();
    const item = rss.split('<item>').find((i) => i.includes(SHARED.path))!;
    expect([...item.matchAll(/<dc:creator[^>]*>([^<]+)<\/dc:creator>/g)].map((m) => m[1])).toEqual([
      'Elena Varga',
      'Meridian Newswire',
    ]);
  });
});

test.describe('genres', () => {
  test('an opinion piece carries a visible Opinion label, a set-apart header and OpinionNewsArticle', async ({ page }) => {
    await page.goto(OPINION.path);
    await expect(page.locator('h1')).toHaveText(OPINION.title);
    const header = page.locator('main article header');
    await expect(header).toHaveAttribute('data-genre', 'opinion');
    const label = header.locator('[data-genre-label]');
    await expect(label).toHaveText('Opinion');
    await expect(label).toBeVisible();
    // Set apart by the theme's opinion colours, not the page's.
    const [labelBg, headerBg, pageBg] = await Promise.all([
      label.evaluate((el) => getComputedStyle(el).backgroundColor),
      header.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(labelBg).not.toBe('rgba(0, 0, 0, 0)');
    expect(headerBg).not.toBe('rgba(0, 0, 0, 0)');
    expect(headerBg).not.toBe(pageBg);
    expect((await articleJsonLd(page))['@type']).toBe('OpinionNewsArticle');
    await expectNoAxeViolations(page);
  });

  test('the opinion page meets axe in the dark scheme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(OPINION.path);
    await expectNoAxeViolations(page);
  });

  test('a news report has no label and stays a NewsArticle', async ({ page }) => {
    await page.goto(SHARED.path);
    await expect(page.locator('main article header [data-genre-label]')).toHaveCount(0);
    expect((await articleJsonLd(page))['@type']).toBe('NewsArticle');
  });

  test('cards carry the label: Opinion in its section, Analysis and Explainer in another', async ({ page }) => {
    // The section's listing, on whichever of its pages the column has reached as newer stories came in.
    await page.goto('/world');
    const opinionCard = page.locator('main article').filter({ has: page.locator(`a[href="${OPINION.path}"]`) });
    for (let i = 0; i < 5 && !(await opinionCard.count()); i++)
      await page.goto((await page.locator('a[rel="next"]').getAttribute('href'))!);
    await expect(opinionCard.locator('[data-genre-label]')).toHaveText('Opinion');
    await page.goto('/life');
    const label = (path: string) =>
      page
        .locator('main article')
        .filter({ has: page.locator(`a[href="${path}"]`) })
        .locator('[data-genre-label]');
    await expect(label('/life/four-day-school-week-pilot')).toHaveText('Analysis');
    await expect(label('/life/heat-proof-homes-retrofit-grants')).toHaveText('Explainer');
    await expect(label('/life/berlin-community-kitchens-food-prices')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('moved and renamed stories', () => {
  test('an old address answers 308 to the current one, rendered and cached alike, and not for ever', async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(RENAMED.from, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      // Exactly one Location header, also when rendered (lib/security/single-location.ts).
      const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
      expect(locations.map((h) => new URL(h.value, siteUrl).pathname)).toEqual([RENAMED.to]);
      // Cached like a page (300 s, refreshed by a publish of the story), never for a year.
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl).not.toMatch(/immutable|max-age=31536000/);
    }
  });

  test('a reader following an old link lands on the story', async ({ page }) => {
    const response = await page.goto(MOVED.from);
    expect(response!.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(MOVED.to);
    await expect(page.locator('h1')).toContainText('False dam-collapse warning');
  });

  test('an address that never was a story still gets the full 404 page', async ({ page }) => {
    const response = await page.goto('/world/flood-rumour-debunked-again');
    expect(response!.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('We can’t find that page');
  });
});
