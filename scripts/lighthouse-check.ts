/**
 * `npm run test:lighthouse`: Lighthouse (mobile) accessibility, best
 * practices and SEO must score 100 on every page type, the 404 page
 * included. Runs after the build in `npm test`; starts `next start` on
 * LIGHTHOUSE_PORT (default 3212). Performance scores depend on the
 * machine's load, so they are reported by `npm run bench` instead of tested here.
 */
import { runLighthouse, type Category } from '../bench/lib/lighthouse';
import { PAGE_TYPES } from '../bench/lib/pages';
import { startServer } from '../bench/lib/server';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3212);
const enforced: Category[] = ['accessibility', 'best-practices', 'seo'];

const PAGES: Record<string, string> = { ...PAGE_TYPES, 'not-found': '/no-such-page' };

/**
 * Audits that must fail, and must be the only ones to fail, where failing is
 * right: search result pages and the 404 page are `noindex` on purpose
 * (search engines should index neither), and a 404 page answers 404, which
 * Lighthouse's SEO score counts against it, as it counts the browser's
 * console line for that 404 against best practices.
 */
const EXPECTED_FAILURES: Record<string, Partial<Record<Category, string[]>>> = {
  search: { seo: ['is-crawlable'] },
  'not-found': { seo: ['http-status-code', 'is-crawlable'], 'best-practices': ['errors-in-console'] },
};

const server = await startServer(port);
// Canonical links carry the build's SITE_URL host (localhost by default);
// Lighthouse fails canonicals that point at another host, so ask it by name.
const base = `http://localhost:${port}`;
let failed = false;
try {
  const types = Object.keys(PAGES);
  const notFound = `${base}${PAGES['not-found']}`;
  const results = await runLighthouse(
    Object.values(PAGES).map((p) => `${base}${p}`),
    enforced,
    1,
    new Set([notFound]),
  );
  for (const [i, r] of results.entries()) {
    const expected = EXPECTED_FAILURES[types[i]!] ?? {};
    const problems = enforced
      .filter((c) => (expected[c] ? [...r.failing[c]].sort().join() !== [...expected[c]].sort().join() : r.scores[c] !== 100))
      .map(
        (c) =>
          `${c} ${r.scores[c]} (failing: ${r.failing[c].join(', ') || 'none'}${expected[c] ? `; expected exactly ${expected[c].join(', ')}` : ''})`,
      );
    if (r.runtimeError) problems.push(r.runtimeError);
    // The one console error allowed anywhere: the browser reporting the 404 page's own status.
    const stray = r.consoleErrors.filter((e) => !(r.url === notFound && e.source === 'network' && e.url === notFound));
    if (stray.length)
      problems.push(`console errors: ${stray.map((e) => `${e.source} ${e.url ?? ''} ${e.description}`).join('; ')}`);
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '}  ${types[i]!.padEnd(9)} ${r.url.replace(base, '')}  ${enforced.map((c) => `${c} ${r.scores[c]}`).join(', ')}`,
    );
    for (const p of problems) console.log(`      ${p}`);
    if (problems.length) failed = true;
  }
} finally {
  server.stop();
}
if (failed) {
  console.error('\nLighthouse accessibility, best practices and SEO must all be 100, save the failures expected above.');
  process.exit(1);
}
