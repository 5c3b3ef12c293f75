import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileHash } from '@/lib/content/source';
import type { ContentKind } from '@/lib/content/schema/contract';
import { contentFolders, kindOfFile } from '@/lib/content/schema/layout';
import { markdownFiles } from '@/lib/content/validation/load';
import { gitView } from './git-index';

/**
 * The content files as they are on disk now, each with a hash of its bytes:
 * what `content:publish` compares with what the store was last given. The
 * hash is git's blob hash (lib/content/source.ts), so in a git checkout a
 * tracked file that git says is unchanged takes its hash from git's index
 * and is neither read nor statted (./git-index.ts, decision 018). Any other
 * file (edited, untracked, or every file outside git) is statted, and keeps
 * the hash the last scan cached for its size and modification time, or is
 * read and hashed (the scan cache lives in .data/, per checkout).
 */

export const SCAN_CACHE = '.data/publish-scan.json';

/** size and mtimeMs are those of a file that was statted; a file known from git's index has neither. */
export type ScannedFile = { file: string; kind: ContentKind; hash: string; size?: number; mtimeMs?: number };

type Cache = Record<string, [size: number, mtimeMs: number, hash: string]>;

function readCache(file: string): Cache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Cache;
  } catch {
    return {};
  }
}

const toPosix = (path: string) => path.split(sep).join('/');

type ScanOptions = {
  contentDir?: string;
  /** The stat cache's file; '' for none. */
  cacheFile?: string;
  /** false: look at the files themselves even in a git checkout. */
  git?: boolean;
};

/** Every content file under `<root>/content`, paths relative to root ("content/articles/x.md"), folder by folder. */
export function scanContent(root: string, options: ScanOptions = {}): ScannedFile[] {
  return scanFolder(root, options).files;
}

/**
 * The scan, and, when git listed the folder, the files in it that are in no
 * kind's place (relative to root): what the content check would otherwise
 * walk the whole folder again to find (strayContentFiles).
 */
export function scanFolder(root: string, options: ScanOptions = {}): { files: ScannedFile[]; unplaced?: string[] } {
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const cacheFile = options.cacheFile === undefined ? resolve(root, SCAN_CACHE) : options.cacheFile;
  const cache = cacheFile ? readCache(cacheFile) : {};
  const folder = toPosix(relative(root, contentDir));
  const prefix = folder ? `${folder}/` : '';
  const git = options.git === false || folder.startsWith('..') ? undefined : gitView(root, folder || '.');
  // Root-relative POSIX paths: git gives them so, a walk of the disk is made so.
  const candidates = git
    ? [...git.clean.keys(), ...git.other]
    : contentFolders.flatMap((f) => markdownFiles(join(contentDir, f))).map((full) => toPosix(relative(root, full)));
  const scanned: { s: ScannedFile; folder: number }[] = [];
  const unplaced: string[] = [];
  for (const file of candidates) {
    // Files in no kind's place are the content check's to report (strayContentFiles).
    const inContent = file.slice(prefix.length);
    const kind = kindOfFile(inContent);
    if (!kind) {
      unplaced.push(file);
      continue;
    }
    const folderIndex = contentFolders.findIndex((f) => inContent.startsWith(`${f}/`));
    const fromGit = git?.clean.get(file);
    if (fromGit) {
      scanned.push({ s: { file, kind, hash: fromGit }, folder: folderIndex });
      continue;
    }
    const full = join(root, file);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      continue; // deleted since git's index was written
    }
    if (!stat.isFile()) continue;
    const { size, mtimeMs } = stat;
    const known = cache[file];
    const hash = known && known[0] === size && known[1] === mtimeMs ? known[2] : fileHash(readFileSync(full));
    scanned.push({ s: { file, kind, hash, size, mtimeMs }, folder: folderIndex });
  }
  const files = scanned
    .sort((a, b) => a.folder - b.folder || (a.s.file < b.s.file ? -1 : a.s.file > b.s.file ? 1 : 0))
    .map(({ s }) => s);
  return git ? { files, unplaced } : { files };
}

/** Remembers the scan for next time (after a publish has applied it). */
export function saveScan(root: string, scanned: ScannedFile[], cacheFile = resolve(root, SCAN_CACHE)): void {
  const cache: Cache = Object.fromEntries(
    scanned.flatMap((s) => (s.size === undefined || s.mtimeMs === undefined ? [] : [[s.file, [s.size, s.mtimeMs, s.hash]]])),
  );
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache));
}

export type ContentDiff = { added: ScannedFile[]; changed: ScannedFile[]; removed: string[] };

/** What differs between the files on disk and what the store holds (file → hash). */
export function diffContent(scanned: ScannedFile[], stored: ReadonlyMap<string, string>): ContentDiff {
  const added: ScannedFile[] = [];
  const changed: ScannedFile[] = [];
  const present = new Set<string>();
  for (const s of scanned) {
    present.add(s.file);
    const hash = stored.get(s.file);
    if (hash === undefined) added.push(s);
    else if (hash !== s.hash) changed.push(s);
  }
  const removed = [...stored.keys()].filter((f) => !present.has(f)).sort();
  return { added, changed, removed };
}
