/**
 * `npm run bench:search-flood`: does a flood of varied searches starve the
 * rest of the site? Against `next start` of the current build, a cached
 * article is measured with autocannon (50 connections) alone and while
 * another process sends 50 connections of searches, each one different
 * (bench/flood/client.ts). Alone and flooded alternate, BENCH_FLOOD_ROUNDS
 * times (3), and the medians are compared, so that other work on a shared
 * machine, which comes and goes, weighs on both alike.
 *
 * The target is that the article keeps at least half its requests per
 * second. It runs with the search admission as configured
 * (lib/search/admission.ts; SEARCH_MAX_IN_FLIGHT, default 2) and with it
 * effectively off (SEARCH_MAX_IN_FLIGHT=100000: the site before). Ports:
 * BENCH_PORT (3356) and the one after it.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { PAGE_TYPES } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3356);
const seconds = Number(process.env.BENCH_FLOOD_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_FLOOD_ROUNDS ?? 3);
const connections = 50;
const article = PAGE_TYPES.article;

type Load = { rps: number; p99: number };
type Flood = { rps: number; statuses: Record<string, number>; errors: number; timeouts: number };

async function measureArticle(url: string): Promise<Load> {
  const r = await autocannon({ url: `${url}${article}`, connections, duration: seconds });
  return { rps: r.requests.average, p99: r.latency.p99 };
}

/** Starts the flood; resolves once it is flooding, with a function that stops it and returns its figures. */
function startFlood(url: string): Promise<() => Promise<Flood>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/flood/client.ts', url, String(connections)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const finished = new Promise<Flood>((done, fail) =>
      child.on('exit', () => {
        try {
          done(JSON.parse(out.trim().split('\n').pop()!) as Flood);
        } catch {
          fail(new Error(`the flood client printed no figures: ${out}`));
        }
      }),
    );
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) {
        child.stdout.removeAllListeners('data');
        child.stdout.on('data', (more) => (out += more));
        // A second at full strength before the measurement starts.
        setTimeout(
          () =>
            resolve(() => {
              child.kill('SIGTERM');
              return finished;
            }),
          1000,
        );
      }
    });
    child.on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function run(label: string, env: Record<string, string>, serverPort: number) {
  const server = await startServer(serverPort, env);
  try {
    await autocannon({ url: `${server.url}${article}`, connections: 4, amount: 100 });
    await autocannon({ url: `${server.url}/search?q=climate`, connections: 2, amount: 20 });
    const alone: Load[] = [];
    const during: Load[] = [];
    const floods: Flood[] = [];
    for (let round = 0; round < rounds; round++) {
      alone.push(await measureArticle(server.url));
      const stop = await startFlood(server.url);
      during.push(await measureArticle(server.url));
      floods.push(await stop());
    }
    const sum = (code: string) => floods.reduce((n, f) => n + (f.statuses[code] ?? 0), 0);
    return {
      label,
      alone: median(alone.map((l) => l.rps)),
      during: median(during.map((l) => l.rps)),
      duringP99: median(during.map((l) => l.p99)),
      ratio: median(during.map((l) => l.rps)) / median(alone.map((l) => l.rps)),
      answered: sum('200'),
      refused: sum('503'),
      rounds: { alone, during, floods },
    };
  } finally {
    server.stop();
  }
}

const results = [
  await run(`admission on (SEARCH_MAX_IN_FLIGHT ${process.env.SEARCH_MAX_IN_FLIGHT ?? 'default, 2'})`, {}, port),
  await run('admission off (SEARCH_MAX_IN_FLIGHT=100000)', { SEARCH_MAX_IN_FLIGHT: '100000' }, port + 1),
];

const n = (x: number) => x.toFixed(0);
report(
  'search-flood',
  `A cached article during a flood of varied searches (autocannon, ${connections} + ${connections} connections, median of ${rounds} × ${seconds} s)`,
  [
    'server',
    'article alone req/s',
    'during the flood req/s',
    'kept',
    'article p99 during (ms)',
    'searches answered',
    'turned away (503)',
  ],
  results.map((r) => [
    r.label,
    n(r.alone),
    n(r.during),
    `${(r.ratio * 100).toFixed(0)}%`,
    n(r.duringP99),
    String(r.answered),
    String(r.refused),
  ]),
  { connections, seconds, rounds, results },
);
const guarded = results[0]!;
if (guarded.ratio < 0.5) {
  console.error(`Target missed: the article kept ${(guarded.ratio * 100).toFixed(0)}% of its requests per second (target 50%).`);
  process.exitCode = 1;
}
