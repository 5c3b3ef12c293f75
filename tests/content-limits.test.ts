import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdownSync } from '@/lib/content/markdown';
import { checkBodyLimits, contentLimits, describeLimits } from '@/lib/content/validation/limits';
import { checkSanitizedHtml } from '@/lib/content/validation/sanitize-report';
import { parseSourceFile } from '@/lib/content/validation/source-file';
import { validateContent } from '@/lib/content/validation/validate';

const root = process.cwd();
const NOW = new Date('2026-11-25T12:00:00Z');
const FRONTMATTER = [
  '---',
  'title: "Harbour bridge to close for repairs"',
  'summary: "Two extra boats will run at peak hours from next month."',
  'date: 2026-01-05T09:00:00Z',
  'category: world',
  'author: jane-doe',
  '---',
  '',
].join('\n');
const BODY_LINE = 8;
const PROSE =
  'The harbour authority said on Tuesday that the new ferry timetable would start next month, after a trial that ran through the summer with two extra boats.';

const article = (name: string, body: string) => parseSourceFile(`content/articles/${name}.md`, FRONTMATTER + body, 'article');
const table = (rows: number, columns: number) =>
  [
    `|${' head |'.repeat(columns)}`,
    `|${' --- |'.repeat(columns)}`,
    ...Array.from({ length: rows }, () => `|${' cell |'.repeat(columns)}`),
  ].join('\n');

/** The bodies that passed the check and then crashed or stalled the renderer (issue 12). */
const HOSTILE: Record<string, string> = {
  'a 3,000 × 30 table': `${PROSE}\n\n${table(3000, 30)}\n`,
  '5,000 nested list markers': `${PROSE}\n\n${'- '.repeat(5000)}deep\n`,
  '5,000 nested quote markers': `${PROSE}\n\n${'>'.repeat(5000)} deep\n`,
  '5,000 nested <div>s': `${PROSE}\n\n${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}\n`,
  'a 5 MB body': `${PROSE}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (PROSE.length + 2))),
  '2,000 nested emphasis marks': `${PROSE}\n\n${'*a '.repeat(2000)}x${' a*'.repeat(2000)}\n`,
  'a 400-row table without pipes': `${table(1, 10)}\n${'x\n'.repeat(400)}`,
  'a list nested by indentation, 40 levels': `${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n`,
};

describe('checkBodyLimits', () => {
  it.each(Object.entries(HOSTILE))('refuses %s, naming the line and the limit, in milliseconds', (_name, body) => {
    const started = performance.now();
    const problems = checkBodyLimits(article('hostile', body));
    expect(performance.now() - started).toBeLessThan(2000); // a scan, not a render; generous for a busy machine
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatchObject({ severity: 'error', file: 'content/articles/hostile.md', field: 'body' });
      expect(p.line).toBeGreaterThanOrEqual(BODY_LINE);
      expect(p.message).toMatch(/the limit is \d/);
      expect(p.fix!.length).toBeGreaterThan(10);
    }
  });

  it('names the line where the limit is crossed', () => {
    const body = `${PROSE}\n\n${table(3, 13)}\n\n${'>'.repeat(20)} deep\n`;
    const problems = checkBodyLimits(article('lines', body));
    expect(problems.map((p) => [p.line, p.message.split(';')[1]])).toEqual([
      [BODY_LINE + 2, ' the limit is 12 columns.'],
      [BODY_LINE + 8, ' the limit is 16 levels.'],
    ]);
  });

  it('accepts bodies at every limit', () => {
    const atLimits = [
      PROSE.repeat(Math.floor(contentLimits.bodyBytes / PROSE.length)),
      table(contentLimits.tableCells / contentLimits.tableColumns - 1, contentLimits.tableColumns),
      `${'- '.repeat(contentLimits.nestingDepth)}deep`,
      `${'>'.repeat(contentLimits.nestingDepth)} deep`,
      `${'<div>'.repeat(contentLimits.nestingDepth)}deep${'</div>'.repeat(contentLimits.nestingDepth)}`,
      `${'*a '.repeat(contentLimits.emphasisMarks / 2)}x${' a*'.repeat(contentLimits.emphasisMarks / 2)}`,
      Array.from({ length: contentLimits.nestingDepth / 2 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'),
    ];
    for (const body of atLimits) expect(checkBodyLimits(article('ok', body)), body.slice(0, 60)).toEqual([]);
  });

  it('does not count what is not structure: code, escaped marks, rules, unclosed <p>s', () => {
    const body = [
      '```',
      '- '.repeat(100),
      `${'<div>'.repeat(100)}`,
      '```',
      '',
      `Snake_case, \\* and \`${'*'.repeat(300)}\` are text.`,
      '',
      '***',
      '',
      `${'<p>one '.repeat(40)}`,
    ].join('\n');
    expect(checkBodyLimits(article('code', body))).toEqual([]);
  });

  it('keeps every limit within what the renderer handles without blowing its stack', () => {
    // The renderer at each nesting limit, twice over, still renders.
    for (const body of [
      `${'- '.repeat(contentLimits.nestingDepth * 2)}deep`,
      `${'>'.repeat(contentLimits.nestingDepth * 2)} deep`,
      `${'<div>'.repeat(contentLimits.nestingDepth * 2)}deep${'</div>'.repeat(contentLimits.nestingDepth * 2)}`,
    ])
      expect(renderMarkdownSync(body)).toContain('deep');
  });
});

describe('validateContent never crashes', () => {
  const ok = article('fine', `${PROSE}\n\n${PROSE.replace('Tuesday', 'Monday')}\n`);
  const linked = article('linked', `${PROSE}\n\nSee [the timetable](/world/nowhere).\n`);

  it('reports each hostile body against its file, and still checks the others', async () => {
    const files = Object.values(HOSTILE).map((body, i) => article(`hostile-${i}`, body));
    const problems = await validateContent([...files, ok, linked], {
      publicFileExists: () => false,
      now: NOW,
      extraChecks: [checkSanitizedHtml],
    });
    for (let i = 0; i < files.length; i++)
      expect(problems.some((p) => p.file === `content/articles/hostile-${i}.md` && /the limit is/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file === 'content/articles/linked.md' && p.message.includes('points to no page'))).toBe(true);
    expect(problems.filter((p) => p.file === 'content/articles/fine.md' && p.field === 'body')).toEqual([]);
  });

  it('turns an unexpected error in a check into a problem against that file', async () => {
    const boom = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const problems = await validateContent([ok, linked], {
      publicFileExists: () => true,
      now: NOW,
      extraChecks: [(file) => (file.slug === 'fine' ? boom() : [])],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'content/articles/fine.md',
        message: 'could not be checked (RangeError: Maximum call stack size exceeded).',
      }),
    );
    expect(problems.some((p) => p.file === 'content/articles/linked.md')).toBe(true);
  });
});

describe('npm run content:check with hostile bodies', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every refusal with file, line and limit, checks the other files, and prints no stack', () => {
    cpSync(join(root, 'tests/fixtures/content/valid'), dir, { recursive: true });
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(
      join(dir, 'articles/deep-divs.md'),
      `${FRONTMATTER}${PROSE}\n\n${'<div>'.repeat(2000)}x${'</div>'.repeat(2000)}\n`,
    );
    writeFileSync(join(dir, 'articles/huge-table.md'), `${FRONTMATTER}${PROSE}\n\n${table(60, 30)}\n`);
    writeFileSync(join(dir, 'articles/five-megabytes.md'), FRONTMATTER + HOSTILE['a 5 MB body']);
    writeFileSync(join(dir, 'articles/broken-link.md'), FRONTMATTER + `${PROSE}\n\nSee [this](/world/nowhere).\n`);
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/content-check.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, PUBLIC_DIR: join(dir, 'public') },
    });
    const out = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(out).toMatch(
      /error .*articles\/deep-divs\.md:10 \[body\] HTML elements are nested more than 16 deep here; the limit is 16 levels\./,
    );
    expect(out).toMatch(/error .*articles\/huge-table\.md:10 \[body\] this table has 30 columns; the limit is 12 columns\./);
    expect(out).toMatch(/error .*articles\/huge-table\.md:\d+ \[body\] the tables in this body have more than 400 cells/);
    expect(out).toMatch(/error .*articles\/five-megabytes\.md:8 \[body\] the body is 5,24\d KB; the limit is 32 KB/);
    expect(out).toMatch(/error .*articles\/broken-link\.md:10 \[body\] the link "\/world\/nowhere" points to no page/);
    expect(out).not.toMatch(/^\s+at /m);
    expect(out).not.toContain('RangeError');
  });
});

describe('docs/editing.md', () => {
  it('states the limits the check enforces', () => {
    const guide = readFileSync(join(root, 'docs/editing.md'), 'utf8');
    const section = guide.slice(guide.indexOf('### Limits'), guide.indexOf('## Images'));
    const say = describeLimits();
    for (const phrase of [say.bodyBytes, say.nestingDepth, `${contentLimits.tableColumns} columns each`, say.tableCells])
      expect(section).toContain(phrase);
    expect(section).toMatch(new RegExp(`\\| ${contentLimits.emphasisMarks};`));
  });
});
