import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endLiveStory,
  entryId,
  isPinnedSource,
  renderLiveEntry,
  renderLiveStory,
  unpinSource,
} from '@/lib/content/live-scaffold';
import { loadSourceFiles } from '@/lib/content/validation/load';
import { validateContent } from '@/lib/content/validation/validate';

/** `npm run new:live`, `live:post` and `live:end`: what they write passes the content check, and what they print. */

const root = process.cwd();

describe('what the live commands write', () => {
  const now = new Date('2026-11-24T08:15:30.250Z');

  it('names an entry after its time and author, and never reuses a name', () => {
    expect(entryId(now, 'ana', new Set())).toBe('20261124-081530-ana');
    expect(entryId(now, 'ana', new Set(['20261124-081530-ana', '20261124-081530-ana-2']))).toBe('20261124-081530-ana-3');
  });

  it('writes frontmatter that survives any characters an editor types', () => {
    const text = renderLiveEntry({
      author: 'ana',
      body: ' Body. ',
      title: 'Quote "this": # and \\',
      key: true,
      pinned: true,
      now,
    });
    expect(text).toBe(
      '---\ndate: 2026-11-24T08:15:30Z\nauthor: ana\ntitle: "Quote \\"this\\": # and \\\\"\nkey: true\npinned: true\n---\n\nBody.\n',
    );
    expect(renderLiveStory({ title: 'Storm', category: 'world', author: 'ana', now })).toContain('status: live\n');
  });

  it('ends a live story once, keeping the rest of the file byte for byte', () => {
    const source = '---\ntitle: "Storm"\nstatus: live\ncategory: world\n---\n\nIntro.\n';
    const ended = endLiveStory(source, now);
    expect(ended).toBe('---\ntitle: "Storm"\nstatus: ended\nended: 2026-11-24T08:15:30Z\ncategory: world\n---\n\nIntro.\n');
    expect(() => endLiveStory(ended, now)).toThrow(/not live/);
  });

  it('unpins an entry by removing its pinned line only', () => {
    const pinned = renderLiveEntry({ author: 'ana', body: 'B', pinned: true, now });
    expect(isPinnedSource(pinned)).toBe(true);
    expect(isPinnedSource(unpinSource(pinned))).toBe(false);
    expect(unpinSource(pinned)).toBe(renderLiveEntry({ author: 'ana', body: 'B', now }));
  });
});

describe('npm run new:live / live:post / live:end', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-live-'));
    for (const folder of ['categories', 'authors'])
      cpSync(join(root, 'tests/fixtures/content/valid', folder), join(dir, folder), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string, args: string[]) => {
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    const out = `${r.stdout}${r.stderr}`;
    return { code: r.status, out, last: r.stdout.trim().split('\n').at(-1) };
  };
  const check = async () => validateContent(loadSourceFiles(dir, dir), { publicFileExists: () => true });

  it('each answers --help with its usage and exit 0', () => {
    for (const script of ['new-live', 'live-post', 'live-end']) {
      const { code, out } = run(script, ['--help']);
      expect(code, script).toBe(0);
      expect(out, script).toMatch(/^usage: npm run /);
    }
  });

  it('new:live creates a live story and prints its site path last', async () => {
    const { code, last } = run('new-live', ['--title', 'Storm Ilse: live', '--category', 'world', '--author', 'jane-doe']);
    expect(code).toBe(0);
    expect(last).toBe('/live/storm-ilse-live');
    const text = readFileSync(join(dir, 'live/storm-ilse-live/index.md'), 'utf8');
    expect(text).toContain('status: live');
    expect((await check()).filter((p) => p.severity === 'error')).toEqual([]);
    // A second story of the same name is refused, and nothing is overwritten.
    const again = run('new-live', ['--title', 'Storm Ilse: live', '--category', 'world', '--author', 'jane-doe']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already exists');
    expect(readFileSync(join(dir, 'live/storm-ilse-live/index.md'), 'utf8')).toBe(text);
  });

  it('live:post adds timestamped entries, prints the permalink last, and keeps one pinned', async () => {
    const first = run('live-post', ['storm-ilse-live', '--author', 'jane-doe', '--body', 'First **update**.', '--pinned']);
    expect(first.code).toBe(0);
    expect(first.last).toMatch(/^\/live\/storm-ilse-live\/entries\/\d{8}-\d{6}-jane-doe$/);
    const second = run('live-post', [
      'storm-ilse-live',
      '--author',
      'jane-doe',
      '--body',
      'Second.',
      '--title',
      'Road shut',
      '--key',
      '--pinned',
    ]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Unpinned');
    const files = readdirSync(join(dir, 'live/storm-ilse-live/entries'));
    expect(files).toHaveLength(2);
    const pinned = files.filter((f) =>
      readFileSync(join(dir, 'live/storm-ilse-live/entries', f), 'utf8').includes('pinned: true'),
    );
    expect(pinned).toEqual([`${second.last!.split('/').pop()}.md`]);
    expect((await check()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('live:post refuses what the check would refuse, writing nothing', () => {
    const before = readdirSync(join(dir, 'live/storm-ilse-live/entries'));
    expect(run('live-post', ['no-such-story', '--author', 'jane-doe', '--body', 'x']).out).toContain(
      'there is no live story "no-such-story"',
    );
    expect(run('live-post', ['storm-ilse-live', '--author', 'nobody', '--body', 'x']).out).toContain(
      '"nobody" is not a known author',
    );
    expect(run('live-post', ['storm-ilse-live', '--author', 'jane-doe', '--body', '  ']).out).toContain('--body is required');
    expect(run('live-post', ['storm-ilse-live', '--author', 'jane-doe', '--body', 'x', '--key']).out).toContain(
      '--key needs --title',
    );
    expect(run('live-post', ['storm-ilse-live', '--author', 'jane-doe', '--body', 'x', '--bogus']).code).toBe(1);
    expect(readdirSync(join(dir, 'live/storm-ilse-live/entries'))).toEqual(before);
  });

  it('live:end marks the story ended; posting to it is then refused', async () => {
    const { code, last } = run('live-end', ['storm-ilse-live']);
    expect(code).toBe(0);
    expect(last).toBe('/live/storm-ilse-live');
    const text = readFileSync(join(dir, 'live/storm-ilse-live/index.md'), 'utf8');
    expect(text).toMatch(/status: ended\nended: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
    expect((await check()).filter((p) => p.severity === 'error')).toEqual([]);
    expect(run('live-end', ['storm-ilse-live']).out).toContain('is not live');
    expect(run('live-post', ['storm-ilse-live', '--author', 'jane-doe', '--body', 'Late.']).out).toContain('has ended');
  });
});
