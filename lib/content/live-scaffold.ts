/**
 * What `npm run new:live`, `live:post` and `live:end` write: pure functions,
 * so the files they make are tested against the content checks.
 */
import { quote } from './scaffold';

/** Now, to the second, in UTC. */
function isoSecond(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

/** What a story says about itself until an editor writes a summary of their own. */
const DEFAULT_LIVE_SUMMARY = 'Live coverage, updated as news comes in.';

type NewLiveStory = {
  title: string;
  category: string;
  author: string;
  now: Date;
  summary?: string;
  tags?: string[];
};

/** content/live/<slug>/index.md: a story that is live from now. */
export function renderLiveStory(s: NewLiveStory): string {
  return [
    '---',
    `title: ${quote(s.title.trim())}`,
    `summary: ${quote(s.summary?.trim() || DEFAULT_LIVE_SUMMARY)}`,
    `date: ${isoSecond(s.now)}`,
    `category: ${s.category}`,
    `author: ${s.author}`,
    `tags: [${(s.tags ?? []).map(quote).join(', ')}]`,
    'status: live',
    '---',
    '',
  ].join('\n');
}

/**
 * An entry's id, and so its file name: when and by whom, "20261124-081530-ana",
 * so a story's entries list in time order and two editors posting at once
 * write different files. `taken` are the ids the story has already.
 */
export function entryId(now: Date, author: string, taken: ReadonlySet<string>): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const base = `${stamp}-${author}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

type NewLiveEntry = { author: string; body: string; now: Date; title?: string; key?: boolean; pinned?: boolean };

export function renderLiveEntry(e: NewLiveEntry): string {
  return [
    '---',
    `date: ${isoSecond(e.now)}`,
    `author: ${e.author}`,
    ...(e.title?.trim() ? [`title: ${quote(e.title.trim())}`] : []),
    ...(e.key ? ['key: true'] : []),
    ...(e.pinned ? ['pinned: true'] : []),
    '---',
    '',
    e.body.trim(),
    '',
  ].join('\n');
}

const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;

/** Rewrites the frontmatter lines of a file, keeping everything else byte for byte. */
function editFrontmatter(source: string, edit: (lines: string[]) => string[]): string {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('the file has no frontmatter block.');
  const lines = match[2]!.replace(/\r?\n$/, '').split(/\r?\n/);
  return `${match[1]}${edit(lines).join('\n')}\n${match[3]}${source.slice(match[0].length)}`;
}

/** A story's index.md marked ended at `now`. Throws when it is not a live story. */
export function endLiveStory(source: string, now: Date): string {
  return editFrontmatter(source, (lines) => {
    const status = lines.findIndex((l) => /^status:/.test(l));
    if (status < 0) throw new Error('the story has no "status:" line.');
    if (!/^status:\s*["']?live["']?\s*$/.test(lines[status]!))
      throw new Error(`the story is not live (${lines[status]!.trim()}); nothing was changed.`);
    const rest = lines.filter((l, i) => i !== status && !/^ended:/.test(l));
    rest.splice(status, 0, 'status: ended', `ended: ${isoSecond(now)}`);
    return rest;
  });
}

/** Whether a story's index.md says it is still live. */
export function isLiveStorySource(source: string): boolean {
  const match = FRONTMATTER.exec(source);
  return !!match && /^status:\s*["']?live["']?\s*$/m.test(match[2]!);
}

/** Whether an entry file is pinned, and the same file unpinned. */
export function isPinnedSource(source: string): boolean {
  const match = FRONTMATTER.exec(source);
  return !!match && /^pinned:\s*true\s*$/m.test(match[2]!);
}

export function unpinSource(source: string): string {
  return editFrontmatter(source, (lines) => lines.filter((l) => !/^pinned:/.test(l)));
}
