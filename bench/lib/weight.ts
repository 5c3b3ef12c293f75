import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * Page weight as Chromium loads it. Sizes are of the bytes received,
 * gzipped here at level 9 so figures do not depend on the server's
 * compression settings and repeat exactly for the same build.
 */

export const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** Next's runtime baseline: the root main chunks every App Router page loads. */
export function runtimeBaseline(distDir = join(process.cwd(), '.next')): { files: string[]; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const gzip = manifest.rootMainFiles.reduce((sum, f) => sum + gzipBytes(readFileSync(join(distDir, f))), 0);
  return { files: manifest.rootMainFiles.map((f) => `/_next/${f}`), gzip };
}

export type PageWeight = {
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  /** Script URL paths → gzip bytes. */
  scripts: Record<string, number>;
  jsGzip: number;
  /** Font files, bytes as served (WOFF2 is compressed already). */
  fonts: Record<string, number>;
  fontBytes: number;
  requests: number;
};

export async function measurePage(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<void>[] = [];
  const scripts: Record<string, number> = {};
  const fonts: Record<string, number> = {};
  let requests = 0;
  page.on('request', () => requests++);
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'font') return;
    const path = new URL(res.url()).pathname;
    pending.push(
      res.body().then(
        (body) => void (type === 'script' ? (scripts[path] = gzipBytes(body)) : (fonts[path] = body.length)),
        () => undefined,
      ),
    );
  });
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  if (!res) throw new Error(`no response for ${url}`);
  const html = await res.body();
  await Promise.all(pending);
  return {
    status: res.status(),
    htmlRaw: html.length,
    htmlGzip: gzipBytes(html),
    scripts,
    jsGzip: Object.values(scripts).reduce((a, b) => a + b, 0),
    fonts,
    fontBytes: Object.values(fonts).reduce((a, b) => a + b, 0),
    requests,
  };
}

/** The widths prefetching is measured at: Next prefetches what is on screen, so it depends on the viewport. */
export const PREFETCH_VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1350, height: 900 },
} as const;

export type PrefetchWeight = {
  /** React Server Component data fetched without a click, path → bytes (as decoded). */
  fetched: { path: string; bytes: number }[];
  bytes: number;
};

/**
 * What the App Router fetches ahead of any click in the first `windowMs` of
 * a page view: every request carrying Next's `RSC` header while nobody
 * touches the page. The page is loaded in `page` as it is (set its viewport
 * first); bytes are the response bodies as received, decoded.
 */
export async function measurePrefetch(page: Page, url: string, windowMs = 5000): Promise<PrefetchWeight> {
  const fetched: PrefetchWeight['fetched'] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (res.request().headers()['rsc'] !== '1') return;
    pending.push(
      res.body().then(
        (body) => void fetched.push({ path: new URL(res.url()).pathname, bytes: body.length }),
        () => undefined,
      ),
    );
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(Math.max(0, windowMs - (Date.now() - started)));
  await Promise.all(pending);
  return { fetched, bytes: fetched.reduce((sum, f) => sum + f.bytes, 0) };
}
