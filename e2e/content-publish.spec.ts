import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { siteSecret } from '../lib/secret';
import { siteUrl } from './seo-content';

/**
 * Publishing without a build: `npm run content:publish` against the running
 * `next start`, as an editor would. These tests write to content/ and to the
 * store, so they run in their own Playwright project after every other spec
 * (playwright.config.ts), one at a time, and put everything back.
 *
 * Dates are made from the clock at run time, so the suite passes on any day.
 */
test.describe.configure({ mode: 'serial' });

const root = process.cwd();
const run = promisify(execFile);
const buildId = () => readFileSync(join(root, '.next', 'BUILD_ID'), 'utf8');

async function publish(): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/content-publish.ts'], { cwd: root, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const stamp = Date.now().toString(36);
const slug = `e2e-lighthouse-keepers-${stamp}`;
const file = join(root, 'content', 'articles', `${slug}.md`);
const path = `/world/${slug}`;
const badFile = join(root, 'content', 'articles', `e2e-broken-${stamp}.md`);
// Published a minute ago: out now, and at the top of every list.
const date = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const title = `Lighthouse keepers return to the northern cape ${stamp}`;
const corrected = `Lighthouse keepers return to the far northern cape ${stamp}`;
const word = `keepersword${stamp}`;

function story(headline: string, { draft = false } = {}) {
  return `---
title: "${headline}"
summary: "After thirty years of automatic lamps, two keepers move back into the station to look after the light and the weather log."
date: ${date}
category: world
author: elena-varga
tags: ["Coasts"]${draft ? '\ndraft: true' : ''}
---

Two keepers moved back into the lighthouse on the northern cape this week, thirty years after the lamp was automated and the last family left the station. The coastguard says the keepers will maintain the lamp, keep the weather log and run a small visitor centre in the summer months. The word ${word} is here so that search can find this story and no other.
`;
}

async function body(request: APIRequestContext, p: string): Promise<string> {
  const response = await request.get(p);
  expect(response.status(), p).toBe(200);
  return response.text();
}

/** Every place a new story must appear once it is published. */
async function placesShowing(request: APIRequestContext, text: string) {
  const places = { page: path, home: '/', section: '/world', feed: '/feed.xml', sectionFeed: '/world/feed.xml' };
  const found: Record<string, boolean> = {};
  for (const [name, p] of Object.entries(places)) found[name] = (await request.get(p).then((r) => r.text())).includes(text);
  const search = await request.get(`/search?q=${word}`).then((r) => r.text());
  found.search = search.includes(text);
  return found;
}

// A story renamed after publication, keeping its old address (aliases).
const oldSlug = `e2e-ferry-strike-${stamp}`;
const newSlug = `e2e-ferry-strike-ends-${stamp}`;
const oldFile = join(root, 'content', 'articles', `${oldSlug}.md`);
const newFile = join(root, 'content', 'articles', `${newSlug}.md`);

test.afterAll(async () => {
  for (const f of [file, badFile, oldFile, newFile]) rmSync(f, { force: true });
  await publish();
});

test('a new story is live on its page, home, section, feeds and search after content:publish, without a build', async ({
  request,
}) => {
  const before = buildId();
  expect((await request.get(path)).status()).toBe(404);
  writeFileSync(file, story(title));
  const started = Date.now();
  const result = await publish();
  expect(result.code, result.out).toBe(0);
  expect(result.out).toContain(`published  content/articles/${slug}.md`);
  await expect
    .poll(() => placesShowing(request, title), { timeout: 10_000 - (Date.now() - started), intervals: [200] })
    .toEqual({ page: true, home: true, section: true, feed: true, sectionFeed: true, search: true });
  expect(buildId()).toBe(before);
});

test('a correction is live everywhere the story appears', async ({ request }) => {
  writeFileSync(file, story(corrected));
  const result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect
    .poll(() => placesShowing(request, corrected), { timeout: 10_000, intervals: [200] })
    .toEqual({
      page: true,
      home: true,
      section: true,
      feed: true,
      sectionFeed: true,
      search: true,
    });
  expect(await body(request, '/')).not.toContain(title);
});

test('a file with errors is refused with its file, line and field, and the live site does not change', async ({ request }) => {
  writeFileSync(
    badFile,
    `---\ntitle: "Broken"\nsummary: "No date and an author nobody knows."\ncategory: world\nauthor: nobody-at-all\n---\n\nText.\n`,
  );
  writeFileSync(file, story(`Should not appear ${stamp}`));
  const result = await publish();
  expect(result.code).not.toBe(0);
  expect(result.out).toContain(`content/articles/e2e-broken-${stamp}.md:1 [date]`);
  expect(result.out).toMatch(new RegExp(`content/articles/e2e-broken-${stamp}\\.md:\\d+ \\[author\\]`));
  expect(result.out).toContain('Nothing was published');
  expect(await body(request, path)).toContain(corrected);
  expect(await body(request, '/')).not.toContain(`Should not appear ${stamp}`);
  rmSync(badFile);
  writeFileSync(file, story(corrected));
});

test('setting draft: true takes the story off its page, lists, feeds and search; taking it out puts it back', async ({
  request,
}) => {
  test.setTimeout(120_000); // two publishes
  const everywhere = { page: true, home: true, section: true, feed: true, sectionFeed: true, search: true };
  const nowhere = { page: false, home: false, section: false, feed: false, sectionFeed: false, search: false };
  writeFileSync(file, story(corrected, { draft: true }));
  let result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect.poll(() => placesShowing(request, corrected), { timeout: 10_000, intervals: [200] }).toEqual(nowhere);
  expect((await request.get(path)).status()).toBe(404);

  writeFileSync(file, story(corrected));
  result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect.poll(() => placesShowing(request, corrected), { timeout: 10_000, intervals: [200] }).toEqual(everywhere);
});

test('unpublishing (deleting the file) removes the story from its page, lists, feeds and search', async ({ request }) => {
  rmSync(file);
  const result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect
    .poll(() => placesShowing(request, corrected), { timeout: 10_000, intervals: [200] })
    .toEqual({ page: false, home: false, section: false, feed: false, sectionFeed: false, search: false });
  expect((await request.get(path)).status()).toBe(404);
});

test('a renamed story keeps its old links through publishing: 308 to the new address, until it is unpublished', async ({
  request,
}) => {
  test.setTimeout(120_000); // three publishes
  const from = `/world/${oldSlug}`;
  const to = `/world/${newSlug}`;
  writeFileSync(oldFile, story(`Ferry strike ${stamp}`));
  let result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect.poll(() => request.get(from).then((r) => r.status()), { timeout: 10_000, intervals: [200] }).toBe(200);

  // Rename the file and keep the old address, in one publish.
  rmSync(oldFile);
  writeFileSync(newFile, story(`Ferry strike ends ${stamp}`).replace('tags:', `aliases: ["${from}"]\ntags:`));
  result = await publish();
  expect(result.code, result.out).toBe(0);
  // The old page was cached as a 200; the publish expires it, and it answers with the redirect.
  await expect
    .poll(() => request.get(from, { maxRedirects: 0 }).then((r) => `${r.status()} ${r.headers()['location'] ?? ''}`), {
      timeout: 10_000,
      intervals: [200],
    })
    .toMatch(new RegExp(`^308 (${siteUrl})?${to}$`));
  expect(await body(request, to)).toContain(`Ferry strike ends ${stamp}`);
  expect((await request.get(from)).url()).toMatch(new RegExp(`${to}$`));

  // Unpublished, the story takes its redirect with it: the cached 308 is expired by the same publish.
  rmSync(newFile);
  result = await publish();
  expect(result.code, result.out).toBe(0);
  await expect
    .poll(() => request.get(from, { maxRedirects: 0 }).then((r) => r.status()), { timeout: 10_000, intervals: [200] })
    .toBe(404);
  expect((await request.get(to)).status()).toBe(404);
});

test.describe('preview links', () => {
  const draft = '/world/harbour-tunnel-costs';

  async function previewLink(p: string, base: string): Promise<string> {
    const { stdout } = await run('npx', ['tsx', 'scripts/preview-link.ts', p, '--base', base], { cwd: root });
    return stdout.trim().split('\n').pop()!;
  }

  test('a signed link shows a draft, noindex, uncached and with its banner; without it the path stays 404', async ({
    page,
    baseURL,
  }) => {
    expect((await page.request.get(draft)).status()).toBe(404);
    const link = await previewLink(draft, baseURL!);
    const response = await page.goto(link);
    expect(response!.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(draft);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour tunnel bill doubles');
    await expect(page.getByText(/draft/i).first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    expect(response!.headers()['cache-control']).toMatch(/private/);
    expect(response!.headers()['cache-control']).toMatch(/no-store/);
    // The grant is for that one path: another unpublished story stays hidden in the same browser.
    expect((await page.goto('/tech-science/climate-forecasts-2100'))!.status()).toBe(404);
  });

  test('a tampered or expired link is refused', async ({ request, baseURL }) => {
    const link = new URL(await previewLink(draft, baseURL!));
    link.searchParams.set('path', '/tech-science/climate-forecasts-2100');
    expect((await request.get(link.pathname + link.search, { maxRedirects: 0 })).status()).toBe(403);
    link.searchParams.set('path', draft);
    link.searchParams.set('expires', String(Date.now() - 1000));
    expect((await request.get(link.pathname + link.search, { maxRedirects: 0 })).status()).toBe(403);
  });
});

test.describe('the revalidation route', () => {
  test('refuses requests without the secret, and every method but POST', async ({ request }) => {
    expect((await request.post('/api/revalidate', { data: { tags: ['home'] } })).status()).toBe(401);
    const wrong = await request.post('/api/revalidate', {
      data: { tags: ['home'] },
      headers: { Authorization: 'Bearer not-the-secret-not-the-secret-not-the-secret' },
    });
    expect(wrong.status()).toBe(401);
    expect(wrong.headers()['cache-control']).toContain('no-store');
    const get = await request.get('/api/revalidate');
    expect(get.status()).toBe(405);
    expect(get.headers()['allow']).toBe('POST');
  });

  test('accepts the publisher with the secret', async ({ request }) => {
    const secret = siteSecret();
    const response = await request.post('/api/revalidate', {
      data: { tags: ['home'] },
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ revalidated: 1 });
  });
});
