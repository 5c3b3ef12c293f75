import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, syntheticCategories, writeMarkdownFiles } from '../bench/lib/synthetic-articles';
import { loadSourceFiles } from '@/lib/content/validation/load';
import { validateContent } from '@/lib/content/validation/validate';

describe('synthetic articles for benchmarks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are deterministic for a seed, newest first, with unique slugs', () => {
    const a = generateArticles(200, 7);
    expect(generateArticles(200, 7)).toEqual(a);
    expect(generateArticles(200, 8)[0]).not.toEqual(a[0]);
    expect(new Set(a.map((x) => x.slug)).size).toBe(200);
    expect(a.map((x) => x.date)).toEqual([...a.map((x) => x.date)].sort().reverse());
    expect(new Set(a.map((x) => x.category))).toEqual(new Set(syntheticCategories.map((c) => c.slug)));
    for (const x of a) {
      expect(x.path).toBe(`/${x.category}/${x.slug}`);
      expect(x.wordCount).toBeGreaterThan(100);
      expect(x.text).not.toMatch(/<|&amp;/);
    }
  });

  it('write content files that pass the content check', async () => {
    writeMarkdownFiles(dir, generateArticles(60, 3));
    const files = loadSourceFiles(dir, dir);
    expect(files.filter((f) => f.kind === 'article')).toHaveLength(60);
    const problems = await validateContent(files, { publicFileExists: () => false });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
