import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { minutesFromNow, publishContent, removeContent, writeContent } from './content-fixtures';
import { expectNoAxeViolations } from './helpers';

/**
 * Live coverage and the breaking-news banner against `next start`, with
 * content written by the test at run time (dates relative to the run),
 * published with `npm run content:publish`, and published away at the end.
 * Serial: the tests share one story and one site-wide banner.
 */

const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
const SLUG = `e2e-live-${run}`;
const STORY = `/live/${SLUG}`;
const BREAKING = `e2e-breaking-${run}`;
const start = Date.now() - 3 * 3_600_000;
const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const id = (i: number) => `e${String(i).padStart(2, '0')}`;
const authors = ['elena-varga', 'newswire', 'tomas-okafor'];

/** 25 entries five minutes apart; e03 pinned; e02 and e22 key events. */
function writeStory() {
  writeContent(
    `live/${SLUG}/index.md`,
    `---\ntitle: "E2E live coverage ${run}"\nsummary: "Live updates written by the end-to-end tests."\ndate: ${at(0)}\ncategory: world\nauthor: elena-varga\nstatus: live\n---\n\nThe story the tests follow.\n`,
  );
  for (let i = 0; i < 25; i++) {
    const front = [
      `date: ${at(5 + 5 * i)}`,
      `author: ${authors[i % 3]}`,
      ...(i === 3 ? ['title: "What we know"', 'pinned: true'] : []),
      ...(i === 2 || i === 22 ? [`title: "Key moment ${id(i)}"`, 'key: true'] : []),
    ];
    writeContent(`live/${SLUG}/entries/${id(i)}.md`, `---\n${front.join('\n')}\n---\n\nUpdate number ${i} of the test story.\n`);
  }
}

const entryIds = (page: Page, scope: string) => page.locator(`${scope} [data-entry]`).evaluateAll((els) => els.map((e) => e.id));

test.describe.serial('live coverage', () => {
  test.beforeAll(() => {
    writeStory();
    publishContent();
  });

  test.afterAll(() => {
    removeContent(`live/${SLUG}`);
    removeContent(`articles/${BREAKING}.md`);
    publishContent();
  });

  test('the live page: LIVE, coverage start, last update, authors, key events, pinned on top, newest first; axe passes', async ({
    page,
  }) => {
    const response = await page.goto(STORY);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    const header = page.locator('article header').first();
    await expect(header.locator('[data-live-badge]')).toHaveText(/live/i);
    await expect(header.getByText('Coverage started').locator('time')).toHaveAttribute(
      'datetime',
      new RegExp(`^${at(0).slice(0, 19)}`),
    );
    await expect(header.locator('[data-live-updated] time')).toHaveAttribute('datetime', new RegExp(`^${at(125).slice(0, 19)}`));
    await expect(header.locator('[data-live-authors]')).toHaveText('By Elena Varga, Meridian Newswire and Tomás Okafor');
    await expect(page.locator('[data-live-updates]')).toHaveCount(1); // the island that polls for new entries

    const keys = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    await expect(keys).toHaveText(['Key moment e22', 'Key moment e02']);
    await expect(keys.nth(0)).toHaveAttribute('href', '#entry-e22');
    await expect(keys.nth(1)).toHaveAttribute('href', `${STORY}/page/2#entry-e02`);

    expect(await entryIds(page, '[data-live-pinned]')).toEqual(['entry-e03']);
    const listed = await entryIds(page, '[data-live-entries]');
    expect(listed).toEqual([24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6].map((i) => `entry-${id(i)}`));
    const newest = page.locator('#entry-e24');
    await expect(newest.locator('time')).toHaveAttribute('datetime', new RegExp(`^${at(125).slice(0, 19)}`));
    await expect(newest.getByRole('link', { name: 'Elena Varga' })).toHaveAttribute('href', '/author/elena-varga');
    await expect(newest.locator('time').locator('..')).toHaveAttribute('href', `${STORY}/entries/e24`);

    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const live = ld.find((d) => d['@type'] === 'LiveBlogPosting');
    expect(live).toMatchObject({ coverageStartTime: expect.stringMatching(new RegExp(`^${at(0).slice(0, 19)}`)) });
    expect(live).not.toHaveProperty('coverageEndTime');
    expect(live.liveBlogUpdate).toHaveLength(20);
    expect(live.liveBlogUpdate[1]).toMatchObject({ '@type': 'BlogPosting', headline: 'Update number 24 of the test story.' });

    await expectNoAxeViolations(page);
  });

  test('older entries are on numbered pages that work without JavaScript; a permalink finds its page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    await expect(page.locator('[data-entry]')).toHaveCount(20);
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(`${STORY}/page/2`);
    expect(await entryIds(page, '[data-live-entries]')).toEqual([
      'entry-e05',
      'entry-e04',
      'entry-e02',
      'entry-e01',
      'entry-e00',
    ]);
    await expect(page.locator('[data-live-pinned]')).toHaveCount(0);
    await page.getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(STORY);

    await page.goto(`${STORY}/entries/e00`);
    await expect(page).toHaveURL(`${STORY}/page/2#entry-e00`);
    await expect(page.locator('#entry-e00')).toBeVisible();
    await page.goto(`${STORY}/entries/e22`);
    await expect(page).toHaveURL(`${STORY}#entry-e22`);
    expect((await page.request.get(`${STORY}/entries/no-such-entry`)).status()).toBe(404);
    await context.close();
  });

  test('an entry published while a tab is open: "1 new update", nothing moves before the click, the click shows it', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.goto(STORY);
    // The reader is partway down, reading.
    await page.evaluate(() => window.scrollTo(0, 1200));
    const layout = () =>
      page.evaluate(() => ({
        y: Math.round(window.scrollY),
        entries: [...document.querySelectorAll('[data-entry]')].map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.id}@${Math.round(r.top + window.scrollY)}+${Math.round(r.height)}`;
        }),
      }));
    const before = await layout();

    writeContent(
      `live/${SLUG}/entries/e25.md`,
      `---\ndate: ${minutesFromNow(0)}\nauthor: newswire\ntitle: "Fresh from the e2e run"\n---\n\nPosted while the tab was open.\n`,
    );
    publishContent();
    const published = Date.now();
    // On the page as soon as the publish is done (well within 10 s).
    expect(await (await request.get(STORY)).text()).toContain('id="entry-e25"');

    // The JSON the tab polls has it at once, cacheable for a few seconds only.
    const json = await request.get(`${STORY}/updates.json`);
    expect(json.headers()['cache-control']).toBe('public, max-age=5, s-maxage=5');
    expect((await json.json()).entries[0].id).toBe('e25');

    // Within the poll interval (at most 25 s) plus 10 s.
    const button = page.getByRole('button', { name: '1 new update' });
    await expect(button).toBeVisible({ timeout: 35_000 });
    expect(Date.now() - published).toBeLessThan(35_000);
    expect(await layout()).toEqual(before);
    await expect(page.locator('#entry-e25')).toHaveCount(0);

    await button.click();
    const fresh = page.locator('#entry-e25');
    await expect(fresh).toBeVisible();
    await expect(fresh).toContainText('Fresh from the e2e run');
    await expect(button).toHaveCount(0);
    const order = await page.locator('[data-entry]').evaluateAll((els) => els.map((e) => e.id));
    expect(order.slice(0, 3)).toEqual(['entry-e03', 'entry-e25', 'entry-e24']);

    // Without JavaScript, a reload has it too.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(STORY);
    expect((await entryIds(plain, '[data-live-entries]'))[0]).toBe('entry-e25');
    await noJs.close();
  });

  test('the home page and the section list the story with LIVE and its newest entry title; the news sitemap and its feed carry it', async ({
    page,
    request,
  }) => {
    // Fresh: it has entries from the last 48 hours.
    expect(await (await request.get('/news-sitemap.xml')).text()).toContain(`${STORY}</loc>`);
    const feed = await request.get(`${STORY}/feed.xml`);
    expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rss = await feed.text();
    expect(rss).toContain('<title><![CDATA[Fresh from the e2e run]]></title>');
    expect(rss).toContain(`${STORY}/entries/e25</link>`);
    for (const path of ['/', '/world']) {
      await page.goto(path);
      const card = page.locator('article', { has: page.locator(`a[href="${STORY}"]`) }).first();
      await expect(card.locator('[data-live-badge]')).toBeVisible();
      await expect(card.locator('[data-live-card]')).toContainText('Fresh from the e2e run');
    }
  });

  test('live:end ends the story: no LIVE on its page or cards, "Coverage ended" instead, no polling, coverageEndTime', async ({
    page,
  }) => {
    execFileSync('npx', ['tsx', 'scripts/live-end.ts', SLUG], { cwd: process.cwd(), encoding: 'utf8' });
    publishContent();
    await expect
      .poll(async () => (await page.goto(STORY), await page.locator('article header [data-live-badge]').count()), {
        timeout: 10_000,
        intervals: [200],
      })
      .toBe(0);
    const header = page.locator('article header').first();
    await expect(header.getByText('Coverage ended')).toBeVisible();
    await expect(page.locator('[data-live-updates]')).toHaveCount(0); // no updates island: nothing polls
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    expect(ld.find((d) => d['@type'] === 'LiveBlogPosting')).toHaveProperty('coverageEndTime');
    for (const path of ['/', '/world']) {
      await page.goto(path);
      const card = page.locator('article', { has: page.locator(`a[href="${STORY}"]`) }).first();
      await expect(card.locator('[data-live-card]')).toContainText('Coverage ended');
      await expect(card.locator('[data-live-badge]')).toHaveCount(0);
    }
  });

  test('the breaking-news banner appears on every page, causes no layout shift, and expires by itself', async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    const until = Date.now() + 50_000;
    writeContent(
      `articles/${BREAKING}.md`,
      `---\ntitle: "E2E breaking news ${run}"\nsummary: "A story the end-to-end tests mark as breaking."\ndate: ${minutesFromNow(-60)}\ncategory: world\nauthor: elena-varga\nbreaking: true\nbreakingUntil: ${new Date(until).toISOString()}\n---\n\nBreaking news written by the tests, shown in the banner until its time.\n`,
    );
    publishContent();

    // Rendered on the server: in the HTML as sent.
    expect(await (await request.get('/')).text()).toContain(`href="/world/${BREAKING}"`);

    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/', '/world', STORY]) {
      await page.goto(path);
      const banner = page.getByRole('complementary', { name: 'Breaking news' });
      await expect(banner).toBeVisible();
      await expect(banner.getByRole('link')).toHaveAttribute('href', `/world/${BREAKING}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), path).toBe(0);
    }

    // The reader stays on the page: at its time the banner goes, with no reload.
    await page.waitForTimeout(Math.max(0, until - Date.now()) + 1000);
    await expect(page.getByRole('complementary', { name: 'Breaking news' })).toBeHidden();
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Breaking news' })).toBeHidden();
    // And the server no longer sends it, with nothing published.
    await expect.poll(async () => (await request.get('/world')).text(), { timeout: 10_000 }).not.toContain('id="breaking-news"');
  });
});
