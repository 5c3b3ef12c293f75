import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { contract } from '../schema/contract';
import { parseSourceFile, type ContentKind, type SourceFile } from './source-file';

const FOLDERS = Object.fromEntries(Object.entries(contract).map(([kind, c]) => [kind, c.folder])) as Record<ContentKind, string>;

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return /\.(md|markdown)$/i.test(entry.name) ? [full] : [];
  });
}

/** Reads every content file below contentDir; paths are reported relative to root. */
export function loadSourceFiles(contentDir: string, root: string = process.cwd()): SourceFile[] {
  return (Object.keys(FOLDERS) as ContentKind[]).flatMap((kind) =>
    markdownFiles(join(contentDir, FOLDERS[kind]))
      .sort()
      .map((full) => parseSourceFile(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'), kind)),
  );
}

/** Slugs (file names) of one kind of content, subfolders included. */
export function slugsIn(contentDir: string, kind: ContentKind): string[] {
  return markdownFiles(join(contentDir, FOLDERS[kind])).map((f) => basename(f).replace(/\.(md|markdown)$/i, ''));
}

/** Where a new file of this kind goes. */
export function newFilePath(contentDir: string, kind: ContentKind, slug: string): string {
  return join(contentDir, FOLDERS[kind], `${slug}.md`);
}

export function publicFileChecker(publicDir: string): (path: string) => boolean {
  return (path) => {
    const full = join(publicDir, decodeURIComponentSafe(path));
    if (!full.startsWith(publicDir)) return false;
    try {
      return statSync(full).isFile();
    } catch {
      return false;
    }
  };
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
