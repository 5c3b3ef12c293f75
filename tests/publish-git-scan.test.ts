import { execFileSync } from 'node:child_process';
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash, hashOfFileIn } from '@/lib/content/source';
import { gitView } from '@/lib/publish/git-index';
import { strayContentFiles } from '@/lib/content/validation/load';
import { scanContent, scanFolder, type ScannedFile } from '@/lib/publish/scan';
import { tempRoots, write } from './helpers/content-files';

/**
 * The publisher's scan in a git checkout (decision 018): committed files take
 * their hash from git's index without being statted or read; everything git
 * does not vouch for is looked at on disk. Either way the hash is the same.
 */

const tempRoot = tempRoots('lantern-git-scan-');

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

/** A checkout with a committed archive (and a file outside content/). */
function checkout(): string {
  const root = tempRoot();
  git(root, 'init', '-q');
  write(root, 'content/articles/harbour.md', 'harbour');
  write(root, 'content/articles/2026/nested.md', 'nested');
  write(root, 'content/authors/ana.md', 'ana');
  write(root, 'content/categories/world.md', 'world');
  write(root, 'content/other/stray.md', 'not a kind');
  write(root, 'README.md', 'readme');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'archive');
  return root;
}

const byFile = (scanned: ScannedFile[]) => new Map(scanned.map((s) => [s.file, s]));

describe('fileHash', () => {
  it('is git’s blob hash of the bytes', () => {
    const root = checkout();
    write(root, 'x.md', 'Café — “quoted”\n');
    expect(fileHash('Café — “quoted”\n')).toBe(git(root, 'hash-object', 'x.md').trim());
    expect(fileHash(Buffer.from(''))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });
});

describe('scanContent in a git checkout', () => {
  it('takes committed files’ hashes from git’s index, without statting them', () => {
    const root = checkout();
    const scanned = scanContent(root, { cacheFile: '' });
    expect(scanned.map((s) => [s.file, s.kind])).toEqual([
      ['content/articles/2026/nested.md', 'article'],
      ['content/articles/harbour.md', 'article'],
      ['content/authors/ana.md', 'author'],
      ['content/categories/world.md', 'category'],
    ]);
    for (const s of scanned) {
      expect(s.size, s.file).toBeUndefined();
      expect(s.mtimeMs, s.file).toBeUndefined();
    }
    expect(byFile(scanned).get('content/articles/harbour.md')?.hash).toBe(fileHash('harbour'));
  });

  it('gives the same files and hashes as looking at the files themselves', () => {
    const root = checkout();
    write(root, 'content/articles/draft.md', 'uncommitted');
    write(root, 'content/authors/ana.md', 'ana, edited');
    const fromGit = scanContent(root, { cacheFile: '' }).map((s) => [s.file, s.kind, s.hash]);
    const fromDisk = scanContent(root, { cacheFile: '', git: false }).map((s) => [s.file, s.kind, s.hash]);
    expect(fromGit).toEqual(fromDisk);
    // content:load stores the scan's hashes; a file read for its hash must agree, or the next publish retypes it.
    const read = hashOfFileIn(root);
    for (const [file, , hash] of fromGit) expect(read(file as string), file as string).toBe(hash);
  });

  it('reads edited, untracked and git-ignored files from disk, and leaves out deleted ones', () => {
    const root = checkout();
    write(root, 'content/articles/harbour.md', 'harbour, corrected');
    write(root, 'content/articles/new-story.md', 'new');
    write(root, '.gitignore', 'content/articles/ignored.md\n');
    write(root, 'content/articles/ignored.md', 'ignored by git, still on disk');
    rmSync(join(root, 'content/categories/world.md'));
    const scanned = byFile(scanContent(root, { cacheFile: '' }));
    expect(scanned.get('content/articles/harbour.md')).toMatchObject({ hash: fileHash('harbour, corrected'), size: 18 });
    expect(scanned.get('content/articles/new-story.md')?.hash).toBe(fileHash('new'));
    expect(scanned.get('content/articles/ignored.md')?.hash).toBe(fileHash('ignored by git, still on disk'));
    expect(scanned.has('content/categories/world.md')).toBe(false);
    expect(scanned.get('content/authors/ana.md')?.size).toBeUndefined();
  });

  it('sees an edit that was staged but not committed, and one that keeps the size', () => {
    const root = checkout();
    write(root, 'content/authors/ana.md', 'ANA');
    git(root, 'add', 'content/authors/ana.md');
    const file = join(root, 'content/articles/harbour.md');
    const T = new Date('2026-05-01T00:00:00Z');
    utimesSync(file, T, T);
    git(root, 'add', file);
    git(root, 'commit', '-q', '-m', 'dated');
    // Same size, saved a second later: git's stat data differs, so it is read.
    // (An edit that kept size, modification and change times to the second
    // would pass unseen, by git's `status` as by this scan.)
    write(root, 'content/articles/harbour.md', 'HARBOUR');
    const later = new Date(T.getTime() + 1000);
    utimesSync(file, later, later);
    const scanned = byFile(scanContent(root, { cacheFile: '' }));
    expect(scanned.get('content/authors/ana.md')).toEqual({
      file: 'content/authors/ana.md',
      kind: 'author',
      hash: fileHash('ANA'),
    });
    expect(scanned.get('content/articles/harbour.md')?.hash).toBe(fileHash('HARBOUR'));
  });

  it('keeps a file that was only touched clean, from the index', () => {
    const root = checkout();
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(join(root, 'content/authors/ana.md'), later, later);
    const ana = byFile(scanContent(root, { cacheFile: '' })).get('content/authors/ana.md');
    expect(ana).toEqual({ file: 'content/authors/ana.md', kind: 'author', hash: fileHash('ana') });
  });

  it('scans a content folder below the repository’s top', () => {
    const root = checkout();
    const site = join(root, 'site');
    write(site, 'content/articles/inner.md', 'inner');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'site');
    expect(scanContent(site, { cacheFile: '' })).toEqual([
      { file: 'content/articles/inner.md', kind: 'article', hash: fileHash('inner') },
    ]);
  });
});

describe('files in no kind’s place', () => {
  it('come from git’s listing, and the content check reports the same ones as when it walks the folder', () => {
    const root = checkout();
    write(root, 'content/live/storm/notes.md', 'committed in the wrong place');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'notes');
    write(root, 'content/authors/2026/drafts/x.txt', 'not Markdown');
    write(root, 'content/live/storm/entries/sub/e1.md', 'untracked, too deep');
    const { unplaced } = scanFolder(root, { cacheFile: '' });
    expect(unplaced).toEqual(expect.arrayContaining(['content/live/storm/notes.md', 'content/other/stray.md']));
    const contentDir = join(root, 'content');
    const fromGit = strayContentFiles(contentDir, root, unplaced);
    expect(fromGit.map((p) => p.file)).toEqual(['content/live/storm/entries/sub/e1.md', 'content/live/storm/notes.md']);
    expect(fromGit).toEqual(strayContentFiles(contentDir, root));
    expect(scanFolder(root, { cacheFile: '', git: false }).unplaced).toBeUndefined();
  });
});

describe('gitView', () => {
  it('is undefined outside a git work tree', () => {
    const root = tempRoot();
    expect(gitView(root, 'content')).toBeUndefined();
  });

  it('treats a file skipped by a sparse checkout as one to look for on disk', () => {
    const root = checkout();
    git(root, 'update-index', '--skip-worktree', 'content/authors/ana.md');
    rmSync(join(root, 'content/authors/ana.md'));
    const view = gitView(root, 'content')!;
    expect(view.clean.has('content/authors/ana.md')).toBe(false);
    expect(view.other).toContain('content/authors/ana.md');
    expect(scanContent(root, { cacheFile: '' }).map((s) => s.file)).not.toContain('content/authors/ana.md');
  });
});
