import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { liveFiles } from '../../lib/content/schema/layout';

/** Where the live commands write: CONTENT_DIR (the tests use a temporary tree), else content/. */
export const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

/** A file under contentDir, as the editor sees it (relative to where they ran the command). */
export const shown = (path: string) => relative(process.cwd(), join(contentDir, path));

/** A live story's index.md, or undefined when there is no such story. */
export function storyFile(slug: string): string | undefined {
  const file = join(contentDir, liveFiles.story(slug));
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && existsSync(file) ? file : undefined;
}

/** The ids of a story's entries (their file names). */
export function entryIds(slug: string): string[] {
  const dir = join(contentDir, liveFiles.entry(slug, 'x'), '..');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.replace(/\.md$/, ''))
    : [];
}

export const NEXT_STEP = 'Run `npm run content:publish` to put it on the site (docs/editing.md, "Live coverage").';
