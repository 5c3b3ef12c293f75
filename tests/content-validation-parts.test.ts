import { describe, expect, it } from 'vitest';
import { blocksOf, normalizeParagraph } from '@/lib/content/validation/editorial';
import { isIsoDateTime } from '@/lib/content/schema/primitives';
import { checkLinksAndImages, internalLinksOf, knownPaths } from '@/lib/content/validation/links';
import { formatProblem } from '@/lib/content/validation/problem';
import { parseSourceFile } from '@/lib/content/validation/source-file';

const article = (path: string, front: string, body = '') =>
  parseSourceFile(`content/articles/${path}.md`, `---\n${front}\n---\n${body}`, 'article');

describe('parseSourceFile', () => {
  it('ends the frontmatter only at a "---" line, not at "---" inside a value', () => {
    const file = article('x', 'title: Floods ---\nsummary: s', 'Body');
    expect(file.problems).toEqual([]);
    expect(file.data).toEqual({ title: 'Floods ---', summary: 's' });
    expect(file.bodyLine).toBe(5);
  });

  it('ignores a byte-order mark and accepts an empty block, so missing fields are named', () => {
    const file = parseSourceFile('content/articles/x.md', '\uFEFF---\n---\nBody', 'article');
    expect(file.problems).toEqual([]);
    expect(file.data).toEqual({});
  });

  it('rejects frontmatter that is not a map of fields', () => {
    const file = article('x', '- just\n- a list');
    expect(file.problems).toMatchObject([{ severity: 'error', line: 2, field: 'frontmatter' }]);
  });

  it('finds lines of nested fields and list entries', () => {
    const file = article(
      'x',
      'title: t\ncorrections:\n  - date: a\n    text: b\n  - date: c\n    text: d\nimage: { src: /x.jpg, alt: y }',
    );
    expect(file.lineOf('corrections.1.text')).toBe(7);
    expect(file.lineOf('image.alt')).toBe(8);
    expect(file.lineOf('nothing')).toBeUndefined();
  });
});

describe('isIsoDateTime', () => {
  it.each(['2026-11-24T07:45:00Z', '2026-11-24T07:45Z', '2024-02-29T10:00:00+01:00', '2026-11-24T07:45:00.123Z'])(
    'accepts %s',
    (v) => expect(isIsoDateTime(v)).toBe(true),
  );
  it.each([
    '2026-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2026-11-24T24:00:00Z',
    '2026-11-24T07:45:00',
    '2026-11-24',
    'yesterday',
    20261124,
  ])('rejects %s', (v) => expect(isIsoDateTime(v)).toBe(false));
});

describe('paragraph comparison', () => {
  it('treats typographic and straight quotes, case and whitespace alike', () => {
    expect(normalizeParagraph('“It’s  here,”\nshe said')).toBe(normalizeParagraph('"it\'s here," She said'));
  });

  it('splits blocks with their first line and skips fenced code', () => {
    expect(blocksOf('One\ntwo\n\n```\ncode\n```\n\nThree', 10)).toEqual([
      { text: 'One two', line: 10 },
      { text: 'Three', line: 17 },
    ]);
  });
});

describe('internal links', () => {
  it('finds Markdown, reference-style and HTML links, but not code', () => {
    const file = article(
      'x',
      'title: t',
      '[a](/world/a "T")\n[b]: /world/b\n<a href="/world/c">c</a> <img src="/images/d.png">\n`[e](/world/e)`\n',
    );
    expect(internalLinksOf(file).map((l) => `${l.line} ${l.path}`)).toEqual([
      '4 /world/a',
      '5 /world/b',
      '6 /world/c',
      '6 /images/d.png',
    ]);
  });

  it('accepts a link added later to an older article once the target is out', () => {
    const old = article('old', 'date: 2026-01-01T00:00:00Z\ncategory: world', '[new](/world/new)');
    const target = article('new', 'date: 2026-06-01T00:00:00Z\ncategory: world');
    const paths = knownPaths([old, target], []);
    expect(checkLinksAndImages(old, paths, () => false, new Date('2026-07-01T00:00:00Z'))).toEqual([]);
    expect(checkLinksAndImages(old, paths, () => false, new Date('2026-05-01T00:00:00Z'))).toMatchObject([
      { severity: 'error', field: 'body', line: 5 },
    ]);
  });

  it("accepts a link to a renamed story's old address with a warning naming the new one, and still checks the story", () => {
    const linking = article(
      'linking',
      'date: 2026-06-01T00:00:00Z\ncategory: world',
      '[then](/world/old-name)\n[soon](/world/older)',
    );
    const renamed = article('new-name', 'date: 2026-01-01T00:00:00Z\ncategory: life\naliases: [/world/old-name]');
    const later = article('later', 'date: 2099-01-01T00:00:00Z\ncategory: world\naliases: [/world/older]');
    const problems = checkLinksAndImages(
      linking,
      knownPaths([linking, renamed, later], []),
      () => false,
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(problems).toMatchObject([
      { severity: 'warning', line: 5, field: 'body', fix: 'link to /life/new-name instead.' },
      { severity: 'error', line: 6, field: 'body', message: expect.stringContaining('scheduled for 2099-01-01') },
    ]);
    expect(problems[0]!.message).toContain('old address of /life/new-name');
  });

  it('lets an author bio link only to pages that exist now', () => {
    const bio = parseSourceFile('content/authors/a.md', '---\nname: A\n---\n[x](/world/soon) [y](/tag/draft-only)', 'author');
    const soon = article('soon', 'date: 2099-01-01T00:00:00Z\ncategory: world\ntags: [Later]');
    const draft = article('d', 'date: 2020-01-01T00:00:00Z\ncategory: world\ndraft: true\ntags: [Draft only]');
    const problems = checkLinksAndImages(bio, knownPaths([bio, soon, draft], []), () => false, new Date('2026-01-01T00:00:00Z'));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('scheduled for 2099-01-01'),
      expect.stringContaining('"/tag/draft-only" points to no page'),
    ]);
  });
});

describe('formatProblem', () => {
  it('names file, line, field, message and fix', () => {
    expect(
      formatProblem({
        severity: 'error',
        file: 'content/articles/x.md',
        line: 4,
        field: 'date',
        message: 'is bad.',
        fix: 'fix it.',
      }),
    ).toBe('error content/articles/x.md:4 [date] is bad.\n    fix: fix it.');
  });
});
