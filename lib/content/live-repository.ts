import { sql, type Kysely } from 'kysely';
import { routes } from '../routes';
import { isPublished } from './published';
import { newestFirst, published } from './queries/sql';
import { toLiveEntry } from './store/live-rows';
import { toArticle } from './store/rows';
import type { StoreSchema } from './store/schema';
import type { LiveEntry, LiveStory } from './types';

/**
 * Live coverage queries, part of the content repository (`repository.live`).
 * Page order is the pinned entry first, then every other entry newest first;
 * pages hold LIVE_PAGE_SIZE entries of that order, so an entry's page is its
 * position in it divided by the page size. New entries push older ones onto
 * later pages, which is why permalinks resolve at request time
 * (lib/pages/live.ts) instead of naming a page.
 */

export const LIVE_PAGE_SIZE = 20;

type LiveSlice = { items: LiveEntry[]; total: number };

/** A key event and its place in page order (0-based). */
type KeyEvent = { entry: LiveEntry; position: number };

/** The page (1-based) that holds the entry at `position` (0-based) of page order. */
export function pageOfPosition(position: number, pageSize = LIVE_PAGE_SIZE): number {
  return Math.floor(position / pageSize) + 1;
}

export function liveQueries(db: Kysely<StoreSchema>) {
  const entriesOf = (slug: string) => db.selectFrom('live_entries').where('live_entries.story', '=', slug);
  // The one page order, in SQL and as a window for row numbers.
  const PAGE_ORDER = sql`pinned DESC, published_at DESC, id DESC`;

  return {
    /** The live story at /live/<slug>, when readers may see it. */
    async story(slug: string, now: Date): Promise<LiveStory | undefined> {
      const row = await db.selectFrom('articles').selectAll().where('path', '=', routes.live.story(slug)).executeTakeFirst();
      if (!row) return undefined;
      const story = toArticle(row) as LiveStory;
      return story.live && isPublished(story, now) ? story : undefined;
    },

    /** Slugs of the newest published live stories (their paths are the range /live/…). */
    async stories(now: Date, limit: number): Promise<string[]> {
      const prefix = routes.live.story('');
      const rows = await newestFirst(
        published(
          db
            .selectFrom('articles')
            .select('articles.slug')
            .where('articles.path', '>=', prefix)
            .where('articles.path', '<', `${prefix}\uffff`),
          now,
        ),
      )
        .limit(limit)
        .execute();
      return rows.map((r) => r.slug);
    },

    /** A range of entries in page order, with how many there are. */
    async entries(slug: string, range: { offset: number; limit: number }): Promise<LiveSlice> {
      const [rows, total] = await Promise.all([
        entriesOf(slug).select('doc').orderBy(PAGE_ORDER).limit(range.limit).offset(range.offset).execute(),
        entriesOf(slug)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toLiveEntry), total: Number(total.n) };
    },

    async entry(slug: string, id: string): Promise<LiveEntry | undefined> {
      const row = await entriesOf(slug).select('doc').where('id', '=', id).executeTakeFirst();
      return row && toLiveEntry(row);
    },

    /** Where an entry sits in page order (0-based), or undefined when the story has no such entry. */
    async position(slug: string, id: string): Promise<number | undefined> {
      const e = await entriesOf(slug).select(['pinned', 'published_at', 'id']).where('id', '=', id).executeTakeFirst();
      if (!e) return undefined;
      const ahead = await entriesOf(slug)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) =>
          eb.or([
            eb('pinned', '>', e.pinned),
            eb.and([
              eb('pinned', '=', e.pinned),
              eb.or([
                eb('published_at', '>', e.published_at),
                eb.and([eb('published_at', '=', e.published_at), eb('id', '>', e.id)]),
              ]),
            ]),
          ]),
        )
        .executeTakeFirstOrThrow();
      return Number(ahead.n);
    },

    /** The key events, newest first, each with its place in page order (one pass over the story's index). */
    async keyEvents(slug: string): Promise<KeyEvent[]> {
      // Numbered without their bodies: only the few key events' docs are read.
      const numbered = entriesOf(slug)
        .select(['id', 'key_event', sql<number>`row_number() OVER (ORDER BY ${PAGE_ORDER})`.as('n')])
        .as('numbered');
      const rows = await db
        .selectFrom(numbered)
        .innerJoin('live_entries', (join) =>
          join.onRef('live_entries.id', '=', 'numbered.id').on('live_entries.story', '=', slug),
        )
        .select(['live_entries.doc', 'numbered.n'])
        .where('numbered.key_event', '=', 1)
        .orderBy('live_entries.published_at', 'desc')
        .orderBy('live_entries.id', 'desc')
        .execute();
      return rows.map((r) => ({ entry: toLiveEntry(r), position: Number(r.n) - 1 }));
    },

    /** The slugs of everyone who wrote an entry. */
    async authors(slug: string): Promise<string[]> {
      const rows = await entriesOf(slug).select('author').distinct().orderBy('author').execute();
      return rows.map((r) => r.author);
    },

    /** The newest entries by time, pinned or not: what open tabs poll for. */
    async newest(slug: string, limit: number): Promise<LiveEntry[]> {
      const rows = await entriesOf(slug)
        .select('doc')
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toLiveEntry);
    },

    /** Slugs of the stories with an entry published in [from, now]: still news, whenever coverage started. */
    async updatedBetween(from: Date, now: Date): Promise<string[]> {
      const rows = await db
        .selectFrom('live_entries')
        .select('story')
        .distinct()
        .where('published_at', '>=', from.getTime())
        .where('published_at', '<=', now.getTime())
        .orderBy('story')
        .execute();
      return rows.map((r) => r.story);
    },
  };
}
