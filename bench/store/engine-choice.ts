/**
 * The embedded engine, measured before it was chosen (docs/decisions/010-content-store.md):
 * better-sqlite3 with FTS5 against PGlite (PostgreSQL compiled to WebAssembly)
 * with a weighted tsvector, on the same synthetic articles and the same
 * queries: load time, query latency and the process's memory.
 *
 * PGlite is not a dependency of the site; install it somewhere first:
 *   npm install --prefix /tmp/pglite @electric-sql/pglite@0.3.14
 *   BENCH_PGLITE_DIR=/tmp/pglite BENCH_ARTICLES=10000 npx tsx bench/store/engine-choice.ts
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { searchWords } from '../../lib/search/text';
import { generateArticles } from '../lib/synthetic-articles';
import { benchQueries } from '../search/queries';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const pgliteDir = process.env.BENCH_PGLITE_DIR ?? '/tmp/pglite';

type Result = { engine: string; loadMs: number; p50: number; p95: number; rssMB: number };

const articles = generateArticles(N, 3).map((a, i) => ({
  key: i + 1,
  title: searchWords(a.title),
  summary: searchWords(a.summary),
  body: searchWords(a.text),
}));
const queries = benchQueries()
  .map((q) => searchWords(q.q).split(' ').filter(Boolean))
  .filter((t) => t.length);

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}
const rss = () => process.memoryUsage().rss / 1024 / 1024;

function sqlite(): Result {
  const before = rss();
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(title, summary, body, content='', contentless_delete=1)`);
  const insert = db.prepare('INSERT INTO f (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
  let t = performance.now();
  db.transaction(() => articles.forEach((a) => insert.run(a.key, a.title, a.summary, a.body)))();
  const loadMs = performance.now() - t;
  const query = db.prepare(
    `SELECT id FROM (SELECT rowid id, bm25(f, 12, 4, 1) s FROM f WHERE f MATCH ? ORDER BY rowid DESC LIMIT 1000) ORDER BY s LIMIT 12`,
  );
  const times = queries.map((terms) => {
    t = performance.now();
    query.all(terms.map((w) => `"${w}"`).join(' AND '));
    return performance.now() - t;
  });
  return { engine: 'better-sqlite3 + FTS5', loadMs, ...stats(times), rssMB: rss() - before };
}

async function pglite(): Promise<Result | undefined> {
  let PGlite: new () => {
    exec(sql: string): Promise<unknown>;
    query(sql: string, params?: unknown[]): Promise<unknown>;
    close(): Promise<void>;
  };
  try {
    const require = createRequire(join(pgliteDir, 'package.json'));
    ({ PGlite } = (await import(require.resolve('@electric-sql/pglite'))) as { PGlite: typeof PGlite });
  } catch {
    console.warn(`PGlite not found under ${pgliteDir}: see the comment at the top of this file.`);
    return undefined;
  }
  const before = rss();
  const db = new PGlite();
  await db.exec(`CREATE TABLE f (key BIGINT PRIMARY KEY, vector TSVECTOR NOT NULL); CREATE INDEX ON f USING gin (vector);`);
  let t = performance.now();
  await db.exec('BEGIN');
  for (let i = 0; i < articles.length; i += 200) {
    const rows = articles.slice(i, i + 200);
    const params: unknown[] = [];
    const values = rows.map((a, j) => {
      params.push(a.key, a.title, a.summary, a.body);
      const p = j * 4;
      return `($${p + 1}, setweight(to_tsvector('simple', $${p + 2}), 'A') || setweight(to_tsvector('simple', $${p + 3}), 'C') || setweight(to_tsvector('simple', $${p + 4}), 'D'))`;
    });
    await db.query(`INSERT INTO f (key, vector) VALUES ${values.join(',')}`, params);
  }
  await db.exec('COMMIT');
  const loadMs = performance.now() - t;
  const times: number[] = [];
  for (const terms of queries) {
    t = performance.now();
    await db.query(
      `SELECT key FROM (SELECT key, vector FROM f WHERE vector @@ to_tsquery('simple', $1) ORDER BY key DESC LIMIT 1000) w
       ORDER BY ts_rank('{0.02,0.2,0.45,1.0}', vector, to_tsquery('simple', $1)) DESC LIMIT 12`,
      [terms.map((w) => `'${w}'`).join(' & ')],
    );
    times.push(performance.now() - t);
  }
  const result = { engine: 'PGlite + tsvector', loadMs, ...stats(times), rssMB: rss() - before };
  await db.close();
  return result;
}

const results = [sqlite(), await pglite()].filter((r): r is Result => !!r);
console.log(
  `Embedded engines, ${N.toLocaleString('en-GB')} synthetic articles, ${queries.length} queries (in one process, one run)`,
);
console.log('engine                   load        p50 query   p95 query   memory added');
for (const r of results)
  console.log(
    `${r.engine.padEnd(24)} ${(r.loadMs / 1000).toFixed(1).padStart(5)} s   ${r.p50.toFixed(2).padStart(7)} ms  ${r.p95.toFixed(2).padStart(7)} ms  ${r.rssMB.toFixed(0).padStart(6)} MB`,
  );
