import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfFile, slugOfFile } from '@/lib/content/schema/layout';
import { loadSourceFiles, strayContentFiles } from '@/lib/content/validation/load';
import type { Problem } from '@/lib/content/validation/problem';
import { parseSourceFile, type SourceFile } from '@/lib/content/validation/source-file';
import { validateContent } from '@/lib/content/validation/validate';
import { validateChange } from '@/lib/publish/validate-change';
import type { ContentOutline } from '@/lib/content/repository';

/**
 * The content check for live coverage: every problem with its file, line and
 * field. The entries' own checks (unknown author, empty body, a time before
 * the story began, more than one pinned entry) and the story's.
 */

const now = new Date('2026-11-24T12:00:00Z');
const check = (files: SourceFile[], context?: SourceFile[]) =>
  validateContent(files, { publicFileExists: () => true, now, ...(context ? { context } : {}) });

const category = parseSourceFile('content/categories/world.md', '---\ntitle: World\n---\n', 'category');
const author = parseSourceFile('content/authors/ana.md', '---\nname: Ana\n---\nAna reports.\n', 'author');
const story = (slug = 'storm', extra = '') =>
  parseSourceFile(
    `content/live/${slug}/index.md`,
    `---\ntitle: "Storm live"\nsummary: "Updates."\ndate: 2026-11-24T06:00:00Z\ncategory: world\nauthor: ana\nstatus: live\n${extra}---\n\nIntro.\n`,
    'live',
  );
const entry = (id: string, front: string, body = 'An update.', slug = 'storm') =>
  parseSourceFile(`content/live/${slug}/entries/${id}.md`, `---\n${front}\n---\n\n${body}\n`, 'liveEntry');

const summary = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.file}:${p.line} [${p.field}]`);

describe('where live files go', () => {
  it('tells a story, an entry and a stray file apart by their place in content/live/', () => {
    expect(kindOfFile('live/storm/index.md')).toBe('live');
    expect(kindOfFile('live/storm/entries/20261124-0810-ana.md')).toBe('liveEntry');
    expect(kindOfFile('live/storm/notes.md')).toBeUndefined();
    expect(kindOfFile('live/storm.md')).toBeUndefined();
    expect(kindOfFile('articles/2026/x.md')).toBe('article');
    expect(slugOfFile('live', 'content/live/storm/index.md')).toBe('storm');
    expect(slugOfFile('liveEntry', 'content/live/storm/entries/e1.md')).toBe('e1');
  });

  it('loads live files as their kinds and reports a Markdown file where none belongs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-layout-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('content/live/storm/index.md', '---\ntitle: x\n---\n');
    write('content/live/storm/entries/e1.md', '---\ndate: x\n---\n');
    write('content/live/storm/notes.md', 'notes');
    const files = loadSourceFiles(join(dir, 'content'), dir);
    expect(files.map((f) => [f.kind, f.path, f.slug])).toEqual([
      ['live', 'content/live/storm/index.md', 'storm'],
      ['liveEntry', 'content/live/storm/entries/e1.md', 'e1'],
    ]);
    expect(strayContentFiles(join(dir, 'content'), dir)).toMatchObject([
      { severity: 'error', file: 'content/live/storm/notes.md', line: 1, field: 'path' },
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('live entry checks', () => {
  const base = [category, author, story()];

  it('passes a well-formed story and entries', async () => {
    const ok = [
      entry('e1', 'date: 2026-11-24T06:10:00Z\nauthor: ana\ntitle: "First"\nkey: true'),
      entry('e2', 'date: 2026-11-24T06:20:00Z\nauthor: ana\npinned: true'),
    ];
    expect(await check([...base, ...ok])).toEqual([]);
  });

  it('refuses an unknown author, on the author line', async () => {
    const problems = await check([...base, entry('e1', 'date: 2026-11-24T06:10:00Z\nauthor: nobody')]);
    expect(summary(problems)).toEqual(['error content/live/storm/entries/e1.md:3 [author]']);
    expect(problems[0]!.message).toContain('"nobody" is not a known author');
  });

  it('refuses an empty body, on the body line', async () => {
    const problems = await check([...base, entry('e1', 'date: 2026-11-24T06:10:00Z\nauthor: ana', '   ')]);
    expect(summary(problems)).toEqual(['error content/live/storm/entries/e1.md:5 [body]']);
  });

  it("refuses a time before the story's start, on the date line", async () => {
    const problems = await check([...base, entry('e1', 'author: ana\ndate: 2026-11-24T05:59:00Z')]);
    expect(summary(problems)).toEqual(['error content/live/storm/entries/e1.md:3 [date]']);
    expect(problems[0]!.message).toContain("before the story's coverage started");
  });

  it('refuses a second pinned entry, naming both, on their pinned lines', async () => {
    const problems = await check([
      ...base,
      entry('e1', 'date: 2026-11-24T06:10:00Z\nauthor: ana\npinned: true'),
      entry('e2', 'date: 2026-11-24T06:20:00Z\nauthor: ana\ntitle: t\npinned: true'),
      entry('e3', 'date: 2026-11-24T06:30:00Z\nauthor: ana\npinned: true', 'Other story.', 'calm'),
      story('calm'),
    ]);
    expect(summary(problems)).toEqual([
      'error content/live/storm/entries/e1.md:4 [pinned]',
      'error content/live/storm/entries/e2.md:5 [pinned]',
    ]);
    expect(problems[0]!.message).toContain('one of 2 pinned entries of storm');
  });

  it('refuses an entry dated in the future, a key event without a title, and an entry without a story', async () => {
    const problems = await check([
      ...base,
      entry('e1', 'date: 2026-11-24T13:00:00Z\nauthor: ana'),
      entry('e2', 'date: 2026-11-24T06:10:00Z\nauthor: ana\nkey: true'),
      entry('e3', 'date: 2026-11-24T06:10:00Z\nauthor: ana', 'Lost.', 'nowhere'),
    ]);
    expect(summary(problems)).toEqual([
      'error content/live/nowhere/entries/e3.md:1 [path]',
      'error content/live/storm/entries/e1.md:2 [date]',
      'error content/live/storm/entries/e2.md:4 [key]',
    ]);
  });

  it('checks the fields of the contract: a date without a time zone, an unknown field', async () => {
    const problems = await check([...base, entry('e1', 'date: 2026-11-24T06:10\nauthor: ana\nsticky: true')]);
    expect(summary(problems)).toEqual([
      'error content/live/storm/entries/e1.md:2 [date]',
      'error content/live/storm/entries/e1.md:4 [sticky]',
    ]);
  });

  it('refuses an ended story without its end time (on its status line), and a live one with one', async () => {
    const endedWithoutTime = parseSourceFile(
      'content/live/a/index.md',
      '---\ntitle: t\nsummary: s\ndate: 2026-11-24T06:00:00Z\ncategory: world\nauthor: ana\nstatus: ended\n---\n',
      'live',
    );
    const problems = await check([category, author, endedWithoutTime, story('b', 'ended: 2026-11-24T09:00:00Z\n')]);
    expect(summary(problems)).toEqual(['error content/live/a/index.md:7 [ended]', 'error content/live/b/index.md:8 [ended]']);
  });
});

describe('publishing one entry against the store', () => {
  /** What the store says it holds: the story, two entries (one pinned), the author and the section. */
  const outline: ContentOutline[] = [
    { file: 'content/categories/world.md', kind: 'category', record: 'world', hash: 'h' },
    { file: 'content/authors/ana.md', kind: 'author', record: 'ana', hash: 'h' },
    {
      file: 'content/live/storm/index.md',
      kind: 'live',
      record: '/live/storm',
      hash: 'h',
      article: { category: 'world', authors: ['ana'], draft: false, date: '2026-11-24T06:00:00.000Z', tags: [], aliases: [] },
    },
    {
      file: 'content/live/storm/entries/e1.md',
      kind: 'liveEntry',
      record: 'storm/e1',
      hash: 'h',
      entry: { date: '2026-11-24T06:10:00.000Z', author: 'ana', pinned: true },
    },
  ];
  const publish = (files: SourceFile[], removed: string[] = []) =>
    validateChange({ files, removed, outline }, { publicFileExists: () => true, now });

  it('accepts a new entry checked against the story it joins', async () => {
    expect(await publish([entry('e2', 'date: 2026-11-24T07:00:00Z\nauthor: ana')])).toEqual([]);
  });

  it("refuses a new entry before the stored story's start, or pinned beside the stored pinned entry", async () => {
    expect(summary(await publish([entry('e2', 'date: 2026-11-24T05:00:00Z\nauthor: ana')]))).toEqual([
      'error content/live/storm/entries/e2.md:2 [date]',
    ]);
    expect(summary(await publish([entry('e2', 'date: 2026-11-24T07:00:00Z\nauthor: ana\npinned: true')]))).toEqual([
      'error content/live/storm/entries/e2.md:4 [pinned]',
    ]);
  });

  it('refuses deleting a story whose entries remain, and allows deleting the whole folder', async () => {
    expect(summary(await publish([], ['content/live/storm/index.md']))).toEqual([
      'error content/live/storm/index.md:undefined [path]',
    ]);
    expect(await publish([], ['content/live/storm/index.md', 'content/live/storm/entries/e1.md'])).toEqual([]);
  });

  it('refuses deleting an author who still writes entries', async () => {
    expect(summary(await publish([], ['content/authors/ana.md']))).toEqual(['error content/authors/ana.md:undefined [author]']);
  });
});

describe('breaking news fields', () => {
  const article = (front: string) =>
    parseSourceFile(
      'content/articles/quake.md',
      `---\ntitle: "Quake"\nsummary: "A quake."\ndate: 2026-11-24T06:00:00Z\ncategory: world\nauthor: ana\n${front}---\n\n${'Word '.repeat(60)}\n`,
      'article',
    );

  it('accepts a banner with its end', async () => {
    expect(await check([category, author, article('breaking: true\nbreakingUntil: 2026-11-24T12:00:00Z\n')])).toEqual([]);
  });

  it('refuses a banner without an end, or an end without a banner, on the line of the field', async () => {
    expect(summary(await check([category, author, article('breaking: true\n')]))).toEqual([
      'error content/articles/quake.md:7 [breaking]',
    ]);
    expect(summary(await check([category, author, article('breakingUntil: 2026-11-24T12:00:00Z\n')]))).toEqual([
      'error content/articles/quake.md:7 [breakingUntil]',
    ]);
  });

  it('warns when the banner would end before the story appears', async () => {
    expect(summary(await check([category, author, article('breaking: true\nbreakingUntil: 2026-11-24T05:00:00Z\n')]))).toEqual([
      'warning content/articles/quake.md:8 [breakingUntil]',
    ]);
  });
});
