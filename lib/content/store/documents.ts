import type { Kysely, Transaction } from 'kysely';
import type { Article, Author, Category, LiveEntry, LiveStory } from '../types';
import { entryRecord } from './live-rows';
import type { StoreSchema } from './schema';

/**
 * What the store is given: one typed content file (lib/content/source.ts),
 * and the `content_files` table that remembers each file's hash and the
 * record it became, so the next publish knows what changed.
 */

export type ContentDocument =
  | { kind: 'article'; file: string; hash: string; value: Article }
  | { kind: 'author'; file: string; hash: string; value: Author }
  | { kind: 'category'; file: string; hash: string; value: Category }
  | { kind: 'live'; file: string; hash: string; value: LiveStory }
  | { kind: 'liveEntry'; file: string; hash: string; value: LiveEntry };

/** A transaction, or the store's connection. */
export type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

/** Kinds stored as rows of `articles`: a live story is listed like any story. */
type StoryDocument = Extract<ContentDocument, { kind: 'article' | 'live' }>;
export const isStory = (d: ContentDocument): d is StoryDocument => d.kind === 'article' || d.kind === 'live';
export const isStoryKind = (kind: string) => kind === 'article' || kind === 'live';

const isoDate = (date: string) => {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? date : new Date(ms).toISOString();
};

/** The fields of a document the cross-file checks of a publish read (ContentOutline in queries/outline.ts). */
function outlineOf(d: ContentDocument): string | null {
  if (isStory(d)) {
    const { category, authors, draft, date, tags, aliases } = d.value;
    return JSON.stringify({
      category,
      authors: authors ?? [],
      draft: draft === true,
      date: isoDate(date),
      tags: tags ?? [],
      aliases: aliases ?? [],
    });
  }
  if (d.kind === 'liveEntry')
    return JSON.stringify({ date: isoDate(d.value.date), author: d.value.author, pinned: d.value.pinned });
  return null;
}

/** Remembers each document's file, hash, record and outline. */
export async function recordFiles(db: Db, docs: ContentDocument[]): Promise<void> {
  const record = (d: ContentDocument) =>
    isStory(d) ? d.value.path : d.kind === 'liveEntry' ? entryRecord(d.value) : d.value.slug;
  const rows = docs.map((d) => ({ path: d.file, hash: d.hash, kind: d.kind, record: record(d), outline: outlineOf(d) }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('content_files')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('path').doUpdateSet({
          hash: (eb) => eb.ref('excluded.hash'),
          kind: (eb) => eb.ref('excluded.kind'),
          record: (eb) => eb.ref('excluded.record'),
          outline: (eb) => eb.ref('excluded.outline'),
        }),
      )
      .execute();
}
