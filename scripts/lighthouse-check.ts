/**
 * `npm run test:lighthouse`: Lighthouse (mobile) accessibility, best
 * practices and SEO must score 100 on every page type. Runs after the build
 * in `npm test`; starts `next start` on LIGHTHOUSE_PORT (default 3212).
 * Performance scores depend on the machine's load, so they are reported by
 * `npm run bench` instead of tested here.
 */
import { runLighthouse, type Category } from '../bench/lib/lighthouse';
import { PAGE_TYPES, type PageType } from '../bench/lib/pages';
import { startServer } from '../bench/lib/server';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3212);
const enforced: Category[] = ['accessibility', 'best-practices', 'seo'];

/**
 * Search results pages are `noindex` on purpose (search engines should not
 * index a site's own result pages), which Lighthouse's SEO score counts
 * against them. That audit must fail there, and it must be the only one.
 */
const EXPECTED_SEO_FAILURES: Partial<Record<PageType, string[]>> = { search: ['is-crawlable'] };

const server = await startServer(port);
// Canonical links carry the build's SITE_URL host (localhost by default);
// Lighthouse fails canonicals that point at another host, so ask it by name.
const base = `http://localhost:${port}`;
let failed = false;
try {
  const types = Object.keys(PAGE_TYPES) as PageType[];
  const results = await runLighthouse(
    Object.values(PAGE_TYPES).map((p) => `${base}${p}`),
    enforced,
  );
  for (const [i, r] of results.entries()) {
    const expected = EXPECTED_SEO_FAILURES[types[i]!];
    const problems = enforced
      .filter((c) => (c === 'seo' && expected ? r.failing.seo.join() !== expected.join() : r.scores[c] !== 100))
      .map(
        (c) =>
          `${c} ${r.scores[c]} (failing: ${r.failing[c].join(', ') || 'none'}${c === 'seo' && expected ? `; expected exactly ${expected.join(', ')}` : ''})`,
      );
    if (r.runtimeError) problems.push(r.runtimeError);
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '}  ${r.url.replace(base, '')}  ${enforced.map((c) => `${c} ${r.scores[c]}`).join(', ')}`,
    );
    for (const p of problems) console.log(`      ${p}`);
    if (problems.length) failed = true;
  }
} finally {
  server.stop();
}
if (failed) {
  console.error('\nLighthouse accessibility, best practices and SEO must all be 100.');
  process.exit(1);
}
