/**
 * A live story with 2,000 entries (BENCH_LIVE_ENTRIES): how long the server
 * takes to render its first page, against `next start` over HTTP, each time
 * after the page's cache tag was revalidated (as a publish does), so every
 * measured request renders; plus the view model alone in process, the oldest
 * page, the JSON that open tabs poll, and a permalink's redirect.
 *
 * It works on a copy of the built store (.data/lantern.sqlite, from
 * `npm run build`) with the synthetic story added, in bench/.tmp/, and serves
 * the existing build from it (DATABASE_URL), so content/ is never touched.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createRepository } from '@/lib/content/repository';
import { renderMarkdownSync } from '@/lib/content/markdown';
import { ensureSchema, openStore } from '@/lib/content/store/open';
import type { ContentDocument } from '@/lib/content/store/documents';
import { applyChange } from '@/lib/content/store/write';
import { markdownToText } from '@/lib/content/text';
import type { LiveEntry, LiveStory } from '@/lib/content/types';
import { livePage } from '@/lib/pages/live';
import { routes } from '@/lib/routes';
import { PAGE_TYPES } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3355);
const ENTRIES = Number(process.env.BENCH_LIVE_ENTRIES ?? 2000);
const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 20);
const SLUG = 'bench-live';
const ARTICLE = PAGE_TYPES.article;

const work = join(process.cwd(), 'bench/.tmp/live-page');
const file = join(work, 'store.sqlite');

/** Seeded pseudo-random numbers, so every run measures the same story. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const WORDS =
  'storm coast harbour council road ferry tide warning power line crews residents shelter rain wind gust surge wall port mayor police river bridge school bus island village evening morning update officials forecast flood'.split(
    ' ',
  );

function synthetic(authors: string[], category: string): { story: LiveStory; entries: LiveEntry[] } {
  const rand = random(7);
  const start = Date.parse('2026-11-20T00:00:00Z');
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const entries = Array.from({ length: ENTRIES }, (_, i): LiveEntry => {
    const id = `e${String(i).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' '),
    );
    if (i % 7 === 0) paragraphs.push(`- ${sentence()}\n- ${sentence()}\n- ${sentence()}`);
    if (i % 5 === 0) paragraphs.push(`More on [the coast road](/${category}) and **the evening tide**.`);
    const markdown = paragraphs.join('\n\n');
    const title = i % 3 === 0 ? sentence().slice(0, 70) : undefined;
    return {
      id,
      story: SLUG,
      date: new Date(start + (i + 1) * 60_000).toISOString(),
      author: authors[i % authors.length]!,
      ...(title ? { title } : {}),
      key: i % 50 === 0 && !!title,
      pinned: i === 10,
      markdown,
      html: renderMarkdownSync(markdown),
      text: markdownToText(markdown),
      path: routes.live.entry(SLUG, id),
      sourcePath: `content/live/${SLUG}/entries/${id}.md`,
    };
  });
  const story: LiveStory = {
    title: `A live story of ${ENTRIES} entries`,
    summary: 'Synthetic live coverage for the benchmark.',
    date: new Date(start).toISOString(),
    category,
    authors: [authors[0]!],
    genre: 'news',
    aliases: [],
    tags: ['Storms'],
    slug: SLUG,
    modified: new Date(start).toISOString(),
    draft: false,
    corrections: [],
    markdown: 'Synthetic introduction.',
    text: 'Synthetic introduction.',
    wordCount: 2,
    readingMinutes: 1,
    path: routes.live.story(SLUG),
    sourcePath: `content/live/${SLUG}/index.md`,
    live: { status: 'live', entries: 0 },
  };
  return { story, entries };
}

const ms = (t: number) => Math.round(t * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

// 1. A copy of the built store, with the story added as a publish would add it.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const built = new Database(join(process.cwd(), '.data/lantern.sqlite'), { readonly: true, fileMustExist: true });
await built.backup(file);
built.close();
const store = await openStore({ dialect: 'sqlite', file });
await ensureSchema(store);
const repo = createRepository(store);
const authors = (await repo.authors()).map((a) => a.slug);
const category = (await repo.categories())[0]!.slug;
const { story, entries } = synthetic(authors, category);
let t = performance.now();
const docs: ContentDocument[] = [
  { kind: 'live', file: story.sourcePath, hash: 'bench', value: story },
  ...entries.map((value): ContentDocument => ({ kind: 'liveEntry', file: value.sourcePath, hash: value.id, value })),
];
await applyChange(store, { upsert: docs, remove: [] });
const loadMs = performance.now() - t;

// 2. The view model alone, in process.
const now = new Date();
const inProcess: number[] = [];
for (let i = 0; i < 30; i++) {
  t = performance.now();
  await livePage(repo, SLUG, undefined, { now });
  inProcess.push(performance.now() - t);
}
const lastPage = String(Math.ceil(ENTRIES / 20));
const oldest: number[] = [];
for (let i = 0; i < 10; i++) {
  t = performance.now();
  await livePage(repo, SLUG, lastPage, { now });
  oldest.push(performance.now() - t);
}
await store.close();

// 3. Over HTTP, against the production build serving that store.
const secret = randomBytes(24).toString('base64url');
const server = await startServer(port, { DATABASE_URL: `file:${file}`, LANTERN_SECRET: secret });
const http: number[] = [];
const httpOldest: number[] = [];
const httpArticle: number[] = [];
const json: number[] = [];
const permalink: number[] = [];
let bytes = 0;
const cacheStates = new Set<string>();
try {
  const revalidate = (path = story.path) =>
    fetch(`${server.url}${routes.api.revalidate}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags: [`article:${path}`] }),
    }).then((r) => {
      if (!r.ok) throw new Error(`revalidate: HTTP ${r.status}`);
    });
  const timed = async (path: string, init?: RequestInit) => {
    const start = performance.now();
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
    const body = await res.text();
    const elapsed = performance.now() - start;
    if (res.status >= 400) throw new Error(`${path}: HTTP ${res.status}`);
    return { elapsed, body, cache: res.headers.get('x-nextjs-cache') ?? 'none' };
  };
  // Warm-up: the first render of the route in this process compiles and loads modules.
  await timed(story.path);
  await timed(routes.live.story(SLUG, { page: Number(lastPage) }));
  await timed(ARTICLE);
  for (let i = 0; i < ROUNDS; i++) {
    await revalidate();
    const first = await timed(story.path);
    http.push(first.elapsed);
    bytes = first.body.length;
    cacheStates.add(first.cache);
    await revalidate();
    httpOldest.push((await timed(routes.live.story(SLUG, { page: Number(lastPage) }))).elapsed);
    // The yardstick, in the same run on the same machine: an ordinary article page.
    await revalidate(ARTICLE);
    httpArticle.push((await timed(ARTICLE)).elapsed);
  }
  for (let i = 0; i < 30; i++) json.push((await timed(routes.live.updates(SLUG))).elapsed);
  for (let i = 0; i < 30; i++) permalink.push((await timed(routes.live.entry(SLUG, 'e00000'))).elapsed);
} finally {
  server.stop();
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

const row = (what: string, xs: number[], note: string) => [what, ms(median(xs)), ms(p95(xs)), xs.length, note];
report(
  'live-page',
  `Live page with ${ENTRIES.toLocaleString('en')} entries (ms)`,
  ['what', 'median', 'p95', 'runs', 'how'],
  [
    row(
      'first page, rendered (HTTP)',
      http,
      `next start, after revalidating its tag each time (x-nextjs-cache: ${[...cacheStates].join('/')}); ${Math.round(bytes / 1024)} KB of HTML`,
    ),
    row(`oldest page (${lastPage}), rendered (HTTP)`, httpOldest, 'the same, for the last page'),
    row('an article page, rendered (HTTP)', httpArticle, `the yardstick: ${ARTICLE}, the same way, in the same run`),
    row('first page view model (in process)', inProcess, 'livePage(): the store queries and entry views, no React'),
    row(`oldest page view model (in process)`, oldest, 'the same, for the last page'),
    row('updates.json (HTTP)', json, 'what open tabs poll: the newest 20 entries, read from the store each time'),
    row('permalink of the oldest entry (HTTP)', permalink, 'the 307 to the page that holds it'),
  ],
  { entries: ENTRIES, loadMs, http, httpOldest, httpArticle, inProcess, oldest, json, permalink, bytes },
);
console.log(`Loading ${ENTRIES} entries into the store (one publish) took ${Math.round(loadMs)} ms.`);
