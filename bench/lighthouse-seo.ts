/**
 * Lighthouse SEO scores for the main page types, against a running server.
 *
 *   npx tsx bench/lighthouse-seo.ts [base-url] [path ...]
 *
 * Defaults: LIGHTHOUSE_BASE_URL or http://localhost:3000, and the paths in
 * LIGHTHOUSE_PATHS (comma-separated) or home, an article, a section and an
 * author page. Use a base URL whose host matches SITE_URL's: Lighthouse fails
 * canonical links that point at another domain. Prints one line per page
 * and exits non-zero if any score is below 100 or any page fails to load.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const defaultPaths = ['/', '/world/coastal-cities-flood-data-pact', '/world', '/author/elena-varga'];

const [argBase, ...argPaths] = process.argv.slice(2);
const base = (argBase ?? process.env.LIGHTHOUSE_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const paths = argPaths.length ? argPaths : (process.env.LIGHTHOUSE_PATHS?.split(',').filter(Boolean) ?? defaultPaths);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let failed = false;
try {
  for (const path of paths) {
    const url = `${base}${path}`;
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['seo'], output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    const score = lhr?.categories.seo?.score;
    const status = lhr?.runtimeError ? ` (${lhr.runtimeError.code})` : '';
    const pct = typeof score === 'number' ? Math.round(score * 100) : NaN;
    const failing = Object.values(lhr?.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(`${String(pct).padStart(3)}  ${path}${status}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
    if (!(pct >= 100)) failed = true;
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
