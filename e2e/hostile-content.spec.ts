import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { renderMarkdownSync } from '../lib/content/markdown';
import { parseSourceFile } from '../lib/content/validation/source-file';
import { serializeJsonForScript } from '../lib/security/inline-json';

/**
 * The site's own content/ stays clean editorial copy, so this test does not
 * publish the hostile fixture. It renders the fixture through the real
 * pipeline (the one contentlayer uses) and loads the result in Chromium on
 * the site's origin WITHOUT the CSP header: the sanitizer alone must stop
 * every vector. A control run with the unsanitized markup proves the traps
 * fire when code does run, so the test can fail.
 */
const fixture = parseSourceFile(
  'tests/fixtures/hostile/hostile.md',
  readFileSync(new URL('../tests/fixtures/hostile/hostile.md', import.meta.url), 'utf8'),
  'article',
);

const hostileData = { headline: '</script><script>window.__xss = "json-ld"</script>', about: '<!--<script>' };

function wrap(body: string): string {
  return `<!doctype html><html><head><title>fixture</title>
<script>window.__xss = undefined;</script>
<script type="application/ld+json" id="ld">${serializeJsonForScript(hostileData)}</script>
</head><body><main>${body}</main></body></html>`;
}

type Outcome = { xss: unknown; dialogs: string[]; offsite: string[] };

async function load(page: Page, html: string): Promise<Outcome> {
  const dialogs: string[] = [];
  const offsite: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/evil\.example/.test(request.url())) offsite.push(request.url());
  });
  await page.route('**/__hostile-fixture', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.route(/evil\.example/, (route) => route.fulfill({ status: 204, body: '' }));
  // Links the clicks below follow (example.org, the embed's YouTube link)
  // never reach the internet either: they answer with an empty page.
  const site = new URL(test.info().project.use.baseURL ?? 'http://localhost').origin;
  await page.route(
    (url) => url.origin !== site && !/evil\.example/.test(url.hostname),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '' }),
  );
  await page.goto('/__hostile-fixture');
  // Give handlers every chance to fire: hover and click what is there.
  for (const el of await page.locator('main *').all()) {
    await el.hover({ timeout: 300 }).catch(() => {});
    await el.click({ timeout: 300, noWaitAfter: true }).catch(() => {});
    if (!page.url().endsWith('/__hostile-fixture')) await page.goBack();
  }
  await page.waitForTimeout(300);
  // A click on the last elements (links) may navigate only after the loop's check.
  if (!page.url().endsWith('/__hostile-fixture')) await page.goBack();
  const xss = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  return { xss, dialogs, offsite };
}

test('hostile Markdown rendered by the real pipeline runs no code in Chromium', async ({ page }) => {
  test.setTimeout(60_000);
  // Rendered as an article body, embed facades included.
  const outcome = await load(page, wrap(renderMarkdownSync(fixture.body, { embeds: true })));
  expect(outcome).toEqual({ xss: undefined, dialogs: [], offsite: [] });
  await expect(page.getByText('div with handlers')).toBeVisible();
  await expect(page.locator('abbr[title="World Health Organization"]')).toHaveText('WHO');
});

test('JSON-LD with a hostile headline stays inside its script tag and parses back intact', async ({ page }) => {
  await load(page, wrap('<p>empty</p>'));
  expect(await page.evaluate(() => JSON.parse(document.getElementById('ld')?.textContent ?? 'null'))).toEqual(hostileData);
  expect(await page.evaluate(() => document.scripts.length)).toBe(2);
});

test('control: the same markup unsanitized does run code, so the traps work', async ({ page }) => {
  test.setTimeout(60_000);
  const outcome = await load(page, wrap(fixture.body));
  expect(outcome.xss).toBeDefined();
  expect(outcome.dialogs.length).toBeGreaterThan(0);
});
