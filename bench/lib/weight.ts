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
  requests: number;
};

export async function measurePage(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<void>[] = [];
  const scripts: Record<string, number> = {};
  let requests = 0;
  page.on('request', () => requests++);
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res.body().then(
        (body) => void (scripts[new URL(res.url()).pathname] = gzipBytes(body)),
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
    requests,
  };
}
