import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseSourceFile, type ContentKind, type SourceFile } from './source-file';

const FOLDERS: Record<ContentKind, string> = { article: 'articles', author: 'authors', category: 'categories' };

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
      .map((full) => loadOne(relative(root, full).split(sep).join('/'), full, kind)),
  );
}

/** One file; one that cannot be read or parsed at all becomes a problem against it, never a crash. */
function loadOne(path: string, full: string, kind: ContentKind): SourceFile {
  try {
    return parseSourceFile(path, readFileSync(full, 'utf8'), kind);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const problem = {
      severity: 'error' as const,
      file: path,
      line: 1,
      message: `could not be read (${reason.split('\n')[0]!.slice(0, 200)}).`,
      fix: 'check that the file is text (UTF-8) with a "---" frontmatter block, and simplify it around the last change.',
    };
    const slug = path.split('/').pop()!.replace(/\.(md|markdown)$/i, '');
    return { kind, path, slug, data: {}, body: '', bodyLine: 1, lineOf: () => undefined, problems: [problem] };
  }
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
