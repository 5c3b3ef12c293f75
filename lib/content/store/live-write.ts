import { routes } from '../../routes';
import type { Article, LiveCard, LiveEntry, LiveStory } from '../types';
import { liveEntryRow, toLiveEntry } from './live-rows';
import type { Db } from './documents';

/**
 * Writing live entries, inside the publish's transaction (./write.ts). A live
 * story is an `articles` row whose doc carries its live state (LiveCard:
 * status, newest entry, count); whenever its entries or its own file change,
 * that state is worked out again from live_entries, so a card never needs a
 * second query and the story's modification time (sitemaps, feeds) follows
 * its newest entry.
 */

/** The stored story: its doc is the article without body and plain text. */
export type StoredLiveStory = Omit<LiveStory, 'markdown' | 'text'>;

export async function deleteLiveEntry(db: Db, story: string, id: string): Promise<LiveEntry | undefined> {
  const row = await db
    .selectFrom('live_entries')
    .select('doc')
    .where('story', '=', story)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom('live_entries').where('story', '=', story).where('id', '=', id).execute();
  return toLiveEntry(row);
}

/** Inserts entries that are not stored yet. */
export async function insertLiveEntries(db: Db, entries: LiveEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 200)
    await db
      .insertInto('live_entries')
      .values(entries.slice(i, i + 200).map(liveEntryRow))
      .execute();
}

/** Inserts or replaces entries; returns what each replaced. */
export async function upsertLiveEntries(db: Db, entries: LiveEntry[]): Promise<{ before?: LiveEntry; after: LiveEntry }[]> {
  const changes: { before?: LiveEntry; after: LiveEntry }[] = [];
  for (const entry of entries) changes.push({ before: await deleteLiveEntry(db, entry.story, entry.id), after: entry });
  await insertLiveEntries(db, entries);
  return changes;
}

/** A story's live state from its own fields and its entries. */
function liveCard(
  story: Pick<LiveStory, 'live'>,
  entries: number,
  newest?: { at: number },
  newestTitled?: { title: string },
): LiveCard {
  const { status, ended } = story.live;
  return {
    status,
    ...(ended ? { ended } : {}),
    ...(newestTitled ? { latestTitle: newestTitled.title } : {}),
    ...(newest ? { latestAt: new Date(newest.at).toISOString() } : {}),
    entries,
  };
}

/** The latest of the story's start, its newest entry and its end: what feeds and sitemaps call "modified". */
function liveModified(story: Pick<Article, 'date'>, card: LiveCard): string {
  const times = [story.date, card.latestAt, card.ended].filter((t): t is string => !!t);
  return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** Works out the live state of these stories again; returns the stories as now stored (missing ones skipped). */
export async function refreshLiveStories(db: Db, slugs: Iterable<string>): Promise<StoredLiveStory[]> {
  const refreshed: StoredLiveStory[] = [];
  for (const slug of new Set(slugs)) {
    const row = await db
      .selectFrom('articles')
      .select(['id', 'doc'])
      .where('path', '=', routes.live.story(slug))
      .executeTakeFirst();
    if (!row) continue;
    const story = JSON.parse(row.doc) as StoredLiveStory;
    const entries = db.selectFrom('live_entries').where('story', '=', slug);
    const count = await entries.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const newest = await entries
      .select(['published_at as at'])
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const newestTitled = await entries
      .select(['title'])
      .where('title', 'is not', null)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const card = liveCard(
      story,
      Number(count.n),
      newest && { at: Number(newest.at) },
      newestTitled?.title ? { title: newestTitled.title } : undefined,
    );
    const modified = liveModified(story, card);
    const next: StoredLiveStory = { ...story, live: card, modified };
    await db
      .updateTable('articles')
      .set({ doc: JSON.stringify(next), modified_at: Date.parse(modified) })
      .where('id', '=', row.id)
      .execute();
    refreshed.push(next);
  }
  return refreshed;
}
