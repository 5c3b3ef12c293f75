import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceFiles, publicFileChecker } from '@/lib/content/validation/load';
import type { Problem } from '@/lib/content/validation/problem';
import { hasErrors, validateContent } from '@/lib/content/validation/validate';

const root = process.cwd();
const fixtures = join(root, 'tests/fixtures/content');
const NOW = new Date('2026-11-25T12:00:00Z');

async function check(fixture: string): Promise<Problem[]> {
  const dir = join(fixtures, fixture);
  return validateContent(loadSourceFiles(dir, root), { publicFileExists: publicFileChecker(join(dir, 'public')), now: NOW });
}

type Expected = { severity: Problem['severity']; file: string; line: number; field: string; message: string };

/** The fixture yields exactly these problems (in report order), each with a fix. */
async function expectProblems(fixture: string, expected: Expected[]) {
  const problems = await check(fixture);
  expect(problems.map((p) => `${p.file}:${p.line} [${p.field}] ${p.message}`)).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const p = problems[i]!;
    expect(p.severity).toBe(e.severity);
    expect(p.file).toBe(`tests/fixtures/content/${fixture}/${e.file}`);
    expect(p.line).toBe(e.line);
    expect(p.field).toBe(e.field);
    expect(p.message).toContain(e.message);
    expect(p.fix?.length).toBeGreaterThan(10);
  });
  return problems;
}

const error = (file: string, line: number, field: string, message: string): Expected => ({
  severity: 'error',
  file,
  line,
  field,
  message,
});
const warning = (file: string, line: number, field: string, message: string): Expected => ({
  severity: 'warning',
  file,
  line,
  field,
  message,
});

describe('content checks: errors', () => {
  it('accepts a valid tree that uses every optional field', async () => {
    expect(await check('valid')).toEqual([]);
  });

  it('reports a missing required field', async () => {
    await expectProblems('missing-field', [error('articles/no-summary.md', 1, 'summary', 'is missing')]);
  });

  it('reports values of the wrong type, each on its own line', async () => {
    await expectProblems('invalid-values', [
      error('articles/bad-values.md', 7, 'tags', 'must be a list'),
      error('articles/bad-values.md', 8, 'draft', 'must be true or false, got "yes"'),
    ]);
  });

  it('reports an unknown field', async () => {
    await expectProblems('unknown-field', [error('articles/extra-field.md', 7, 'subtitle', 'is not a known field')]);
  });

  it('reports unparseable YAML and duplicate keys at their lines', async () => {
    const problems = await expectProblems('yaml-error', [
      error('articles/duplicate-key.md', 7, 'frontmatter', 'Map keys must be unique'),
      error('articles/unclosed-quote.md', 2, 'frontmatter', 'not valid YAML'),
    ]);
    expect(problems[0]!.fix).toContain('appears twice');
  });

  it('reports a file without a frontmatter block', async () => {
    await expectProblems('no-frontmatter', [error('articles/no-frontmatter.md', 1, 'frontmatter', 'has no frontmatter block')]);
  });

  it('reports impossible and unparseable dates, also inside corrections', async () => {
    await expectProblems('bad-date', [
      error('articles/bad-correction-date.md', 10, 'corrections.1.date', '"last week" is not a real ISO 8601 date-time'),
      error('articles/impossible-date.md', 4, 'date', '"2026-02-30T10:00:00Z" is not a real date'),
      error('articles/impossible-date.md', 7, 'updated', '"yesterday" is not an ISO 8601 date-time'),
    ]);
  });

  it('reports an unknown category and author, listing the valid ones', async () => {
    const problems = await expectProblems('unknown-reference', [
      error('articles/wrong-refs.md', 5, 'category', '"sport" is not a known category'),
      error('articles/wrong-refs.md', 6, 'author', '"nobody" is not a known author'),
    ]);
    expect(problems[0]!.fix).toContain('world');
    expect(problems[1]!.fix).toContain('jane-doe');
  });

  it('reports a duplicate slug across subfolders', async () => {
    await expectProblems('duplicate-slug', [
      error(
        'articles/same-story.md',
        1,
        'slug',
        'same slug "same-story" as tests/fixtures/content/duplicate-slug/articles/2025/same-story.md',
      ),
    ]);
  });

  it('reports a file name that is no slug and a reserved section name', async () => {
    await expectProblems('bad-slug', [
      error('articles/Ferry_Timetable.md', 1, 'slug', 'not a valid URL slug'),
      error('categories/search.md', 1, 'slug', 'reserved address'),
    ]);
  });

  it('reports an image without alt text and an unknown image field', async () => {
    await expectProblems('image-alt', [
      error('articles/no-alt.md', 7, 'image.alt', 'needs alt text'),
      error('articles/unknown-image-field.md', 10, 'image.credits', '"credits" is not a known image field'),
    ]);
  });

  it('reports hero, body and avatar images missing under public/', async () => {
    await expectProblems('missing-image', [
      error('articles/lost-image.md', 8, 'image.src', '"/images/missing.jpg" does not exist under public/'),
      error('articles/lost-image.md', 18, 'body', '"/images/chart.png" does not exist'),
      error('authors/jane-doe.md', 3, 'avatar', '"/images/authors/jane-doe.jpg" does not exist'),
    ]);
  });

  it('reports a paragraph pasted twice despite different quotes and line breaks, but not short lines', async () => {
    await expectProblems('repeated-paragraph', [error('articles/pasted-twice.md', 17, 'body', 'repeats the one on line 15')]);
  });

  it('reports links to missing pages, unknown authors, drafts and later scheduled stories; ignores code', async () => {
    await expectProblems('broken-link', [
      error('articles/linking-story.md', 15, 'body', '"/world/no-such-story" points to no page'),
      error('articles/linking-story.md', 15, 'body', '"/author/nobody" points to no page'),
      error('articles/linking-story.md', 17, 'body', '"/world/draft-story" links to a draft'),
      error(
        'articles/linking-story.md',
        17,
        'body',
        '"/world/later-story" links to tests/fixtures/content/broken-link/articles/later-story.md, which is scheduled',
      ),
    ]);
  });
});

describe('content checks: shared bylines', () => {
  it('refuses both author and authors, neither, a co-author listed twice and an unknown co-author, each at its line', async () => {
    const problems = await expectProblems('bylines', [
      error('articles/both.md', 7, 'authors', 'both "author" (line 6) and "authors"'),
      error('articles/neither.md', 1, 'author', 'needs author (one) or authors (several)'),
      error('articles/twice.md', 8, 'authors.1', '"wire-desk" is listed twice'),
      error('articles/unknown-coauthor.md', 8, 'authors.1', '"nobody" is not a known author'),
    ]);
    expect(problems[3]!.fix).toContain('jane-doe, wire-desk');
  });
});

describe('content checks: aliases of renamed and moved stories', () => {
  it("refuses an alias that is a live path (a story, a draft, its own), a site address, or another story's alias", async () => {
    await expectProblems('aliases', [
      error(
        'articles/ferry.md',
        8,
        'aliases.0',
        '"/world/bridge" is the address of a story that exists (tests/fixtures/content/aliases/articles/bridge.md)',
      ),
      error('articles/ferry.md', 9, 'aliases.1', "is this story's own address"),
      error('articles/ferry.md', 10, 'aliases.2', 'articles/draft-story.md'),
      error('articles/ferry.md', 11, 'aliases.3', 'can never lead to this story'),
      error(
        'articles/harbour.md',
        9,
        'aliases.1',
        '"/world/old-bridge" is already an alias of tests/fixtures/content/aliases/articles/bridge.md',
      ),
      error('articles/malformed.md', 7, 'aliases.0', "is not a story's address"),
    ]);
  });
});

describe('content checks: embeds', () => {
  it('reports a malformed known-provider address on a line of its own, and only that', async () => {
    await expectProblems('bad-embed', [
      error(
        'articles/ferry-video.md',
        15,
        'body',
        '"https://www.youtube.com/watch?feature=share" is a YouTube address that has no video id',
      ),
    ]);
  });
});

describe('content checks: warnings', () => {
  it('warns about a long title and summary without failing', async () => {
    const problems = await expectProblems('long-text', [
      warning('articles/wordy.md', 2, 'title', 'is 111 characters'),
      warning('articles/wordy.md', 3, 'summary', 'is 301 characters'),
    ]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('warns about an empty body and one under 50 words', async () => {
    await expectProblems('short-body', [
      warning('articles/empty-body.md', 8, 'body', 'is empty'),
      warning('articles/few-words.md', 8, 'body', 'has only 11 words'),
    ]);
  });

  it('warns when updated or a correction is earlier than date', async () => {
    await expectProblems('dates-order', [
      warning('articles/updated-early.md', 7, 'updated', 'is earlier than the publication date'),
      warning('articles/updated-early.md', 9, 'corrections.0.date', 'is earlier than the publication date'),
    ]);
  });

  it('warns about tags that differ only in case or by one letter, naming the common spelling', async () => {
    await expectProblems('tag-variants', [
      warning('articles/story-c.md', 7, 'tags', '"syria" looks like a variant of "Syria"'),
      warning('articles/story-c.md', 7, 'tags', '"Electons" looks like a variant of "Elections"'),
    ]);
  });
});

describe('content checks: reporting', () => {
  it('names a file, line, field and fix for every problem in every fixture', async () => {
    const cases = readdirSync(fixtures).filter((name) => name !== 'valid');
    expect(cases.length).toBeGreaterThan(15);
    for (const name of cases) {
      const problems = await check(name);
      expect(problems.length, name).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.file, name).toMatch(/^tests\/fixtures\/content\/.+\.md$/);
        expect(p.line, `${name} ${p.message}`).toBeGreaterThan(0);
        expect(p.field, `${name} ${p.message}`).toBeTruthy();
        expect(p.fix, `${name} ${p.message}`).toBeTruthy();
      }
    }
  });

  it('lists every problem of every file at once, errors before warnings', async () => {
    const problems = await check('many-problems');
    expect(problems.map((p) => `${p.severity} ${p.file.split('/').pop()}:${p.line} ${p.field}`)).toEqual([
      'error first.md:1 summary',
      'error first.md:4 category',
      'error second.md:15 body',
      'error second.md:17 body',
      'error second.md:19 body',
      'error third.md:15 body',
      'warning fourth.md:2 title',
    ]);
  });
});
