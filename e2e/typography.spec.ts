import { expect, test } from '@playwright/test';
import { parseXml, type Parsed } from './seo-content';

// The source writes the headline with straight apostrophes:
// title: "Lunar lander's drill finds signs of water ice just below the Moon's surface"
const ARTICLE = '/tech-science/lunar-lander-water-ice';
const HEADLINE = 'Lunar lander’s drill finds signs of water ice just below the Moon’s surface';
const CAPTION = 'Kestrel landed on the rim of a crater about 120km from the lunar south pole in late December.';

test.describe('typography of titles', () => {
  test('a headline has curly apostrophes on the page, in <title>, JSON-LD and social tags', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('h1')).toHaveText(HEADLINE);
    await expect(page).toHaveTitle(`${HEADLINE} | Tech & Science | The Lantern`);
    const [article, crumbs] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (b) => JSON.parse(b) as Parsed,
    );
    expect(article!.headline).toBe(HEADLINE);
    expect(crumbs!.itemListElement.at(-1).name).toBe(HEADLINE);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', HEADLINE);
    await expect(page.locator('nav[aria-label="Breadcrumb"]')).toContainText(HEADLINE);
    await expect(page.locator('main article figcaption').first()).toContainText(CAPTION);
  });

  test('the same headline on section cards, in the feeds and in search', async ({ page, request }) => {
    await page.goto('/tech-science');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
    const rss = parseXml(await (await request.get('/tech-science/feed.xml')).text(), ['item']);
    expect(rss.rss.channel.item.map((i: Parsed) => i.title)).toContain(HEADLINE);
    const atom = parseXml(await (await request.get('/tech-science/atom.xml')).text(), ['entry']);
    expect(atom.feed.entry.map((e: Parsed) => e.title['#text'])).toContain(HEADLINE);
    await page.goto('/search?q=lunar+drill');
    await expect(page.locator('li[data-search-result] h2 a').filter({ hasText: 'Lunar' }).first()).toHaveText(HEADLINE);
  });

  test('card summaries cut short end at a word with one "…"', async ({ page, request }) => {
    await page.goto('/world');
    const cards = page.locator('main article');
    let cut = 0;
    for (const card of await cards.all()) {
      const summary = (await card.locator('[data-card-summary]').textContent())!;
      const path = (await card.locator('h2 a').getAttribute('href'))!;
      const html = await (await request.get(path)).text();
      const full = /<meta name="description" content="([^"]*)"/
        .exec(html)![1]!
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&amp;/g, '&');
      if (summary === full) continue;
      cut++;
      expect(summary, path).toMatch(/[^\s.,;:…]…$/);
      expect(summary, path).not.toMatch(/\.\.\.|\.…|……/);
      const kept = summary.slice(0, -1);
      expect(full.startsWith(kept), `${path}: "${kept}" begins "${full}"`).toBe(true);
      // The next character of the full summary ends a word.
      expect(full.slice(kept.length), path).toMatch(/^[\s.,;:!?)’”]/);
    }
    expect(cut, 'some summaries are long enough to be cut').toBeGreaterThan(0);
  });
});
