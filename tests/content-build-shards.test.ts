import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { articleIndexFiles } from '@/lib/content/source';

// A throwaway copy of what the content build needs, so this test never
// touches the project's own .contentlayer while other tests read it.
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'lantern-shards-'));
for (const path of ['contentlayer.config.ts', 'lib', 'scripts', 'content', 'public', 'package.json', 'tsconfig.json']) {
  cpSync(join(root, path), join(work, path), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Doc = { _id: string };
/** Every article document the build wrote, from its one index or from each shard's (as the store loader reads them). */
const index = () =>
  articleIndexFiles(join(work, '.contentlayer/generated'))
    .flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Doc[])
    .sort((a, b) => a._id.localeCompare(b._id));

function build(env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['scripts/content-build.mjs'], {
    cwd: work,
    env: { ...process.env, PWD: work, CONTENT_DIR: 'content', ...env },
    encoding: 'utf8',
  });
}

describe('the content build in shards', () => {
  it('writes the same article index as one run, article for article', { timeout: 120_000 }, () => {
    build();
    const whole = index();
    expect(whole.length).toBeGreaterThan(20);

    const log = build({ CONTENT_SHARD_SIZE: '10' });
    expect(log).toMatch(new RegExp(`${whole.length} articles in 3 shards`));
    expect(readdirSync(join(work, '.contentlayer/shards')).sort()).toEqual(['0', '1', '2']);
    expect(index()).toEqual(whole);
    // Authors, categories, live coverage and the generated types come along from
    // a shard; the articles stay in the shards, listed instead of joined.
    expect(readdirSync(join(work, '.contentlayer/generated')).sort()).toEqual([
      'Article',
      'Author',
      'Category',
      'LiveEntry',
      'LiveStory',
      'index.d.ts',
      'index.mjs',
      'types.d.ts',
    ]);
    expect(articleIndexFiles(join(work, '.contentlayer/generated'))).toHaveLength(3);
    // The shards' folders of links are made in memory where Linux has it (decision
    // 070), not on the project's disk, and are gone once the shards are built.
    if (existsSync('/dev/shm')) {
      for (const shard of ['0', '1', '2']) expect(existsSync(join(work, '.contentlayer/shards', shard, 'content'))).toBe(false);
      const links = `lantern-content-${createHash('sha1').update(work).digest('hex').slice(0, 12)}`;
      expect(readdirSync('/dev/shm')).not.toContain(links);
    }

    // Below the shard size again, the build runs in one piece and drops the shards.
    build();
    expect(index()).toEqual(whole);
    expect(readdirSync(join(work, '.contentlayer'))).not.toContain('shards');
    expect(articleIndexFiles(join(work, '.contentlayer/generated'))).toEqual([
      join(work, '.contentlayer/generated/Article/_index.json'),
    ]);
  });

  const load = (store: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-load.ts', ...args], {
      cwd: work,
      env: { ...process.env, PWD: work, CONTENT_DIR: 'content', DATABASE_URL: `file:${join(work, store)}`, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  /** What a reader can reach of a store: every file with its hash, every story, and the search index. */
  const contents = (store: string) => {
    const db = new Database(join(work, store), { readonly: true });
    try {
      return {
        files: db.prepare('SELECT path, hash, kind FROM content_files ORDER BY path').all(),
        stories: db.prepare('SELECT path, published_at, modified_at, doc, search_key FROM articles ORDER BY path').all(),
        authors: db.prepare('SELECT slug FROM authors ORDER BY slug').all(),
        tags: db.prepare('SELECT count(*) AS n FROM article_tags').get(),
        search: db.prepare("SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH 'the'").get(),
      };
    } finally {
      db.close();
    }
  };
  const articlesDir = join(work, 'content/articles');
  /**
   * A file contentlayer refuses (a field no schema has), named so that it
   * falls in the last of `shards` shards: every shard before it is typed
   * and loaded first (with one shard at a time) before its own fails.
   */
  function writeRefusedFile(shards: number): string {
    let name = '';
    for (let i = 0; !name; i++) {
      const candidate = `zz-refused-${i}.md`;
      if (createHash('sha1').update(candidate).digest().readUInt32BE(0) % shards === shards - 1) name = candidate;
    }
    const good = readFileSync(join(articlesDir, readdirSync(articlesDir).sort()[0]!), 'utf8');
    writeFileSync(join(articlesDir, name), good.replace(/^---\n/, '---\nunknownField: 1\n'));
    return join(articlesDir, name);
  }
  const oneShardAtATime = { CONTENT_SHARD_SIZE: '10', CONTENT_BUILD_JOBS: '1' };

  it(
    'content:load --build loads the shards as they are typed into the store one run would make, and leaves the store alone when a shard fails',
    { timeout: 180_000 },
    () => {
      build();
      load('whole.sqlite', []);
      const whole = contents('whole.sqlite');
      expect(whole.stories.length).toBeGreaterThan(20);

      const log = load('sharded.sqlite', ['--build'], { CONTENT_SHARD_SIZE: '10' });
      expect(log).toMatch(/articles in 3 shards/);
      expect(log).toMatch(new RegExp(`${whole.stories.length} articles loaded`));
      expect(contents('sharded.sqlite')).toEqual(whole);

      // The last shard fails after the first two were loaded: they are rolled back with the rest.
      const bad = writeRefusedFile(Math.ceil((whole.stories.length + 1) / 10));
      try {
        expect(() => load('sharded.sqlite', ['--build'], oneShardAtATime)).toThrow(/content build failed/);
        expect(contents('sharded.sqlite')).toEqual(whole);

        // A store of another schema version is dropped and made again; the
        // build runs to its end first, so a failed one drops nothing.
        const stale = new Database(join(work, 'sharded.sqlite'));
        stale.prepare("UPDATE meta SET value = 'old' WHERE key = 'schema_version'").run();
        stale.close();
        expect(() => load('sharded.sqlite', ['--build'], oneShardAtATime)).toThrow(/content build failed/);
        expect(contents('sharded.sqlite')).toEqual(whole);
      } finally {
        rmSync(bad);
      }
      // Once the file is fixed, the stale store is made again and loaded.
      load('sharded.sqlite', ['--build'], oneShardAtATime);
      expect(contents('sharded.sqlite')).toEqual(whole);
    },
  );

  it('a content build whose load is killed stops its shards and removes their links', { timeout: 120_000 }, async () => {
    const shardsDir = join(work, '.contentlayer/shards');
    rmSync(shardsDir, { recursive: true, force: true });
    const loader = spawn(process.execPath, ['--import', 'tsx', 'scripts/content-load.ts', '--build'], {
      cwd: work,
      env: {
        ...process.env,
        PWD: work,
        CONTENT_DIR: 'content',
        DATABASE_URL: `file:${join(work, 'killed.sqlite')}`,
        ...oneShardAtATime,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Killed (SIGKILL: nothing of it runs again) once the first shard is typed.
    await new Promise<void>((resolve, reject) => {
      loader.stdout.on('data', (chunk: Buffer) => {
        if (/Generated \d+ documents/.test(chunk.toString())) resolve();
      });
      loader.on('exit', () => reject(new Error('the load ended before a shard was typed')));
    });
    loader.kill('SIGKILL');
    const buildProcesses = () =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(work, 'scripts/content-build.mjs'));
          } catch {
            return false;
          }
        });
    for (let tries = 0; buildProcesses().length && tries < 300; tries++) await new Promise((r) => setTimeout(r, 100));
    expect(buildProcesses()).toEqual([]);
    // Stopped, not run to its end: the last of the 3 shards was never typed.
    expect(existsSync(join(shardsDir, '0/.contentlayer/generated/Article/_index.json'))).toBe(true);
    expect(existsSync(join(shardsDir, '2/.contentlayer/generated'))).toBe(false);
    if (existsSync('/dev/shm')) {
      const links = `lantern-content-${createHash('sha1').update(work).digest('hex').slice(0, 12)}`;
      expect(readdirSync('/dev/shm')).not.toContain(links);
    }
  });
});
