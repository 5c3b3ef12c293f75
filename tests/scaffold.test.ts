import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkChoice, describeChoiceProblem, isoMinute, renderArticle, renderAuthor, slugify } from '@/lib/content/scaffold';
import { loadSourceFiles, publicFileChecker } from '@/lib/content/validation/load';
import { validateContent } from '@/lib/content/validation/validate';

const root = process.cwd();

describe('slugify', () => {
  it.each([
    ['Floods close the coast road', 'floods-close-the-coast-road'],
    ["Zürich's night train: a vote & a row", 'zurichs-night-train-a-vote-and-a-row'],
    ['  “Quoted” — headline!  ', 'quoted-headline'],
    ['São Paulo 2026', 'sao-paulo-2026'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('Harbour tunnel bill doubles to three billion euros as councillors demand an independent inquiry');
    expect(slug).toBe('harbour-tunnel-bill-doubles-to-three-billion-euros-as');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('render', () => {
  it('writes the minute in UTC', () => {
    expect(isoMinute(new Date('2026-11-25T10:34:56.789+01:00'))).toBe('2026-11-25T09:34:00Z');
  });

  it('lists valid choices when one is wrong', () => {
    expect(checkChoice('category', 'world', ['world'])).toBeUndefined();
    const problem = checkChoice('category', 'sport', ['world', 'life'])!;
    expect(describeChoiceProblem(problem)).toBe('"sport" is not a known category. Valid categories:\n  life\n  world');
  });

  it('produces an article and an author that pass the content checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-render-'));
    try {
      cpSync(join(root, 'tests/fixtures/content/valid/categories'), join(dir, 'categories'), { recursive: true });
      const title = 'A "quoted" title: with # and \\ characters';
      const article = renderArticle({
        title,
        category: 'world',
        authors: ['amara-okafor'],
        now: new Date('2026-11-25T10:00:00Z'),
        tags: ['Rail'],
      });
      const author = renderAuthor({ name: 'Amara "Ama" Okafor', role: 'Editor: foreign' });
      mkdirSync(join(dir, 'articles'));
      mkdirSync(join(dir, 'authors'));
      writeFileSync(join(dir, 'articles/new-story.md'), article);
      writeFileSync(join(dir, 'authors/amara-okafor.md'), author);
      const files = loadSourceFiles(dir, dir);
      const problems = await validateContent(files, { publicFileExists: publicFileChecker(join(dir, 'public')) });
      // Only the reminder that the placeholder body is short.
      expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual(['warning body']);
      expect(files.find((f) => f.kind === 'article')!.data).toMatchObject({
        title,
        draft: true,
        date: '2026-11-25T10:00:00Z',
        tags: ['Rail'],
      });
      expect(files.find((f) => f.kind === 'author')!.data).toMatchObject({ name: 'Amara "Ama" Okafor', kind: 'person' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Each case starts tsx once or more (about a second each, more on a busy machine).
describe('npm run new:article / new:author', { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-scaffold-'));
    for (const folder of ['categories', 'authors'])
      cpSync(join(root, 'tests/fixtures/content/valid', folder), join(dir, folder), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string, args: string[]) => {
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const article = ['--title', 'Ferry strike halts crossings', '--category', 'world', '--author', 'jane-doe'];

  it('creates a draft named after the title, dated now', () => {
    const before = Date.now();
    const { code, out } = run('new-article', article);
    expect(code).toBe(0);
    expect(out).toContain('ferry-strike-halts-crossings.md');
    const text = readFileSync(join(dir, 'articles/ferry-strike-halts-crossings.md'), 'utf8');
    expect(text).toContain('title: "Ferry strike halts crossings"');
    expect(text).toContain('draft: true');
    const date = Date.parse(/^date: (.+)$/m.exec(text)![1]!);
    expect(date).toBeGreaterThan(before - 60_000);
    expect(date).toBeLessThanOrEqual(Date.now());
  });

  it('writes a shared byline and a genre when asked, and refuses an unknown genre', () => {
    const args = ['--title', 'Why ferries strike', '--category', 'world', '--author', 'jane-doe', '--author', 'wire-desk'];
    expect(run('new-article', [...args, '--genre', 'analysis']).code).toBe(0);
    const text = readFileSync(join(dir, 'articles/why-ferries-strike.md'), 'utf8');
    expect(text).toContain('authors: [jane-doe, wire-desk]\ngenre: analysis\n');
    expect(text).not.toMatch(/^author:/m);
    const wrong = run('new-article', ['--title', 'Another', '--category', 'world', '--author', 'jane-doe', '--genre', 'gossip']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('"gossip" is not a known genre. Valid genres:');
  });

  it('refuses to overwrite a file it made before', () => {
    expect(run('new-article', article).code).toBe(0);
    const file = join(dir, 'articles/ferry-strike-halts-crossings.md');
    writeFileSync(file, 'edited by hand');
    const again = run('new-article', article);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already exists; nothing was written');
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
  });

  it('refuses to overwrite an existing article, also in a subfolder', () => {
    cpSync(join(root, 'tests/fixtures/content/valid/articles'), join(dir, 'articles/2025'), { recursive: true });
    const existing = join(dir, 'articles/2025/harbour-bridge.md');
    const original = readFileSync(existing, 'utf8');
    const { code, out } = run('new-article', ['--title', 'Harbour bridge', '--category', 'world', '--author', 'jane-doe']);
    expect(code).toBe(1);
    expect(out).toContain('already exists');
    expect(readFileSync(existing, 'utf8')).toBe(original);
    expect(readdirSync(join(dir, 'articles'))).toEqual(['2025']);
  });

  it('lists the valid categories and authors when they are wrong', () => {
    const { code, out } = run('new-article', ['--title', 'X story', '--category', 'sport', '--author', 'nobody']);
    expect(code).toBe(1);
    expect(out).toContain('"sport" is not a known category. Valid categories:\n  world');
    expect(out).toContain('"nobody" is not a known author. Valid authors:\n  jane-doe');
  });

  it('explains what is missing', () => {
    expect(run('new-article', ['--category', 'world']).out).toContain('--title is required');
    expect(run('new-article', ['--title', 'X', '--author', 'jane-doe']).out).toContain(
      '--category is required. Valid categories: world',
    );
    expect(run('new-article', ['--title', 'X', '--bogus']).code).toBe(1);
  });

  it.each(['new-article', 'new-author'])('%s --help prints the usage and exits 0, writing nothing', (script) => {
    for (const flag of ['--help', '-h']) {
      const { code, out } = run(script, [flag]);
      expect(code, `${script} ${flag}`).toBe(0);
      expect(out).toMatch(new RegExp(`^usage: npm run ${script.replace('-', ':')} -- `));
      expect(out).toContain('-h, --help');
      expect(out).not.toContain('Unknown option');
    }
    expect(existsSync(join(dir, 'articles'))).toBe(false);
    expect(readdirSync(join(dir, 'authors'))).toEqual(readdirSync(join(root, 'tests/fixtures/content/valid/authors')));
  });

  it('creates an author once', () => {
    const first = run('new-author', ['--name', 'Meridian Desk', '--organization']);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'authors/meridian-desk.md'), 'utf8')).toContain('kind: organization');
    const again = run('new-author', ['--name', 'Meridian Desk']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already exists');
  });
});
