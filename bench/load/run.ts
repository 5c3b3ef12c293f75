/**
 * `npm run bench:load [-- --restart]`: mixed traffic against `next start`
 * (build first). Prints totals, status codes, socket errors, latency and the
 * server's memory; with --restart the server is killed (SIGKILL, a crash) and
 * started again halfway through, and must serve correctly afterwards. Figures go to
 * docs/performance.md by hand; raw results to bench/results/.
 *
 * Env: DURATION (s, default 60), CONNECTIONS (default 100), PORT (default 3331).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { dirUsage, groupRssMb, startServer, waitUntilServing, type Server } from './server';
import { nextPath, trafficMix } from './traffic';

const duration = Number(process.env.DURATION ?? 60);
const connections = Number(process.env.CONNECTIONS ?? 100);
const port = Number(process.env.PORT ?? 3331);
const restart = process.argv.includes('--restart');
const base = `http://127.0.0.1:${port}`;
const mix = await trafficMix();

async function checkServing(): Promise<string[]> {
  const problems: string[] = [];
  const article = mix.find((m) => m.name === 'article')!.path();
  for (const [path, status] of [
    ['/', 200],
    [article, 200],
    ['/no-such-page', 404],
  ] as const) {
    const response = await fetch(`${base}${path}`);
    if (response.status !== status) problems.push(`${path}: ${response.status}, expected ${status}`);
    if (!(await response.text()).includes('</html>')) problems.push(`${path}: incomplete page`);
  }
  return problems;
}

let server: Server = await startServer(port);
// Warm up: first renders and caches, so the run measures steady state.
await autocannon({
  url: base,
  connections: 10,
  duration: 5,
  requests: [{ setupRequest: (r) => ({ ...r, path: nextPath(mix) }) }],
});

const cacheDir = '.next/server';
const diskBefore = dirUsage(cacheDir);
const rss: { t: number; mb: number }[] = [];
const started = Date.now();
const sample = () => rss.push({ t: Math.round((Date.now() - started) / 1000), mb: groupRssMb(server.pgid) });
sample();
const sampler = setInterval(sample, 1000);

let restartInfo: { at: number; stopMs: number; startMs: number } | undefined;
if (restart) {
  setTimeout(
    async () => {
      const at = Math.round((Date.now() - started) / 1000);
      const t0 = Date.now();
      // SIGKILL: a crash, not a polite shutdown; nothing gets to drain.
      await server.stop('SIGKILL');
      const t1 = Date.now();
      server = await startServer(port);
      restartInfo = { at, stopMs: t1 - t0, startMs: Date.now() - t1 };
    },
    (duration * 1000) / 2,
  );
}

const result = await autocannon({
  url: base,
  connections,
  duration,
  timeout: 10,
  requests: [{ setupRequest: (request) => ({ ...request, path: nextPath(mix) }) }],
});
clearInterval(sampler);
sample();

if (restart) await waitUntilServing(port);
const afterwards = await checkServing();
const diskAfter = dirUsage(cacheDir);
await server.stop();

const at = (fraction: number) => rss[Math.min(rss.length - 1, Math.round((rss.length - 1) * fraction))]!.mb;
// After a restart the "middle" is the new server's first sample once it serves.
const restarted = restartInfo
  ? rss.find((s) => s.t >= restartInfo!.at + (restartInfo!.stopMs + restartInfo!.startMs) / 1000)
  : undefined;
const [start, middle, end] = [at(0), restarted?.mb ?? at(0.5), at(1)];
const statuses = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count?: number }).count ?? 0]),
);
const non2xx = Object.fromEntries(Object.entries(statuses).filter(([code]) => !code.startsWith('2')));
// A 503 is the search admission turning a search away by design
// (lib/search/admission.ts): counted apart, not as a failure.
const busy = statuses['503'] ?? 0;
const fivexx = Object.entries(statuses)
  .filter(([code]) => code.startsWith('5') && code !== '503')
  .reduce((n, [, c]) => n + c, 0);
const growth = ((end - middle) / middle) * 100;

const figures = {
  mode: restart ? 'restart mid-run' : 'steady',
  durationS: duration,
  connections,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  statuses,
  non2xx,
  fivexx,
  searchesTurnedAway: busy,
  socketErrors: result.errors,
  timeouts: result.timeouts,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  rssMb: { start, middle, end, secondHalfGrowthPct: Math.round(growth * 10) / 10 },
  serverCacheOnDisk: { before: diskBefore, after: diskAfter },
  restart: restartInfo,
  servesCorrectlyAfterwards: afterwards.length === 0,
  problems: afterwards,
};

console.log(`\nLoad run (${figures.mode}): ${duration} s x ${connections} connections against next start`);
console.log(`  requests            ${figures.requests} (${figures.requestsPerSecond} req/s)`);
console.log(`  status codes        ${JSON.stringify(statuses)}`);
console.log(`  non-2xx             ${JSON.stringify(non2xx)}`);
console.log(`  5xx                 ${fivexx} (plus ${busy} searches turned away with 503 by the search admission)`);
console.log(`  socket errors       ${result.errors} (timeouts ${result.timeouts})`);
console.log(`  latency ms          p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
console.log(
  `  server RSS MB       start ${start}, ${restarted ? 'after restart' : 'middle'} ${middle}, end ${end} (growth ${figures.rssMb.secondHalfGrowthPct}% from ${restarted ? 'restart' : 'middle'} to end)`,
);
console.log(
  `  .next/server on disk ${diskBefore.files} files ${diskBefore.mb} MB before, ${diskAfter.files} files ${diskAfter.mb} MB after`,
);
if (restartInfo)
  console.log(
    `  restart             killed (SIGKILL) at ${restartInfo.at} s in ${restartInfo.stopMs} ms, serving again ${restartInfo.startMs} ms later`,
  );
console.log(`  after the run       ${afterwards.length ? afterwards.join('; ') : 'home, an article and a 404 answer correctly'}`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/load-${restart ? 'restart' : 'steady'}.json`, `${JSON.stringify({ ...figures, rss }, null, 2)}\n`);

// A restart run is judged on recovery: socket errors and a cold server's
// memory ramp are expected while it is down and warming up.
const targetsMet = fivexx === 0 && afterwards.length === 0 && (restart || (result.errors === 0 && growth < 10));
const targetText = restart
  ? 'zero 5xx but search 503s, serves correctly after the restart'
  : 'zero 5xx but search 503s, zero socket errors, RSS growth < 10% over the second half';
console.log(`  targets             ${targetsMet ? 'met' : 'NOT met'} (${targetText})`);
process.exitCode = targetsMet ? 0 : 1;
