/**
 * Publishing at scale, against the project that bench/build-scale.ts left
 * built (its last size; BENCH_SCALE_DIR as there):
 *
 * - first response of a fresh instance: from `next start` to the first answer
 *   for the home page and for an old article nobody has asked for;
 * - a new story: from the moment `content:publish` starts until the story is on
 *   its page, the home page, its section, the feed and search;
 * - a correction to it: the same, for its new headline;
 * - memory of the serving instance after a minute of mixed traffic.
 *
 *   BENCH_SCALE_SIZES=100000 npm run bench -- build-scale publish
 *   (or by hand: BENCH_KEEP_TMP=1 npx tsx bench/build-scale.ts && npx tsx bench/publish.ts)
 *
 * It removes the project when it is done, unless BENCH_KEEP_TMP is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { largestRssKB, treeRssKB } from './lib/proc';
import { report } from './lib/report';
import { startServer } from './lib/server';

const work = process.env.BENCH_SCALE_DIR ?? join(tmpdir(), 'lantern-build-scale');
const project = join(work, 'project');
const port = Number(process.env.BENCH_PUBLISH_PORT ?? 3353);
const LOAD_SECONDS = Number(process.env.BENCH_PUBLISH_LOAD_SECONDS ?? 60);

if (!existsSync(join(project, '.next', 'BUILD_ID'))) {
  console.error(`No built project at ${project}: run bench/build-scale.ts first.`);
  process.exit(1);
}

const articleCount = Number(
  execFileSync(
    'node',
    [
      '-e',
      "const D=require('better-sqlite3');console.log(new D('.data/lantern.sqlite',{readonly:true}).prepare('select count(*) n from articles').get().n)",
    ],
    {
      cwd: project,
      encoding: 'utf8',
    },
  ).trim(),
);
const oldest = execFileSync(
  'node',
  [
    '-e',
    "const D=require('better-sqlite3');console.log(new D('.data/lantern.sqlite',{readonly:true}).prepare('select path from articles order by published_at limit 1').get().path)",
  ],
  { cwd: project, encoding: 'utf8' },
).trim();

/**
 * Runs content:publish; prints its own account of where the time went (scan,
 * check, type, apply, notify) and returns it with the wall time of the process.
 */
function publishNow(label: string): { ms: number; phases: string } {
  const started = performance.now();
  const out = execFileSync('node', ['node_modules/.bin/tsx', 'scripts/content-publish.ts'], { cwd: project, encoding: 'utf8' });
  const ms = performance.now() - started;
  const summary = out.split('\n').find((l) => l.startsWith('Published'));
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s as a process; ${summary ?? out.trim()}`);
  // "(scan 901 ms, check 469 ms, …)" → "scan 0.9, check 0.5, …" (seconds)
  const phases = (/\(([^)]*)\)\.?$/.exec(summary ?? '')?.[1] ?? '').replace(/(\d+) ms/g, (_, n: string) =>
    (Number(n) / 1000).toFixed(1),
  );
  return { ms, phases };
}

async function visibleEverywhere(url: string, path: string, text: string, word: string): Promise<boolean> {
  const places = [path, '/', '/world', '/feed.xml', `/search?q=${word}`];
  const bodies = await Promise.all(
    places.map((p) =>
      fetch(`${url}${p}`).then(
        (r) => r.text(),
        () => '',
      ),
    ),
  );
  return bodies.every((b) => b.includes(text));
}

async function untilVisible(url: string, path: string, text: string, word: string, started: number, limitMs = 60_000) {
  while (performance.now() - started < limitMs) {
    if (await visibleEverywhere(url, path, text, word)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Number.NaN;
}

function story(title: string, word: string): string {
  const date = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `---\ntitle: "${title}"\nsummary: "A story the publishing benchmark writes, checks and removes."\ndate: ${date}\ncategory: world\nauthor: amara-okafor\n---\n\nThe benchmark publishes this story into an archive of ${articleCount} others and times how long it takes to reach its page, the home page, its section, the feed and search. The word ${word} lets search find it and nothing else. It then corrects the headline and times that too, and removes the story when it is done.\n`;
}

async function main() {
  // 1. A fresh instance: nothing cached for the old article, the store opened on first use.
  const spawned = performance.now();
  const server = await startServer(port, { SITE_URL: 'http://localhost:3000' }, project);
  const homeMs = performance.now() - spawned;
  let t = performance.now();
  const oldRes = await fetch(`${server.url}${oldest}`);
  await oldRes.text();
  const oldMs = performance.now() - t;

  const slug = `bench-publish-${Date.now().toString(36)}`;
  const file = join(project, 'content', 'articles', `${slug}.md`);
  const word = `benchword${Date.now().toString(36)}`;
  try {
    // 2. A new story.
    writeFileSync(file, story(`Benchmark story ${slug}`, word));
    t = performance.now();
    const { ms: publishMs, phases: publishPhases } = publishNow('new story');
    const newMs = await untilVisible(server.url, `/world/${slug}`, `Benchmark story ${slug}`, word, t);

    // 3. A correction.
    writeFileSync(file, story(`Corrected benchmark story ${slug}`, word));
    t = performance.now();
    const { ms: correctionPublishMs, phases: correctionPhases } = publishNow('correction');
    const correctionMs = await untilVisible(server.url, `/world/${slug}`, `Corrected benchmark story ${slug}`, word, t);

    // 4. Memory after mixed traffic.
    const paths = ['/', '/world', '/life', oldest, `/world/${slug}`, '/search?q=climate', '/search?q=minister', '/feed.xml'];
    await autocannon({
      url: server.url,
      connections: 20,
      duration: LOAD_SECONDS,
      requests: paths.map((p) => ({ method: 'GET', path: p })),
    });
    const rssMB = treeRssKB(server.child.pid!) / 1024;
    const serverRssMB = largestRssKB(server.child.pid!) / 1024;

    report(
      'publish',
      `Publishing and serving at ${articleCount.toLocaleString('en-GB')} articles`,
      [
        'articles',
        'fresh instance: home / old article',
        'new story live (publish)',
        'correction live (publish)',
        `RSS after ${LOAD_SECONDS} s of traffic: server / with its launchers`,
      ],
      [
        [
          articleCount.toLocaleString('en-GB'),
          `${(homeMs / 1000).toFixed(1)} s / ${(oldMs / 1000).toFixed(2)} s`,
          `${(newMs / 1000).toFixed(1)} s (${(publishMs / 1000).toFixed(1)} s: ${publishPhases})`,
          `${(correctionMs / 1000).toFixed(1)} s (${(correctionPublishMs / 1000).toFixed(1)} s: ${correctionPhases})`,
          `${serverRssMB.toFixed(0)} MB / ${rssMB.toFixed(0)} MB`,
        ],
      ],
      {
        articles: articleCount,
        homeMs,
        oldMs,
        publishMs,
        publishPhases,
        newMs,
        correctionPublishMs,
        correctionPhases,
        correctionMs,
        rssMB,
        serverRssMB,
        oldest,
      },
    );
  } finally {
    rmSync(file, { force: true });
    try {
      publishNow('removal');
    } catch {
      /* leave the project as it is */
    }
    server.stop();
    if (!process.env.BENCH_KEEP_TMP) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
