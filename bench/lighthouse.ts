/**
 * Lighthouse (mobile, default simulated throttling) for each page type:
 * the four category scores with LCP, CLS and TBT. Scores other than
 * performance are also enforced by `npm run test:lighthouse`.
 */
import { runLighthouse } from './lib/lighthouse';
import { PAGE_TYPES } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3358);
// The median of five runs per page (bench/lib/lighthouse.ts); BENCH_LIGHTHOUSE_RUNS to change.
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const server = await startServer(port);
// By name, so canonical links (SITE_URL host, localhost by default) match.
const base = `http://localhost:${port}`;
let results;
try {
  results = await runLighthouse(
    Object.values(PAGE_TYPES).map((p) => `${base}${p}`),
    undefined,
    runs,
  );
} finally {
  server.stop();
}
const types = Object.keys(PAGE_TYPES);
const fmt = (x: number | null, digits = 0) => (x === null ? 'n/a' : x.toFixed(digits));
report(
  'lighthouse',
  `Lighthouse, mobile, median of ${runs} run(s) per page (scores 0-100; LCP and TBT in ms)`,
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'],
  results.map((r, i) => [
    types[i]!,
    fmt(r.scores.performance),
    fmt(r.scores.accessibility),
    fmt(r.scores['best-practices']),
    fmt(r.scores.seo),
    fmt(r.lcpMs),
    fmt(r.cls, 3),
    fmt(r.tbtMs),
  ]),
  { pages: Object.fromEntries(results.map((r, i) => [types[i], r])) },
);
