/**
 * Build scale: generates synthetic archives (1,000 and 10,000 articles by
 * default; BENCH_SCALE_SIZES=1000,10000,100000 for more) into a throwaway copy
 * of the project in a temporary folder, then times content check, content
 * build, loading the store and `next build` with peak RSS of each whole
 * process tree. Afterwards it asks the built site for an article older than
 * the prerender limit twice: the first answer renders on demand, the second
 * comes from the cache. The last size's project stays built, for
 * bench/publish.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { measure, type Measured } from './lib/proc';
import { report, resultsDir } from './lib/report';
import { generateArticles, writeMarkdownFiles } from './lib/synthetic-articles';
import { startServer } from './lib/server';

const root = process.cwd();
// Outside the repository: inside it, Next would see the repository's own
// lockfile above the copy's and take the repository as the workspace root.
const work = process.env.BENCH_SCALE_DIR ?? join(tmpdir(), 'lantern-build-scale');
const project = join(work, 'project');
const sizes = (process.env.BENCH_SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const prerenderLimit = process.env.PRERENDER_LIMIT ?? '1000';
const port = Number(process.env.BENCH_SCALE_PORT ?? 3352);

/** A copy of the project without its content; node_modules hard-linked (fast, and no symlink for Turbopack to refuse). */
function prepareProject() {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('content/'));
  for (const f of files) {
    if (!existsSync(join(root, f))) continue;
    mkdirSync(dirname(join(project, f)), { recursive: true });
    cpSync(join(root, f), join(project, f));
  }
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(project, 'node_modules')]);
}

const mb = (bytes: number) => bytes / 1024 / 1024;

type SizeResult = {
  articles: number;
  measuredAt?: string;
  heapMB?: number | null;
  prerenderLimit: number;
  phases: Record<string, { wallSeconds: number; peakRssMB: number }>;
  warmContentBuild: { wallSeconds: number; peakRssMB: number };
  totalSeconds: number;
  peakRssMB: number;
  staticPages: number | null;
  storeMB: number;
  onDemand: { path: string; first: string | null; second: string | null; firstMs: number; secondMs: number } | null;
};

async function checkOnDemand(path: string): Promise<SizeResult['onDemand']> {
  const server = await startServer(port, { SITE_URL: 'http://localhost:3000' }, project);
  try {
    const hit = async () => {
      const t = performance.now();
      const res = await fetch(`${server.url}${path}`);
      await res.text();
      return { cache: res.headers.get('x-nextjs-cache'), ms: performance.now() - t, status: res.status };
    };
    const first = await hit();
    const second = await hit();
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    return { path, first: first.cache, second: second.cache, firstMs: first.ms, secondMs: second.ms };
  } finally {
    server.stop();
  }
}

/**
 * A newsroom's archive is a git repository, and `content:publish` asks git's
 * index what changed (decision 018), so the project commits its content as a
 * newsroom's would have. Not part of any timed phase.
 */
function commitContent(): void {
  const started = performance.now();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: project,
      stdio: 'ignore',
    });
  if (!existsSync(join(project, '.git'))) git('init', '-q');
  git('add', '-A', 'content');
  git('commit', '-q', '--no-verify', '-m', 'Synthetic archive');
  process.stderr.write(`  content committed to git in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

async function runSize(n: number): Promise<SizeResult> {
  // The project's own content folder: the copy has no other, and publishing
  // (bench/publish.ts) reads content/.
  const contentDir = join(project, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  for (const d of ['.next', '.contentlayer', '.data']) rmSync(join(project, d), { recursive: true, force: true });
  const articles = generateArticles(n, 7);
  writeMarkdownFiles(contentDir, articles);
  commitContent();
  // Node's own heap limit, as `npm run build` runs on a fresh machine: the
  // sharded content build no longer needs a larger one (decision 070).
  const env: Record<string, string> = {
    PRERENDER_LIMIT: prerenderLimit,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // The steps of `npm run build` (package.json), each measured on its own.
  const steps: [string, string, string[]][] = [
    ['content check', 'node', ['node_modules/.bin/tsx', 'scripts/content-check.ts']],
    ['content build and load', 'node', ['node_modules/.bin/tsx', 'scripts/content-load.ts', '--build']],
    ['next build', 'node', ['node_modules/.bin/next', 'build']],
  ];
  const phases: SizeResult['phases'] = {};
  const outputs: Record<string, Measured> = {};
  for (const [name, cmd, args] of steps) {
    process.stderr.write(`  ${n} articles: ${name}…\n`);
    const m = await measure(cmd, args, { cwd: project, env });
    if (m.code !== 0) throw new Error(`${name} failed for ${n} articles:\n${m.output.slice(-3000)}`);
    phases[name] = { wallSeconds: m.wallSeconds, peakRssMB: m.peakRssMB };
    outputs[name] = m;
  }
  // What a CI that keeps .contentlayer/.cache between runs pays: documents
  // whose source did not change are not processed again.
  const warm = await measure('node', ['scripts/content-build.mjs'], { cwd: project, env });
  const build = outputs['next build'];
  const pages = /Generating static pages[^\n]*\((\d+)\/(\d+)\)/.exec(build!.output);
  // The oldest article is far past the prerender limit at any benchmark size.
  const oldest = articles[articles.length - 1]!;
  const onDemand = n > Number(prerenderLimit) ? await checkOnDemand(`/${oldest.category}/${oldest.slug}`) : null;
  const values = Object.values(phases);
  return {
    measuredAt: new Date().toISOString(),
    heapMB: null,
    warmContentBuild: { wallSeconds: warm.wallSeconds, peakRssMB: warm.peakRssMB },
    articles: n,
    prerenderLimit: Number(prerenderLimit),
    phases,
    totalSeconds: values.reduce((s, p) => s + p.wallSeconds, 0),
    peakRssMB: Math.max(...values.map((p) => p.peakRssMB)),
    staticPages: pages ? Number(pages[2]) : null,
    storeMB: mb(statSync(join(project, '.data/lantern.sqlite')).size),
    onDemand,
  };
}

async function main() {
  prepareProject();
  // Sizes measured in earlier runs stay in the table (a 50,000-article run
  // is usually done on its own), replaced when measured again.
  const previous = join(resultsDir, 'build-scale.json');
  const kept: SizeResult[] = existsSync(previous)
    ? (JSON.parse(readFileSync(previous, 'utf8')) as { results: SizeResult[] }).results.filter((r) => !sizes.includes(r.articles))
    : [];
  const measured: SizeResult[] = [];
  for (const n of sizes) measured.push(await runSize(n));
  const results = [...kept, ...measured].sort((a, b) => a.articles - b.articles);
  // Older results may have other steps (the content build and load were two before decision 071).
  const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.phases)))];
  report(
    'build-scale',
    'Build scale (wall s / peak RSS MB of the process tree)',
    ['articles', ...phaseNames, 'total s', 'peak MB', 'pages', 'store MB', 'content build, warm cache', 'old article 1st/2nd'],
    results.map((r) => [
      `${r.articles}${r.heapMB ? `, heap ${r.heapMB} MB` : ''}${r.measuredAt ? ` (${r.measuredAt.slice(0, 16)}Z)` : ''}`,
      ...phaseNames.map((p) => {
        const phase = r.phases[p];
        return phase ? `${phase.wallSeconds.toFixed(1)} s / ${phase.peakRssMB.toFixed(0)}` : '–';
      }),
      r.totalSeconds.toFixed(1),
      r.peakRssMB.toFixed(0),
      r.staticPages ?? '?',
      (r.storeMB ?? 0).toFixed(1),
      `${r.warmContentBuild.wallSeconds.toFixed(1)} s`,
      r.onDemand
        ? `${r.onDemand.first} ${r.onDemand.firstMs.toFixed(0)} ms / ${r.onDemand.second} ${r.onDemand.secondMs.toFixed(0)} ms`
        : 'n/a',
    ]),
    { prerenderLimit: Number(prerenderLimit), results },
  );
  if (!process.env.BENCH_KEEP_TMP) rmSync(work, { recursive: true, force: true });
}

await main();
