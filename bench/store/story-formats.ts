/**
 * What shared bylines and aliases cost the store (docs/decisions/044, 046):
 * loading an archive whose stories have one author and no alias against the
 * same archive with a co-author on every third story and an old address on
 * every other one, and the article route's not-found path, which now asks for
 * an alias before answering 404. SQLite in memory by default; a PostgreSQL
 * server with BENCH_DATABASE_URL (its tables are dropped first).
 *
 *   npx tsx bench/store/story-formats.ts            # BENCH_ARTICLES=10000
 */
import { sql } from 'kysely';
import { createRepository } from '../../lib/content/repository';
import { ensureSchema, openStore, type Store } from '../../lib/content/store/open';
import type { ContentDocument } from '../../lib/content/store/documents';
import { loadDocuments } from '../../lib/content/store/load';
import type { Article } from '../../lib/content/types';
import { generateArticles, syntheticAuthors, syntheticCategories } from '../lib/synthetic-articles';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const LOOKUPS = 2_000;
const url = process.env.BENCH_DATABASE_URL;

async function open(): Promise<Store> {
  const store = url ? await openStore({ dialect: 'postgres', url }) : await openStore({ dialect: 'sqlite', file: ':memory:' });
  if (url) await sql`DROP SCHEMA public CASCADE; CREATE SCHEMA public`.execute(store.db);
  await ensureSchema(store);
  return store;
}

function documents(articles: Article[]): ContentDocument[] {
  return [
    ...syntheticCategories.map((value): ContentDocument => ({ kind: 'category', file: `c/${value.slug}`, hash: '', value })),
    ...syntheticAuthors.map((value): ContentDocument => ({ kind: 'author', file: `a/${value.slug}`, hash: '', value })),
    ...articles.map((value): ContentDocument => ({ kind: 'article', file: value.sourcePath, hash: '', value })),
  ];
}

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))]!.toFixed(3);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}

const plain = generateArticles(N, 7);
const formats = plain.map((a, i) => ({
  ...a,
  authors: i % 3 === 0 ? [...new Set([a.authors[0]!, syntheticAuthors[i % syntheticAuthors.length]!.slug])] : a.authors,
  aliases: i % 2 === 0 ? [`/old-${a.category}/${a.slug}`] : [],
}));
const now = new Date(Date.parse(plain[0]!.date) + 1000);

console.log(`${N} synthetic articles, ${url ? 'PostgreSQL' : 'SQLite in memory'}`);
for (const [name, articles] of [
  ['one author, no alias', plain],
  ['co-authors on 1/3, aliases on 1/2', formats],
] as const) {
  const store = await open();
  const t = performance.now();
  await loadDocuments(store, [documents(articles)]);
  console.log(`load, ${name}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  if (articles === formats) {
    const repo = createRepository(store);
    const paths = Array.from({ length: LOOKUPS }, (_, i) => formats[(i * 7919) % N]!);
    const time = async (f: (a: Article) => Promise<unknown>) => {
      const times: number[] = [];
      for (const a of paths) {
        const t0 = performance.now();
        await f(a);
        times.push(performance.now() - t0);
      }
      return stats(times);
    };
    console.log(`unknown path, story lookup (before): ${await time((a) => repo.article('nowhere', a.slug, now))}`);
    console.log(`unknown path, alias lookup (added):  ${await time((a) => repo.renamedTo(`/nowhere/${a.slug}`, now))}`);
    console.log(
      `old path, alias lookup (redirect):    ${await time((a) => repo.renamedTo(`/old-${a.category}/${a.slug}`, now))}`,
    );
  }
  await store.close();
}
