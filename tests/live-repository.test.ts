import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_PAGE_SIZE, pageOfPosition } from '@/lib/content/live-repository';
import type { LiveEntry } from '@/lib/content/types';
import { newsSitemap } from '@/lib/pages/sitemaps';
import { makeArticle, makeAuthor, makeCategory, makeLiveEntry, makeLiveStory } from './helpers/factory';
import { engines, fixtureRepository } from './helpers/store';

/**
 * Live coverage in the store, on every engine: page order (pinned first,
 * then newest first), pages of 20, where each entry's permalink leads, key
 * events, the authors of all entries, the card's newest title and the news
 * sitemap's freshness.
 */

const START = Date.parse('2026-11-24T06:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const now = new Date('2026-11-25T12:00:00Z');

/** 45 entries, one a minute from 06:10 (e41 in the same minute as e40); e05 pinned; e10 and e30 key events. */
function entries(): LiveEntry[] {
  return Array.from({ length: 45 }, (_, i) => {
    const id = `e${String(i).padStart(2, '0')}`;
    return makeLiveEntry('storm', id, i === 41 ? at(50) : at(10 + i), {
      author: i % 3 === 0 ? 'b-reporter' : 'a-reporter',
      ...(i % 4 === 0 ? { title: `Title ${id}` } : {}),
      ...(i === 5 ? { pinned: true, title: 'What we know' } : {}),
      ...(i === 10 || i === 30 ? { key: true, title: `Key ${id}` } : {}),
    });
  });
}

/** The ids in page order, worked out independently of the store. */
function expectedOrder(list: LiveEntry[]): string[] {
  return [...list]
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        Date.parse(b.date) - Date.parse(a.date) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .map((e) => e.id);
}

const fixture = () => ({
  categories: [makeCategory('world', 1)],
  authors: [makeAuthor('a-reporter'), makeAuthor('b-reporter')],
  articles: [makeArticle({ slug: 'older-story', date: '2026-11-20T09:00:00Z' })],
  live: [
    makeLiveStory('storm', { title: 'Storm live', date: at(0) }),
    makeLiveStory('quiet', { title: 'Quiet live', date: '2026-11-18T09:00:00Z' }),
    makeLiveStory('later', { title: 'Scheduled live', date: '2026-12-01T09:00:00Z' }),
  ],
  entries: [...entries(), makeLiveEntry('quiet', 'q1', '2026-11-18T09:30:00Z', { title: 'Old news' })],
});

describe.each(engines)('live coverage in the store (%s)', (engine) => {
  let repo: Awaited<ReturnType<typeof fixtureRepository>>;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, fixture());
  });
  afterAll(async () => repo.dispose());

  const all = async () => (await repo.live.entries('storm', { offset: 0, limit: 1000 })).items.map((e) => e.id);

  it('orders entries with the pinned one on top, then newest first, ties by id', async () => {
    const order = await all();
    expect(order).toEqual(expectedOrder(entries()));
    expect(order[0]).toBe('e05');
    expect(order[1]).toBe('e44');
    // e40 and e41 were posted in the same second: the larger id first.
    expect(order.indexOf('e41')).toBeLessThan(order.indexOf('e40'));
  });

  it('pages hold 20 entries of that order, every entry exactly once', async () => {
    const pages = await Promise.all(
      [0, 1, 2].map((p) => repo.live.entries('storm', { offset: p * LIVE_PAGE_SIZE, limit: LIVE_PAGE_SIZE })),
    );
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.every((p) => p.total === 45)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((e) => e.id))).toEqual(await all());
  });

  it('resolves every entry to the page that holds it', async () => {
    const order = await all();
    for (const [i, id] of order.entries()) {
      const position = await repo.live.position('storm', id);
      expect(position, id).toBe(i);
      expect(pageOfPosition(position!), id).toBe(Math.floor(i / 20) + 1);
    }
    expect(await repo.live.position('storm', 'no-such-entry')).toBeUndefined();
    expect(await repo.live.position('quiet', 'e10')).toBeUndefined();
  });

  it('lists key events newest first with their place in page order', async () => {
    const order = await all();
    const keys = await repo.live.keyEvents('storm');
    expect(keys.map((k) => k.entry.id)).toEqual(['e30', 'e10']);
    for (const k of keys) expect(k.position).toBe(order.indexOf(k.entry.id));
  });

  it('names the authors of all entries once each', async () => {
    expect(await repo.live.authors('storm')).toEqual(['a-reporter', 'b-reporter']);
  });

  it('polls the newest entries by time, pinned or not', async () => {
    expect((await repo.live.newest('storm', 3)).map((e) => e.id)).toEqual(['e44', 'e43', 'e42']);
  });

  it('serves only a published live story', async () => {
    expect((await repo.live.story('storm', now))?.title).toBe('Storm live');
    expect(await repo.live.story('later', now)).toBeUndefined();
    expect(await repo.live.story('no-such-story', now)).toBeUndefined();
    expect(await repo.live.stories(now, 10)).toEqual(['storm', 'quiet']);
  });

  it('gives the story card its state, newest titled entry and count, and dates it by its newest entry', async () => {
    const card = (await repo.latest(10, now)).find((a) => a.path === '/live/storm');
    expect(card?.live).toEqual({
      status: 'live',
      latestTitle: 'Title e44',
      latestAt: at(10 + 44),
      entries: 45,
    });
    expect(card?.modified).toBe(at(54));
    const paths = await repo.publishedPaths(now, { offset: 0, limit: 10 });
    expect(paths.find((p) => p.path === '/live/storm')?.modified).toBe(at(54));
  });

  it('lists a live story in its section like any story', async () => {
    const { items } = await repo.inSection('world', now, { offset: 0, limit: 10 });
    expect(items.map((a) => a.path)).toEqual(['/live/storm', '/world/older-story', '/live/quiet']);
  });

  it('keeps a live story in the news sitemap while it has fresh entries, whenever it began', async () => {
    const urls = (day: string) =>
      newsSitemap(repo, { now: new Date(day) }).then((d) =>
        [...d.body.matchAll(/<loc>[^<]*(\/live\/[a-z]+|\/world\/[a-z-]+)<\/loc>/g)].map((m) => m[1]),
      );
    // Two days after coverage began, its entries are still within 48 hours.
    expect(await urls('2026-11-26T06:30:00Z')).toEqual(['/live/storm']);
    expect(await urls('2026-11-27T12:00:00Z')).toEqual([]);
  });
});
