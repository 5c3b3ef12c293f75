import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../lib/site';

const MOSCOW = '/world/black-sea-grain-insurance-talks';
const SYRIA = '/world/syria-water-network-donor-pledges';

const results = (page: Page) => page.locator('[data-search-result]');

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box searches and the results page shows marked matches', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Hi, what are you looking for?' });
    await box.fill('moscow');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=moscow$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “moscow”');
    const first = results(page).first();
    await expect(first.getByRole('link', { name: /Black Sea/ })).toHaveAttribute('href', MOSCOW);
    await expect(first.locator('mark').first()).toHaveText('Moscow');
  });

  test('section filters and pages are plain links', async ({ page }) => {
    await page.goto('/search?q=said');
    const countText = (await page.locator('[data-search-count]').textContent()) ?? '';
    const total = Number(/^(\d+) results/.exec(countText)?.[1]);
    expect(total, 'a common word matches more than one page of stories').toBeGreaterThan(site.pageSize);
    await expect(results(page)).toHaveCount(site.pageSize);
    const filters = page.getByRole('navigation', { name: 'Filter results by section' });
    await filters.getByRole('link', { name: /^World/ }).click();
    await expect(page).toHaveURL(/\/search\?q=said&category=world$/);
    await expect(filters.getByRole('link', { name: /^World/ })).toHaveAttribute('aria-current', 'page');
    for (const kicker of await page.locator('[data-search-result] article > p:first-child').allTextContents())
      expect(kicker).toBe('World');
    await page.goto('/search?q=said');
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/search\?q=said&page=2$/);
    await expect(results(page)).toHaveCount(Math.min(total - site.pageSize, site.pageSize));
  });
});

test.describe('search with JavaScript', () => {
  test('the header box suggests articles and still submits to /search', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Hi, what are you looking for?' });
    await box.pressSequentially('clim', { delay: 30 });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const count = await list.getByRole('option').count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=clim$/);
    await expect(results(page).first()).toBeVisible();
  });

  test('suggestions work from the keyboard: arrows, Enter and Escape', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Hi, what are you looking for?' });
    await box.pressSequentially('syr', { delay: 30 });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(list.getByRole('option').first()).toContainText('Syria');

    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('syr');

    await box.press('ArrowDown');
    await expect(list).toBeVisible();
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await box.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SYRIA}$`));
  });

  /** Holds the answers for "syr" until released, as on a slow network. */
  async function holdSyr(page: Page) {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/search\?q=syr$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Hi, what are you looking for?' });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await box.fill('sy');
    await expect(list.getByRole('option').first()).toBeVisible();
    const asked = page.waitForRequest(/\/api\/search\?q=syr$/);
    await box.press('r');
    await asked;
    const answer = async () => {
      const answered = page.waitForResponse(/\/api\/search\?q=syr$/);
      release();
      await answered;
      await page.waitForTimeout(200);
    };
    return { box, list, answer };
  }

  test('a late answer does not reopen a list the reader closed', async ({ page }) => {
    const { box, list, answer } = await holdSyr(page);
    await box.press('Escape');
    await expect(list).toBeHidden();
    await answer();
    await expect(list).toBeHidden();
    await box.press('ArrowDown');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  });

  test('a late answer keeps the option the reader highlighted', async ({ page }) => {
    const { box, list, answer } = await holdSyr(page);
    await box.press('ArrowDown');
    const highlighted = list.locator('[aria-selected="true"]');
    await expect(highlighted).toContainText('Syria');
    const title = await highlighted.textContent();
    await answer();
    await expect(list).toBeVisible();
    await expect(highlighted).toHaveText(title!);
    await expect(box).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id'))!);
  });

  test('the results page passes axe with the suggestion list open', async ({ page }) => {
    await page.goto('/search?q=climate');
    await expectNoAxeViolations(page);
    const box = page.locator('#search-page-q');
    await box.fill('');
    await box.pressSequentially('ener', { delay: 30 });
    await expect(page.locator('#search-page-q-suggestions')).toBeVisible();
    await box.press('ArrowDown');
    await expectNoAxeViolations(page);
  });

  test('ids stay unique on the 404 page, which has two search boxes', async ({ page }) => {
    await page.goto('/no-such-section/no-such-page');
    await expect(page.locator('#site-search')).toHaveCount(1);
    await expect(page.locator('#not-found-search')).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    const box = page.locator('#not-found-search');
    await box.pressSequentially('zurich', { delay: 30 });
    await expect(page.locator('#not-found-search-suggestions').getByRole('option').first()).toContainText('Zürich');
  });
});

test.describe('results page', () => {
  test('marks matches in titles and snippets, ignoring accents and case', async ({ page }) => {
    await page.goto('/search?q=SAO+PAULO');
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(['São', 'Paulo']);
    await page.goto('/search?q=zurich');
    await expect(results(page).first().getByRole('heading', { level: 2 }).locator('mark')).toHaveText('Zürich');
    await page.goto('/search?q=montreal');
    await expect(results(page).first().getByRole('heading', { level: 2 })).toContainText('Montréal');
  });

  test('matches the start of a word', async ({ page }) => {
    await page.goto('/search?q=syr');
    await expect(results(page).first().getByRole('link', { name: /Syria/ })).toHaveAttribute('href', SYRIA);
  });

  test('a misspelt word finds the stories of the right one, and the page offers it as a link', async ({ page }) => {
    await page.goto('/search?q=syrai');
    await expect(results(page).first().getByRole('link', { name: /Syria/ })).toHaveAttribute('href', SYRIA);
    const offer = page.locator('[data-did-you-mean]');
    await expect(offer).toHaveText('Did you mean syria?');
    await offer.getByRole('link', { name: 'syria' }).click();
    await expect(page).toHaveURL(/\/search\?q=syria$/);
    await expect(page.locator('[data-did-you-mean]')).toHaveCount(0);
  });

  test('an empty query shows a helpful page', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByRole('heading', { name: 'Hi, what are you looking for?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a query with no results says so and suggests the latest stories', async ({ page }) => {
    await page.goto('/search?q=qwxyzzyplugh');
    await expect(page.locator('[data-search-empty]')).toContainText('No results for “qwxyzzyplugh”');
    const latest = page.getByRole('region', { name: 'Latest stories' });
    await expect(latest.getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('drafts and scheduled stories never appear', async ({ page }) => {
    await page.goto('/search?q=harbour+tunnel');
    await expect(page.locator('a[href="/world/harbour-tunnel-costs"]')).toHaveCount(0);
    await page.goto('/search?q=century+forecasts+2100');
    await expect(page.locator('a[href="/tech-science/climate-forecasts-2100"]')).toHaveCount(0);
  });

  test('an XSS-style query is shown as text and never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const attack = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2;alert(2)">"'><svg onload=alert(3)>`;
    await page.goto(`/search?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Search results for “${attack}”`);
    await expect(page.locator('#search-page-q')).toHaveValue(attack);
    await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
    // And through the suggestion box.
    const box = page.getByRole('combobox', { name: 'Hi, what are you looking for?' }).first();
    await box.fill(attack);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('is not indexed and names one canonical address', async ({ page }) => {
    await page.goto('/search?q=%20%20Climate%20%20change%20&category=world&page=1');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/search\?q=Climate\+change&category=world$/);
    await page.goto('/search?q=climate&category=nonsense&page=999');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/search\?q=climate$/);
  });
});

test.describe('odd input', () => {
  const odd = [
    '<script>alert(1)</script>',
    'a'.repeat(5000),
    '🔥💥👩‍👩‍👧',
    'москва 東京 مياه',
    '.*+?^${}()|[]\\',
    "' OR 1=1 --",
    '%',
    '\u0000',
    '__proto__',
  ];
  for (const q of odd)
    test(`answers 200 for ${JSON.stringify(q.slice(0, 30))}`, async ({ request }) => {
      const page = await request.get(`/search?q=${encodeURIComponent(q)}&page=-1&category[]=x`);
      expect(page.status()).toBe(200);
      const api = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(api.status()).toBe(200);
      expect(Array.isArray((await api.json()).suggestions)).toBe(true);
    });

  test('answers 200 for broken percent-encoding and repeated parameters', async ({ request }) => {
    for (const raw of ['q=%E0%A4%A', 'q=%', 'q=a&q=b&page=1&page=2', 'q[]=x', 'page=abc']) {
      expect((await request.get(`/search?${raw}`)).status()).toBe(200);
    }
  });
});

test.describe('suggestions API', () => {
  test('returns at most six suggestions, cacheable', async ({ request }) => {
    const response = await request.get('/api/search?q=climate');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, s-maxage=60, stale-while-revalidate=300');
    const body = await response.json();
    expect(body.q).toBe('climate');
    expect(body.suggestions).toHaveLength(6);
    expect(Object.keys(body.suggestions[0]).sort()).toEqual(['category', 'path', 'title']);
  });

  test('allows GET and HEAD only', async ({ request }) => {
    const response = await request.post('/api/search?q=x');
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
    expect((await request.head('/api/search?q=x')).status()).toBe(200);
  });
});

test('the home page describes the site search to search engines', async ({ page }) => {
  await page.goto('/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const website = blocks
    .map((b) => JSON.parse(b))
    .flat()
    .find((d) => d['@type'] === 'WebSite');
  expect(website.potentialAction['@type']).toBe('SearchAction');
  expect(website.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
  expect(website.potentialAction['query-input']).toBe('required name=search_term_string');
});
