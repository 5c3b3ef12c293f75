import { contract, type ContentKind } from './contract';

/**
 * Which kind of content a file is, from where it sits in content/. Most kinds
 * own a folder (every Markdown file under content/articles/ is an article);
 * live coverage shares one: content/live/<slug>/index.md is the story and
 * content/live/<slug>/entries/<id>.md its entries (contract[kind].files).
 * The content check, the publisher's scan and contentlayer's file patterns
 * all read it from here, so they agree on every file.
 */

const MARKDOWN = /\.(md|markdown)$/i;

/** Whether a file name or path is a Markdown file, which is all content is. */
export const isMarkdown = (path: string): boolean => MARKDOWN.test(path);

/** A glob of the contract ("*" one path segment, "**" any number) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  const parts = glob.split('/');
  const source = parts
    .map((part, i) => {
      if (part === '**') return '(?:[^/]+/)*';
      const literal = part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
      return i === parts.length - 1 ? literal : `${literal}/`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

type Layout = { kind: ContentKind; folder: string; files?: RegExp };

const layouts: Layout[] = (Object.entries(contract) as [ContentKind, { folder: string; files?: string }][]).map(([kind, c]) => ({
  kind,
  folder: c.folder,
  files: c.files ? globToRegExp(c.files) : undefined,
}));

/** The folders under content/ that hold content, each once. */
export const contentFolders: string[] = [...new Set(layouts.map((l) => l.folder))];

/** contentlayer's filePathPattern for a kind, relative to content/. */
export function filePathPattern(kind: ContentKind): string {
  const c = contract[kind] as { folder: string; files?: string };
  return `${c.folder}/${c.files ?? '**/*.md'}`;
}

/**
 * The kind of a Markdown file at `path`, relative to content/ ("live/storm/index.md"),
 * or undefined for a file in a content folder where no kind of file belongs.
 */
export function kindOfFile(path: string): ContentKind | undefined {
  if (!MARKDOWN.test(path)) return undefined;
  for (const { kind, folder, files } of layouts) {
    if (!path.startsWith(`${folder}/`)) continue;
    const rest = path.slice(folder.length + 1);
    if (!files || files.test(rest)) return kind;
  }
  return undefined;
}

/**
 * The slug a file gives its record: the file name, except for a live story,
 * whose folder is its slug (content/live/<slug>/index.md). An entry's slug is
 * its id within the story.
 */
export function slugOfFile(kind: ContentKind, path: string): string {
  const parts = path.split('/');
  if (kind === 'live') return parts[parts.length - 2] ?? '';
  return (parts[parts.length - 1] ?? path).replace(MARKDOWN, '');
}

/** The story an entry belongs to: content/live/<slug>/entries/<id>.md → <slug>. */
export function storyOfEntry(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 3] ?? '';
}

/** Where the files of a live story go, relative to content/. */
export const liveFiles = {
  story: (slug: string) => `${contract.live.folder}/${slug}/index.md`,
  entry: (slug: string, id: string) => `${contract.liveEntry.folder}/${slug}/entries/${id}.md`,
};
