/**
 * Page weight in Chromium for each page type: HTML bytes (raw and gzip),
 * JavaScript loaded (gzip) against Next's runtime baseline and the budget,
 * web fonts loaded, data prefetched in the first 5 s of a page view at phone
 * and desktop width, and the number of requests until the network is idle.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser';
import { BUDGETS, PAGE_TYPES, type PageType } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';
import {
  measurePage,
  measurePrefetch,
  PREFETCH_VIEWPORTS,
  runtimeBaseline,
  type PageWeight,
  type PrefetchWeight,
} from './lib/weight';

const port = Number(process.env.BENCH_PORT ?? 3355);
const kb = (n: number) => (n / 1024).toFixed(1);

type Device = keyof typeof PREFETCH_VIEWPORTS;
const server = await startServer(port);
const browser = await chromium.launch(launchOptions);
const baseline = runtimeBaseline();
const pages: Partial<Record<PageType, PageWeight & { prefetch: Record<Device, PrefetchWeight> }>> = {};
try {
  for (const [type, path] of Object.entries(PAGE_TYPES) as [PageType, string][]) {
    const page = await browser.newPage();
    const weight = await measurePage(page, `${server.url}${path}`);
    await page.close();
    const prefetch = {} as Record<Device, PrefetchWeight>;
    for (const [device, viewport] of Object.entries(PREFETCH_VIEWPORTS) as [Device, { width: number; height: number }][]) {
      // A fresh page each time: nothing prefetched by an earlier view is cached.
      const view = await browser.newPage({ viewport });
      prefetch[device] = await measurePrefetch(view, `${server.url}${path}`);
      await view.close();
    }
    pages[type] = { ...weight, prefetch };
  }
} finally {
  await browser.close();
  server.stop();
}

report(
  'page-weight',
  `Page weight (KB; JavaScript gzip; runtime baseline ${kb(baseline.gzip)} KB gzip; fonts as served; prefetch = data fetched without a click in the first 5 s)`,
  [
    'page',
    'status',
    'HTML',
    'HTML gzip',
    'JS gzip',
    'JS over baseline',
    'budget',
    'fonts',
    'budget',
    'prefetch phone',
    'prefetch desktop',
    'budget',
    'requests',
  ],
  Object.entries(pages).map(([type, w]) => [
    type,
    w.status,
    kb(w.htmlRaw),
    kb(w.htmlGzip),
    kb(w.jsGzip),
    kb(w.jsGzip - baseline.gzip),
    kb(BUDGETS.jsOverBaselineGzip[type as PageType]),
    kb(w.fontBytes),
    kb(BUDGETS.fonts[type as PageType]),
    kb(w.prefetch.phone.bytes),
    kb(w.prefetch.desktop.bytes),
    kb(BUDGETS.prefetch[type as PageType]),
    w.requests,
  ]),
  { baselineGzip: baseline.gzip, pages },
);
