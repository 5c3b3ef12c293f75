import { storyOfEntry } from '../schema/layout';
import { countWords } from '../text';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/**
 * Checks of live coverage that span files: an entry against its story (it
 * must have one, and cannot come before coverage started) and against the
 * other entries (one pinned entry at most); plus what a single entry or
 * story needs beyond its fields' types. Per-field types are the contract's
 * (./fields.ts).
 */

/**
 * How far ahead of the clock an entry may be dated: an editor's clock a
 * little fast is fine; an entry dated hours ahead would sit above the news
 * that comes in meanwhile.
 */
const ENTRY_CLOCK_SKEW_MS = 5 * 60_000;

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

export function checkLive(files: SourceFile[], now: Date = new Date()): Problem[] {
  const problems: Problem[] = [];
  const stories = new Map(files.filter((f) => f.kind === 'live').map((f) => [f.slug, f]));
  const entries = files.filter((f) => f.kind === 'liveEntry');
  const error = (file: SourceFile, field: string, message: string, fix: string, line = file.lineOf(field) ?? 1) =>
    problems.push({ severity: 'error', file: file.path, line, field, message, fix });

  for (const story of stories.values()) {
    const { status, ended, date } = story.data;
    if (status === 'ended' && ended === undefined)
      error(
        story,
        'ended',
        'is missing: an ended story needs the time coverage ended.',
        'run `npm run live:end -- <slug>`, or add a line like ended: 2026-11-24T21:00:00Z.',
        story.lineOf('status'),
      );
    if (status === 'live' && ended !== undefined)
      error(story, 'ended', 'is set, but the story is still live.', 'remove the line, or set status: ended.');
    if (ended !== undefined && time(ended) < time(date))
      error(story, 'ended', `(${String(ended)}) is before coverage started (${String(date)}).`, 'write the time coverage ended.');
  }

  const pinnedBy = new Map<string, SourceFile[]>();
  for (const entry of entries) {
    const slug = storyOfEntry(entry.path);
    const story = stories.get(slug);
    if (!story) {
      error(
        entry,
        'path',
        `belongs to no live story: content/live/${slug}/index.md does not exist.`,
        `create the story first (npm run new:live), or move the entry into its story's entries/ folder.`,
      );
      continue;
    }
    if (entry.data.pinned === true) pinnedBy.set(slug, [...(pinnedBy.get(slug) ?? []), entry]);
    const at = time(entry.data.date);
    if (at < time(story.data.date))
      error(
        entry,
        'date',
        `(${String(entry.data.date)}) is before the story's coverage started (${String(story.data.date)}).`,
        'write the time the entry was posted; it cannot come before the story began.',
      );
    if (at > now.getTime() + ENTRY_CLOCK_SKEW_MS)
      error(
        entry,
        'date',
        `(${String(entry.data.date)}) is in the future; an entry appears when it is published, above everything older.`,
        'write the time of posting (npm run live:post does).',
      );
    // Only an entry that is otherwise readable: an unparseable one has its own error already.
    if (!entry.problems.length && countWords(entry.body) === 0)
      error(entry, 'body', 'is empty: an entry needs some text.', 'write the update below the frontmatter.', entry.bodyLine);
    if (entry.data.key === true && (typeof entry.data.title !== 'string' || !entry.data.title.trim()))
      error(
        entry,
        'key',
        'marks a key event, but the entry has no title, which is what the key-events list shows.',
        'add a line like title: "Coast road closed".',
      );
  }
  for (const [slug, pinned] of pinnedBy)
    if (pinned.length > 1)
      for (const entry of pinned)
        error(
          entry,
          'pinned',
          `is one of ${pinned.length} pinned entries of ${slug}: only one can sit on top (${pinned.map((p) => p.path).join(', ')}).`,
          'keep pinned: true on one entry and remove it from the others.',
        );
  return problems;
}
