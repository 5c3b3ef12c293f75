/**
 * `npm run screenshots`: home, article, section and search pages at phone
 * and desktop widths in both colour schemes, saved to docs/screenshots/.
 * Needs a build; starts its own server on PORT (default 3400), or uses
 * BASE_URL. Pictures are lazy, so each page is scrolled through first.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from '../bench/lib/server';
import { launchOptions } from '../e2e/browser';

const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/world/coastal-cities-flood-data-pact' },
  { name: 'section', path: '/world' },
  { name: 'search', path: '/search?q=climate' },
];
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

const server = process.env.BASE_URL ? undefined : await startServer(Number(process.env.PORT ?? 3400));
const base = process.env.BASE_URL ?? server!.url;
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
try {
  for (const scheme of schemes)
    for (const size of widths) {
      const context = await browser.newContext({ viewport: size, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(`${base}${p.path}`, { waitUntil: 'load' });
        // Bring lazy pictures in, and wait for them and the fonts.
        await page.evaluate(async () => {
          for (const img of document.querySelectorAll('img')) img.loading = 'eager';
          await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
          await document.fonts.ready;
        });
        const file = `docs/screenshots/${p.name}-${size.name}-${scheme}.png`;
        // Desktop shots show the first two screens; phones the first three.
        await page.screenshot({
          path: file,
          clip: { x: 0, y: 0, width: size.width, height: size.name === 'phone' ? 2400 : 1800 },
        });
        console.log(`saved ${file}`);
      }
      await context.close();
    }
} finally {
  await browser.close();
  server?.stop();
}
