import { expect, test } from '@playwright/test';
import { ARTICLE, expectInDocumentOrder, expectNoAxeViolations } from './helpers';

test.describe('article page', () => {
  test('shows every part in reading order', async ({ page }) => {
    const response = await page.goto(ARTICLE.path);
    expect(response?.status()).toBe(200);
    const article = page.locator('main article');

    // Kicker: the category title, linked to its section.
    const kicker = article.locator('header a').first();
    await expect(kicker).toHaveText(ARTICLE.section.title);
    await expect(kicker).toHaveAttribute('href', ARTICLE.section.path);

    // Headline: the only h1.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Forty coastal cities agree to share flood data in real time');

    // Standfirst.
    await expect(article.locator('header > p').filter({ hasText: 'Mayors meeting in Lisbon' })).toBeVisible();

    // Byline: author link, published and updated times with ISO datetimes.
    const byline = article.locator('address');
    await expect(byline.getByRole('link', { name: ARTICLE.author.name })).toHaveAttribute('href', ARTICLE.author.path);
    const times = article.locator('header time');
    await expect(times).toHaveCount(2);
    await expect(times.nth(0)).toHaveAttribute('datetime', '2026-11-22T10:15:00.000Z');
    await expect(article.locator('header').getByText(/^Updated/)).toBeVisible();
    await expect(times.nth(1)).toHaveAttribute('datetime', /^2026-11-2\dT/);
    await expect(article.getByText(/\d+ min read/)).toBeVisible();

    // Hero image with caption, credit and intrinsic size (no layout shift).
    const hero = article.locator('figure img').first();
    await expect(hero).toHaveAttribute('width', '1600');
    await expect(hero).toHaveAttribute('height', '900');
    await expect(hero).not.toHaveAttribute('loading', 'lazy');
    await expect(hero).toHaveAttribute('alt', /.+/);
    await expect(article.locator('figcaption')).toContainText('Meridian Newswire');

    // Body, with typographic quotes.
    await expect(article.locator('.article-body p').first()).toContainText('LISBON');
    await expect(article.locator('.article-body')).toContainText('“');
    await expect(article.locator('.article-body table')).toBeVisible();

    // Author card: one, for the one author.
    const card = page.locator('section[data-author-card]');
    await expect(card).toHaveCount(1);
    await expect(card.getByRole('heading', { name: 'Written By' })).toBeVisible();
    await expect(card.getByRole('link', { name: ARTICLE.author.name, exact: true })).toBeVisible();
    await expect(card.locator('img')).toHaveAttribute('alt', /Elena Varga/);
    await expect(card).toContainText('Foreign Affairs Correspondent');
    await expect(card.locator('.prose p').first()).not.toBeEmpty();
    await expect(card.getByRole('link', { name: /All articles by Elena Varga/ })).toHaveAttribute('href', ARTICLE.author.path);

    // You may also like: 3 or 4 items, each with category, linked title and excerpt.
    const related = page.locator('aside[aria-labelledby="related-heading"]');
    await expect(related.getByRole('heading', { name: 'You may also like' })).toBeVisible();
    const items = related.locator('li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      // The section, and the genre label of anything but news.
      await expect(item.locator('p').first()).toHaveText(
        /^(World|Life|Social Media|Tech & Science)(Analysis|Opinion|Explainer|Review)?$/,
      );
      const link = item.getByRole('link');
      await expect(link).toHaveAttribute('href', /^\/[a-z-]+\/[a-z0-9-]+$/);
      expect(await link.getAttribute('href')).not.toBe(ARTICLE.path);
      await expect(item.locator('p').last()).not.toBeEmpty();
    }

    // Connect with us: social links from the site config, and the feed.
    const social = page.locator('aside[aria-labelledby="connect-heading"]');
    await expect(social.getByRole('heading', { name: 'Connect with us' })).toBeVisible();
    await expect(social.getByRole('link', { name: 'The Lantern on X' })).toHaveAttribute('href', /^https:\/\//);
    await expect(social.getByRole('link', { name: /RSS/ })).toHaveAttribute('href', /feed\.xml$/);

    await expectInDocumentOrder(page, [
      'main article header a',
      'main h1',
      'main article header > p',
      'main article address',
      'main article figure',
      'main article .article-body',
      'main article [data-author-card] h2',
      '#related-heading',
      '#connect-heading',
    ]);
  });

  test('related links never point to drafts or scheduled stories', async ({ page }) => {
    await page.goto(ARTICLE.path);
    const hrefs = await page
      .locator('aside[aria-labelledby="related-heading"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain('/world/harbour-tunnel-costs');
    expect(hrefs).not.toContain('/tech-science/climate-forecasts-2100');
  });

  test('reads completely with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE.path);
    await expect(page.locator('h1')).toHaveText(/Forty coastal cities/);
    await expect(page.locator('.article-body p')).not.toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Written By' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'You may also like' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Connect with us' })).toBeVisible();
    const hero = page.locator('main article figure img');
    await expect(hero).toBeVisible();
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await context.close();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto(ARTICLE.path);
    await expectNoAxeViolations(page);
  });

  test('unknown article returns a real 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/world/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('We can’t find that page');
    await expect(page.getByRole('search')).not.toHaveCount(0);
    await expect(page.getByRole('link', { name: 'World' }).first()).toBeVisible();
  });

  test('an article under the wrong section is not found', async ({ request }) => {
    expect((await request.get('/life/coastal-cities-flood-data-pact')).status()).toBe(404);
  });
});

test.describe('header search form', () => {
  test('is labelled and submits to /search?q=', async ({ page }) => {
    await page.goto(ARTICLE.path);
    const box = page.getByRole('banner').getByLabel('Hi, what are you looking for?');
    await box.fill('flood data');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=flood(\+|%20)data/);
  });
});
