import { expect, test } from '@playwright/test';
import { ARTICLE, expectNoAxeViolations } from './helpers';

test.describe('home page', () => {
  test('has a lead story, the latest stories and one block per section', async ({ page }) => {
    await page.goto('/');
    const main = page.locator('main');
    const lead = main.locator('article').first();
    await expect(lead.locator('img')).toBeVisible();
    await expect(lead.locator('img')).not.toHaveAttribute('loading', 'lazy');
    await expect(lead.locator('p a').first()).toHaveText(/^(World|Life|Social Media|Tech & Science)$/);
    await expect(lead.locator('h2 a')).toHaveAttribute('href', /^\/[a-z-]+\/[a-z0-9-]+$/);
    await expect(lead.locator('h2 + p')).not.toBeEmpty();

    const latest = main.locator('section[aria-labelledby="latest-heading"] li');
    expect(await latest.count()).toBeGreaterThanOrEqual(4);
    // Images below the lead are lazy.
    const lazy = await main
      .locator('section[aria-labelledby="latest-heading"] img')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('loading')));
    expect(lazy.every((l) => l === 'lazy')).toBe(true);

    for (const [slug, title] of [
      ['world', 'World'],
      ['life', 'Life'],
      ['social-media', 'Social Media'],
      ['tech-science', 'Tech & Science'],
    ]) {
      const block = main.locator(`section[aria-labelledby="section-${slug}"]`);
      await expect(block.getByRole('heading', { name: title })).toBeVisible();
      await expect(block.getByRole('link', { name: `More ${title}` })).toHaveAttribute('href', `/${slug}`);
      expect(await block.locator('li').count()).toBeGreaterThan(0);
    }
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('the lead story and section links lead where they should', async ({ page }) => {
    await page.goto('/');
    const leadLink = page.locator('main article').first().locator('h2 a');
    const title = await leadLink.textContent();
    await leadLink.click();
    await expect(page.locator('h1')).toHaveText(title!);
    await page.goto('/');
    await page.getByRole('link', { name: 'More Life' }).click();
    await expect(page).toHaveURL(/\/life$/);
    await expect(page.locator('h1')).toHaveText('Life');
  });

  test('never lists drafts or scheduled stories', async ({ page }) => {
    for (const path of ['/', '/world', '/tech-science', '/author/newswire', '/author/tomas-okafor', '/tag/climate']) {
      await page.goto(path);
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, path).not.toContain('/world/harbour-tunnel-costs');
      expect(hrefs, path).not.toContain('/tech-science/climate-forecasts-2100');
    }
  });
});

test.describe('listing pages', () => {
  test('section front: title, description, newest first, breadcrumbs', async ({ page }) => {
    await page.goto('/tech-science');
    await expect(page.locator('h1')).toHaveText('Tech & Science');
    await expect(page.locator('main header p').nth(1)).not.toBeEmpty();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Tech & Science');
    const dates = await page.locator('main ul time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    // Every story is from this section, and the cards do not repeat its name: the page says it.
    const stories = await page.locator('main ul h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(
      stories.every((href) => href.startsWith('/tech-science/')),
      stories.join(', '),
    ).toBe(true);
    await expect(page.locator('main ul a[href="/tech-science"]')).toHaveCount(0);
  });

  test('pagination: next pages link up and a page past the end is a 404', async ({ page, request }) => {
    await page.goto('/world');
    const status = await page.locator('main header p').last().textContent();
    const total = Number(/page 1 of (\d+)/.exec(status ?? '')?.[1] ?? 1);
    expect(total, 'World spans more than one page').toBeGreaterThan(1);
    const firstPage = await page.locator('main ul h2 a').allTextContents();
    await page.getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(/\/world\/page\/2$/);
    const secondPage = await page.locator('main ul h2 a').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    await expect(page.getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/world');
    expect((await request.get(`/world/page/${total}`)).status()).toBe(200);
    expect((await request.get(`/world/page/${total + 1}`)).status()).toBe(404);
    for (const bad of ['/world/page/0', '/world/page/02', '/world/page/abc', '/tag/climate/page/99', '/author/newswire/page/99'])
      expect((await request.get(bad)).status(), bad).toBe(404);
  });

  test('author page: name, avatar, role, bio, links and articles', async ({ page }) => {
    await page.goto(ARTICLE.author.path);
    await expect(page.locator('h1')).toHaveText('Elena Varga');
    await expect(page.locator('main header img')).toHaveAttribute('alt', /Elena Varga/);
    await expect(page.locator('main header')).toContainText('Foreign Affairs Correspondent');
    await expect(page.locator('main header .prose p').first()).not.toBeEmpty();
    await expect(page.getByRole('list', { name: 'Elena Varga elsewhere' }).getByRole('link').first()).toHaveAttribute(
      'href',
      /^(https:|mailto:)/,
    );
    const links = page.locator('main ul h2 a');
    expect(await links.count()).toBeGreaterThan(1);
    await links.first().click();
    await expect(page.locator('main address')).toContainText('Elena Varga');
  });

  test('tag page lists articles with the tag, and article tags link to it', async ({ page }) => {
    await page.goto(ARTICLE.path);
    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Climate' }).click();
    await expect(page).toHaveURL(/\/tag\/climate$/);
    await expect(page.locator('h1')).toHaveText('Climate');
    const articles = page.locator('main ul h2 a');
    expect(await articles.count()).toBeGreaterThan(2);
    await articles.first().click();
    await expect(page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Climate' })).toBeVisible();
  });

  test('unknown sections, authors and tags are 404s', async ({ request }) => {
    for (const path of ['/no-such-section', '/author/nobody', '/tag/no-such-tag'])
      expect((await request.get(path)).status(), path).toBe(404);
  });
});

test.describe('finishing touches', () => {
  test('skip link is the first focusable element and moves focus to main', async ({ page }) => {
    await page.goto(ARTICLE.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside the main content, not the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('keyboard reaches the search box, with a visible focus style', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('banner').getByLabel('Hi, what are you looking for?');
    for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    const outline = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('landmarks and one h1 on every page type', async ({ page }) => {
    for (const path of ['/', '/world', ARTICLE.path, ARTICLE.author.path, '/tag/climate', '/nope']) {
      await page.goto(path);
      await expect(page.locator('header[data-site-header]'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Sections' }), path).toHaveCount(1);
      await expect(page.locator('main'), path).toHaveCount(1);
      await expect(page.locator('footer[data-site-footer]'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).toHaveCount(1);
    }
  });

  test('dates show in the site time zone and keep the ISO value', async ({ page }) => {
    // 2026-11-04T08:05Z is 08:05 GMT in London; a summer date shows BST.
    await page.goto('/life/berlin-community-kitchens-food-prices');
    const time = page.locator('main article address + p time');
    await expect(time).toHaveAttribute('datetime', '2026-11-04T08:05:00.000Z');
    await expect(time).toHaveText('4 Nov 2026, 08:05 GMT');
    await page.goto('/life/heat-proof-homes-retrofit-grants');
    await expect(page.locator('main article address + p time')).toHaveText(/3 Jul 2026, 06:50 BST/);
  });

  test('reading time on articles and cards', async ({ page }) => {
    await page.goto('/world');
    await expect(page.locator('main ul article').first()).toContainText(/\d+ min read/);
  });

  test('print stylesheet hides navigation, search and social bars and shows the URL', async ({ page }) => {
    await page.goto(ARTICLE.path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'nav[aria-label="Sections"]',
      'form[role="search"]',
      '[data-social-bar]',
      '[data-related]',
      'header[data-site-header]',
    ])
      await expect(page.locator(selector).first(), selector).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.article-body')).toBeVisible();
    await expect(page.locator('[data-print-url]')).toBeVisible();
    await expect(page.locator('[data-print-url]')).toContainText(ARTICLE.path);
  });

  test('no layout shift while the article page loads', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(ARTICLE.path, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
  });
});

test.describe('accessibility in both colour schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/', '/world', ARTICLE.path, ARTICLE.author.path, '/tag/climate', '/no-such-page']) {
      test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  }

  test('dark scheme switches the theme variables', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(17, 19, 23)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});
