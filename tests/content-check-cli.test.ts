import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const fixture = (name: string) => `tests/fixtures/content/${name}`;

function contentCheck(name: string) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/content-check.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixture(name), PUBLIC_DIR: `${fixture(name)}/public` },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run content:check', () => {
  it('exits 1 and lists every problem with file, line, field and fix', () => {
    const { code, out } = contentCheck('many-problems');
    expect(code).toBe(1);
    const base = fixture('many-problems');
    for (const line of [
      `error ${base}/articles/first.md:1 [summary] is missing`,
      `error ${base}/articles/first.md:4 [category] "sport" is not a known category.`,
      `error ${base}/articles/second.md:15 [body] this paragraph repeats the one on line 9.`,
      `error ${base}/articles/second.md:17 [body]`,
      `error ${base}/articles/second.md:19 [body]`,
      `error ${base}/articles/third.md:15 [body] the link "/world/nowhere" points to no page`,
      `warning ${base}/articles/fourth.md:2 [title] is 120 characters`,
    ])
      expect(out).toContain(line);
    expect(out.match(/^ {4}fix: /gm)).toHaveLength(7);
    expect(out).toContain('6 errors, 1 warning');
    expect(out).toContain('Content check failed');
  });

  it('exits 0 on valid content', () => {
    const { code, out } = contentCheck('valid');
    expect(out).toContain('Content check passed.');
    expect(code).toBe(0);
  });

  it('exits 0 when there are only warnings, and still lists them', () => {
    const { code, out } = contentCheck('long-text');
    expect(code).toBe(0);
    expect(out).toContain('0 errors, 2 warnings');
  });

  it('checks images against PUBLIC_DIR', () => {
    const { code, out } = contentCheck('missing-image');
    expect(code).toBe(1);
    expect(out).toContain('[avatar] the image "/images/authors/jane-doe.jpg" does not exist under public/.');
  });
});

/**
 * The content build is the last gate: even without content:check it must
 * refuse an article it cannot type rather than silently drop it. It runs in
 * a temporary copy because contentlayer writes .contentlayer/ in its cwd.
 */
describe('contentlayer2 build', () => {
  const work = mkdtempSync(join(tmpdir(), 'lantern-contentlayer-'));
  for (const entry of ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(work, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function build(name: string) {
    const dir = `content-${name}`;
    const source = join(root, fixture(name));
    cpSync(source, join(work, dir), { recursive: true });
    rmSync(join(work, 'public'), { recursive: true, force: true });
    if (existsSync(join(source, 'public'))) cpSync(join(source, 'public'), join(work, 'public'), { recursive: true });
    // The same entry point as `npm run content:build`.
    const result = spawnSync(process.execPath, [join(root, 'scripts/content-build.mjs')], {
      cwd: work,
      encoding: 'utf8',
      // contentlayer takes its working directory from PWD, not from cwd.
      env: { ...process.env, PWD: work, CONTENT_DIR: dir },
    });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  }

  it('builds the valid fixture', () => {
    const { code, out } = build('valid');
    expect(out).toContain('Generated 6 documents');
    expect(code).toBe(0);
    // The story-format fields are typed as written (a shared byline, a genre, old addresses).
    const articles = JSON.parse(readFileSync(join(work, '.contentlayer/generated/Article/_index.json'), 'utf8')) as {
      slug: string;
      authors?: string[];
      genre: string;
      aliases: string[];
    }[];
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    expect(bySlug.get('harbour-bridge')).toMatchObject({ authors: ['jane-doe', 'wire-desk'], genre: 'analysis', aliases: [] });
    expect(bySlug.get('ferry-timetable')).toMatchObject({ genre: 'news', aliases: ['/world/morning-ferries'] });
    expect(bySlug.get('draft-story')).toMatchObject({ genre: 'news' });
  }, 120_000);

  it('fails, rather than drops the article, when a required field is missing', () => {
    const { code, out } = build('missing-field');
    expect(code).not.toBe(0);
    expect(out).toContain('summary');
    expect(existsSync(join(work, '.contentlayer'))).toBe(true); // it ran here, not in the project
  }, 120_000);
});
