import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileHash } from '@/lib/content/source';
import type { ContentKind } from '@/lib/content/schema/contract';
import { contentFolders, kindOfFile } from '@/lib/content/schema/layout';

/**
 * The content files as they are on disk now, each with a hash of its bytes:
 * what `content:publish` compares with what the store was last given. A file
 * whose size and modification time have not changed since the last scan keeps
 * its hash without being read again, so a publish over 100,000 files reads
 * only the few that changed (the scan cache lives in .data/, per checkout).
 */

export const SCAN_CACHE = '.data/publish-scan.json';

export type ScannedFile = { file: string; kind: ContentKind; hash: string; size: number; mtimeMs: number };

type Cache = Record<string, [size: number, mtimeMs: number, hash: string]>;

function markdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return /\.(md|markdown)$/i.test(entry.name) ? [full] : [];
  });
}

function readCache(file: string): Cache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Cache;
  } catch {
    return {};
  }
}

/** Every content file under `<root>/content`, paths relative to root ("content/articles/x.md"). */
export function scanContent(root: string, options: { contentDir?: string; cacheFile?: string } = {}): ScannedFile[] {
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const cacheFile = options.cacheFile === undefined ? resolve(root, SCAN_CACHE) : options.cacheFile;
  const cache = cacheFile ? readCache(cacheFile) : {};
  const scanned: ScannedFile[] = [];
  for (const folder of contentFolders)
    for (const full of markdownFiles(join(contentDir, folder)).sort()) {
      // Files in no kind's place are the content check's to report (strayContentFiles).
      const kind = kindOfFile(relative(contentDir, full).split(sep).join('/'));
      if (!kind) continue;
      const file = relative(root, full).split(sep).join('/');
      const { size, mtimeMs } = statSync(full);
      const known = cache[file];
      const hash = known && known[0] === size && known[1] === mtimeMs ? known[2] : fileHash(readFileSync(full));
      scanned.push({ file, kind, hash, size, mtimeMs });
    }
  return scanned;
}

/** Remembers the scan for next time (after a publish has applied it). */
export function saveScan(root: string, scanned: ScannedFile[], cacheFile = resolve(root, SCAN_CACHE)): void {
  const cache: Cache = Object.fromEntries(scanned.map((s) => [s.file, [s.size, s.mtimeMs, s.hash]]));
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
