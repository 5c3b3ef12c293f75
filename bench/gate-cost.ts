/**
 * `npm run bench:gate-cost`: what the request checks installed by
 * instrumentation.ts (the request gate and the search admission) cost an
 * ordinary GET. The same build is served twice, from two copies in temporary
 * folders: one as built, one without its `instrumentation.js`, so nothing is
 * installed. A cached article is measured with autocannon (50 connections)
 * on each in turn, BENCH_GATE_ROUNDS times (5), and the medians compared:
 * requests per second, and the server's CPU time per request (read from
 * /proc for its process group), which other work on a shared machine
 * disturbs far less than throughput. Ports: BENCH_PORT (3356) and the one
 * after it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PAGE_TYPES } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3356);
const seconds = Number(process.env.BENCH_GATE_SECONDS ?? 6);
const rounds = Number(process.env.BENCH_GATE_ROUNDS ?? 5);
const root = process.cwd();
const SKIP = new Set(['standalone', 'cache', 'dev', 'trace', 'trace-build', 'diagnostics', 'turbopack']);

function copyOfBuild(withChecks: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-gate-'));
  cpSync(join(root, '.next'), join(dir, '.next'), {
    recursive: true,
    filter: (src) => !SKIP.has(src.slice(join(root, '.next').length + 1).split('/')[0]!),
  });
  if (!withChecks) rmSync(join(dir, '.next/server/instrumentation.js'));
  for (const name of ['node_modules', 'public', '.contentlayer', 'lib', 'package.json', 'next.config.js'])
    symlinkSync(join(root, name), join(dir, name));
  return dir;
}

/** CPU seconds used so far by every process in a process group (utime + stime from /proc). */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

const variants = [
  { label: 'with the request checks (as built)', dir: copyOfBuild(true) },
  { label: 'without (instrumentation.js removed)', dir: copyOfBuild(false) },
];
const servers = await Promise.all(variants.map((v, i) => startServer(port + i, {}, v.dir)));
const rps: number[][] = variants.map(() => []);
const p99: number[][] = variants.map(() => []);
const cpuPerRequest: number[][] = variants.map(() => []);
try {
  for (const server of servers) await autocannon({ url: `${server.url}${PAGE_TYPES.article}`, connections: 4, amount: 200 });
  // The proof that the copy without checks really has none: a DELETE reaches Next there.
  const refused = await Promise.all(
    servers.map(async (s) => (await fetch(`${s.url}/world/feed.xml`, { method: 'DELETE' })).status),
  );
  if (refused[0] !== 405 || refused[1] === 405) throw new Error(`unexpected DELETE answers ${refused.join(', ')}`);
  for (let round = 0; round < rounds; round++) {
    for (const [i, server] of servers.entries()) {
      const cpuBefore = groupCpuSeconds(server.child.pid!);
      const r = await autocannon({ url: `${server.url}${PAGE_TYPES.article}`, connections: 50, duration: seconds });
      cpuPerRequest[i]!.push(((groupCpuSeconds(server.child.pid!) - cpuBefore) / r.requests.total) * 1e6);
      rps[i]!.push(r.requests.average);
      p99[i]!.push(r.latency.p99);
    }
  }
} finally {
  for (const server of servers) server.stop();
  for (const v of variants) rmSync(v.dir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(rps[1]!);
report(
  'gate-cost',
  `A cached article with and without the request checks (autocannon, 50 connections, median of ${rounds} × ${seconds} s, alternating)`,
  ['server', 'req/s', 'relative', 'server CPU µs per request', 'p99 ms', 'each round req/s'],
  variants.map((v, i) => [
    v.label,
    median(rps[i]!).toFixed(0),
    `${((median(rps[i]!) / base) * 100).toFixed(0)}%`,
    median(cpuPerRequest[i]!).toFixed(0),
    median(p99[i]!).toFixed(0),
    rps[i]!.map((x) => x.toFixed(0)).join(', '),
  ]),
  { seconds, rounds, rps, p99, cpuPerRequest },
);
