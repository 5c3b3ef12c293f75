import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
