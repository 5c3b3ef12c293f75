import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, writeMarkdownFiles } from '@/bench/lib/scale-content';
import { extraPageNumbers, prerenderedTags } from '@/lib/content/listings';
import { tagSummaries } from '@/lib/content/queries';
import { loadSourceFiles } from '@/lib/content/validation/load';
import { hasErrors, validateContent } from '@/lib/content/validation/validate';
import { site } from '@/lib/site';
import { makeArticle } from './helpers/factory';

describe('prerendering a large archive', () => {
  it('prerenders only the most used tags', () => {
    const articles = [
      makeArticle({ slug: 'a', tags: ['Rare', 'Common', 'Middle'] }),
      makeArticle({ slug: 'b', tags: ['Common', 'Middle'] }),
      makeArticle({ slug: 'c', tags: ['Common'] }),
    ];
    expect(prerenderedTags(tagSummaries(articles), 2).map((t) => t.slug)).toEqual(['common', 'middle']);
  });

  it('prerenders at most the first five pages of a long listing', () => {
    expect(extraPageNumbers(site.pageSize * 1000)).toEqual(['2', '3', '4', '5']);
    expect(extraPageNumbers(site.pageSize + 1)).toEqual(['2']);
    expect(extraPageNumbers(site.pageSize)).toEqual([]);
  });
});

describe('synthetic archive for the build-scale benchmark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the same for the same seed and differs for another', () => {
    expect(generateArticles(5, 3)).toEqual(generateArticles(5, 3));
    expect(generateArticles(5, 4)).not.toEqual(generateArticles(5, 3));
  });

  it('passes the content checks, so the benchmark builds what editors could publish', async () => {
    const articles = generateArticles(60, 7);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(60);
    writeMarkdownFiles(dir, articles);
    const files = loadSourceFiles(dir, dir);
    expect(files.filter((f) => f.kind === 'article')).toHaveLength(60);
    const problems = await validateContent(files, { publicFileExists: () => true });
    expect(hasErrors(problems), JSON.stringify(problems.slice(0, 3))).toBe(false);
  });
});
