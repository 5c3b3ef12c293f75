import type { Insertable, Selectable } from 'kysely';
import type { LiveEntry } from '../types';
import type { LiveEntriesTable } from './schema';

/** Live entries to rows and back: the entry is stored whole as JSON, with copies of what queries sort and filter on. */

export function liveEntryRow(e: LiveEntry): Insertable<LiveEntriesTable> {
  return {
    story: e.story,
    id: e.id,
    published_at: Date.parse(e.date),
    author: e.author,
    title: e.title ?? null,
    pinned: e.pinned ? 1 : 0,
    key_event: e.key ? 1 : 0,
    doc: JSON.stringify(e),
    source_path: e.sourcePath,
  };
}

export function toLiveEntry(row: Pick<Selectable<LiveEntriesTable>, 'doc'>): LiveEntry {
  return JSON.parse(row.doc) as LiveEntry;
}

/** What content_files.record holds for an entry. */
export const entryRecord = (e: Pick<LiveEntry, 'story' | 'id'>) => `${e.story}/${e.id}`;

export function parseEntryRecord(record: string): { story: string; id: string } {
  const slash = record.indexOf('/');
  return { story: record.slice(0, slash), id: record.slice(slash + 1) };
}
