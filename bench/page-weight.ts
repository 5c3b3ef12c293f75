/**
 * Page weight in Chromium for each page type: HTML bytes (raw and gzip),
 * JavaScript loaded (gzip) against Next's runtime baseline and the budget,
 * and the number of requests until the network is idle.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser';
import { BUDGETS, PAGE_TYPES, type PageType } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';
import { measurePage, runtimeBaseline, type PageWeight } from './lib/weight';

const port = Number(process.env.BENCH_PORT ?? 3355);
const kb = (n: number) => (n / 1024).toFixed(1);

const server = await startServer(port);
const browser = await chromium.launch(launchOptions);
const baseline = runtimeBaseline();
const pages: Partial<Record<PageType, PageWeight>> = {};
try {
  for (const [type, path] of Object.entries(PAGE_TYPES) as [PageType, string][]) {
    const page = await browser.newPage();
    pages[type] = await measurePage(page, `${server.url}${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}

report(
  'page-weight',
  `Page weight (KB; JavaScript gzip; runtime baseline ${kb(baseline.gzip)} KB gzip)`,
  ['page', 'status', 'HTML', 'HTML gzip', 'JS gzip', 'JS over baseline', 'budget over baseline', 'requests'],
  Object.entries(pages).map(([type, w]) => [
    type,
    w.status,
    kb(w.htmlRaw),
    kb(w.htmlGzip),
    kb(w.jsGzip),
    kb(w.jsGzip - baseline.gzip),
    kb(BUDGETS.jsOverBaselineGzip[type as PageType]),
    w.requests,
  ]),
  { baselineGzip: baseline.gzip, pages },
);
