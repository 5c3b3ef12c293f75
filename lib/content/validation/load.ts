import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contract } from '../schema/contract';
import { contentFolders, isMarkdown, kindOfFile, slugOfFile } from '../schema/layout';
import type { Problem } from './problem';
import { parseSourceFile, type ContentKind, type SourceFile } from './source-file';

const FOLDERS = Object.fromEntries(Object.entries(contract).map(([kind, c]) => [kind, c.folder])) as Record<ContentKind, string>;

/** The files of one kind under contentDir, absolute, sorted. */
function filesOfKind(contentDir: string, kind: ContentKind): string[] {
  return markdownFiles(join(contentDir, FOLDERS[kind]))
    .filter((full) => kindOfFile(relative(contentDir, full).split(sep).join('/')) === kind)
    .sort();
}

/** Markdown files below dir, absolute; none for a folder that is not there. */
export function markdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return isMarkdown(entry.name) ? [full] : [];
  });
}

/** Reads every content file below contentDir; paths are reported relative to root. */
export function loadSourceFiles(contentDir: string, root: string = process.cwd()): SourceFile[] {
  return (Object.keys(FOLDERS) as ContentKind[]).flatMap((kind) =>
    filesOfKind(contentDir, kind).map((full) => loadOne(relative(root, full).split(sep).join('/'), full, kind)),
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
    return {
      kind,
      path,
      slug: slugOfFile(kind, path),
      data: {},
      body: '',
      bodyLine: 1,
      lineOf: () => undefined,
      problems: [problem],
    };
  }
}

/**
 * Markdown files in a content folder where no kind of file belongs (say
 * content/live/storm/notes.md): the site would never show them, so the check
 * says so rather than let them be lost.
 */
export function strayContentFiles(contentDir: string, root: string = process.cwd(), unplaced?: string[]): Problem[] {
  // `unplaced`: the files (relative to root) a listing already found in no
  // kind's place (the publisher's scan, from git); otherwise the folders are walked.
  const listed = unplaced?.map((file) => join(root, file));
  return contentFolders.flatMap((folder) =>
    (listed
      ? listed.filter((full) => isMarkdown(full) && relative(contentDir, full).split(sep)[0] === folder)
      : markdownFiles(join(contentDir, folder))
    )
      .filter((full) => kindOfFile(relative(contentDir, full).split(sep).join('/')) === undefined)
      .sort()
      .map(
        (full): Problem => ({
          severity: 'error',
          file: relative(root, full).split(sep).join('/'),
          line: 1,
          field: 'path',
          message: `is not where any content file goes in content/${folder}/, so the site would never show it.`,
          fix:
            folder === contract.live.folder
              ? 'a live story is content/live/<slug>/index.md and its entries content/live/<slug>/entries/<id>.md (npm run live:post writes them).'
              : 'move it to where its kind of file goes (docs/editing.md, "Files and folders").',
        }),
      ),
  );
}

/** Slugs of one kind of content, subfolders included (a live story's is its folder's name). */
export function slugsIn(contentDir: string, kind: ContentKind): string[] {
  return filesOfKind(contentDir, kind).map((f) => slugOfFile(kind, f.split(sep).join('/')));
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
