/**
 * End-to-end search benchmark: requests per second for /search?q= (and the
 * suggestions API) under autocannon, against `next start` on 127.0.0.1:3311.
 *
 *   npm run build && npx tsx bench/search/http.ts
 *       the production build as it is (the site's own content)
 *   BENCH_ARTICLES=10000 npx tsx bench/search/http.ts
 *       first writes 10,000 synthetic articles to bench/.tmp/content and
 *       rebuilds the site from them, in place: run `npm run build` afterwards
 *       to get the real site back
 *
 * BENCH_SKIP_BUILD=1 with BENCH_ARTICLES reuses the synthetic build already in
 * place. BENCH_DURATION sets seconds per URL (default 10). Writes
 * bench/results/search-http.json (not committed). Only loopback is targeted;
 * every run is bounded in time and the server is stopped at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateArticles, writeMarkdownFiles } from '../lib/synthetic-articles';

const PORT = 3311;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ARTICLES = process.env.BENCH_ARTICLES ? Number(process.env.BENCH_ARTICLES) : undefined;

const URLS = [
  '/search',
  '/search?q=climate',
  '/search?q=moscow',
  '/search?q=syr',
  '/search?q=hollnde',
  '/search?q=sao+paulo',
  '/search?q=election&category=world',
  '/search?q=said&page=2',
  '/api/search?q=cli',
];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function waitForServer(timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${ORIGIN}/search?q=warm`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on ${ORIGIN} did not answer within ${timeoutMs / 1000} s`);
}

function stop(server: ChildProcess) {
  // The server runs in its own process group: end the group, not just npx.
  if (server.pid && server.exitCode === null)
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
}

async function main() {
  if (ARTICLES && !process.env.BENCH_SKIP_BUILD) {
    const dir = join('bench', '.tmp', 'content');
    rmSync(dir, { recursive: true, force: true });
    console.log(`Writing ${ARTICLES} synthetic articles to ${dir} and building the site from them…`);
    writeMarkdownFiles(dir, generateArticles(ARTICLES, 1));
    const env = { CONTENT_DIR: dir, PRERENDER_LIMIT: '50', NEXT_TELEMETRY_DISABLED: '1' };
    run('npx', ['contentlayer2', 'build'], env);
    run('npx', ['next', 'build'], env);
  } else if (!existsSync(join('.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }

  const started = Date.now();
  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const cleanup = () => stop(server);
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    await waitForServer();
    const readyMs = Date.now() - started;
    const results = [];
    for (const path of URLS) {
      await fetch(`${ORIGIN}${path}`); // warm this route
      const r = await autocannon({ url: `${ORIGIN}${path}`, connections: CONNECTIONS, duration: DURATION });
      const row = {
        path,
        requestsPerSecond: Math.round(r.requests.average),
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99 },
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      };
      results.push(row);
      console.log(
        `${path.padEnd(36)} ${String(row.requestsPerSecond).padStart(6)} req/s   p50 ${row.latencyMs.p50} ms   p99 ${row.latencyMs.p99} ms   ${row.non2xx + row.errors ? `(${row.non2xx} non-2xx, ${row.errors} errors)` : ''}`,
      );
    }
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
      content: ARTICLES ? `${ARTICLES} synthetic articles` : 'the site’s content',
      serverReadyMs: readyMs,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      results,
    };
    mkdirSync(join('bench', 'results'), { recursive: true });
    writeFileSync(join('bench', 'results', 'search-http.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `Server ready in ${readyMs} ms; load average ${report.machine.loadAverage.join(' ')} on ${report.machine.cpus} CPUs.`,
    );
    console.log('Wrote bench/results/search-http.json');
    if (ARTICLES) console.log('The build now serves synthetic content: run `npm run build` to restore the site.');
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
