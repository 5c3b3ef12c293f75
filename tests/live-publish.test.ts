import { afterEach, describe, expect, it } from 'vitest';
import { createRepository } from '@/lib/content/repository';
import type { ContentDocument } from '@/lib/content/store/documents';
import { loadDocuments } from '@/lib/content/store/load';
import { applyChange } from '@/lib/content/store/write';
import { siteChrome } from '@/lib/pages/chrome';
import { tagsForChange } from '@/lib/publish/tags';
import { makeArticle, makeAuthor, makeCategory, makeLiveEntry, makeLiveStory } from './helpers/factory';
import { engines, fixtureDocuments, openTestStore, type TestStore } from './helpers/store';

/**
 * Publishing live entries and breaking news: what the store does with them
 * (the story's card follows its entries) and exactly which cache tags a
 * publish revalidates, on every engine.
 */

const story = makeLiveStory('storm', { title: 'Storm live', date: '2026-11-24T06:00:00Z', authors: ['ana'], tags: ['Storms'] });
const entry = (id: string, minute: number, extra = {}) =>
  makeLiveEntry('storm', id, `2026-11-24T07:${String(minute).padStart(2, '0')}:00Z`, { author: 'bo', ...extra });
const doc = (value: ReturnType<typeof entry>): ContentDocument => ({
  kind: 'liveEntry',
  file: value.sourcePath,
  hash: `${value.id}-h`,
  value,
});
const now = new Date('2026-11-24T12:00:00Z');

describe.each(engines)('publishing live coverage (%s)', (engine) => {
  let store: TestStore;
  afterEach(async () => store?.dispose());

  async function open(
    entries = [entry('e1', 1, { title: 'First' })],
    articles = [makeArticle({ slug: 'plain', date: '2026-11-20T09:00:00Z' })],
  ) {
    store = await openTestStore(engine);
    await loadDocuments(store, [
      fixtureDocuments({
        categories: [makeCategory('world', 1)],
        authors: [makeAuthor('ana'), makeAuthor('bo'), makeAuthor('a-reporter')],
        articles,
        live: [story],
        entries,
      }),
    ]);
    return createRepository(store);
  }
  const card = async (repo: ReturnType<typeof createRepository>) =>
    (await repo.latest(10, now)).find((a) => a.path === '/live/storm')!;

  it('a new entry refreshes the card and revalidates exactly the story, its cards and the news sitemap', async () => {
    const repo = await open();
    const applied = await applyChange(
      store,
      { upsert: [doc(entry('e2', 5, { title: 'Second' }))], remove: [] },
      { revalidate: tagsForChange, now },
    );
    expect(applied.liveEntries.map((c) => [c.before?.id, c.after?.id])).toEqual([[undefined, 'e2']]);
    expect(applied.liveStories.map((s) => s.slug)).toEqual(['storm']);
    expect(applied.tags).toEqual(['article:/live/storm', 'author:ana', 'home', 'news-sitemap', 'section:world', 'tag:storms']);
    expect((await card(repo)).live).toEqual({
      status: 'live',
      latestTitle: 'Second',
      latestAt: '2026-11-24T07:05:00.000Z',
      entries: 2,
    });
    // An entry without a title is the newest, but the card keeps the newest title.
    await applyChange(store, { upsert: [doc(entry('e3', 9))], remove: [] }, { now });
    expect((await card(repo)).live).toMatchObject({ latestTitle: 'Second', latestAt: '2026-11-24T07:09:00.000Z', entries: 3 });
    // Logged with the content, in the same transaction, for every instance to replay.
    const log = await store.db.selectFrom('revalidations').select('tags').execute();
    expect(JSON.parse(log.at(-1)!.tags)).toEqual(applied.tags);
  });

  it('a corrected entry replaces the old one; a deleted entry leaves the card', async () => {
    const repo = await open([entry('e1', 1, { title: 'First' }), entry('e2', 5, { title: 'Second' })]);
    const changed = await applyChange(
      store,
      { upsert: [doc(entry('e2', 5, { title: 'Second, corrected' }))], remove: [] },
      { now },
    );
    expect(changed.liveEntries.map((c) => [c.before?.title, c.after?.title])).toEqual([['Second', 'Second, corrected']]);
    expect((await card(repo)).live?.latestTitle).toBe('Second, corrected');
    const removed = await applyChange(
      store,
      { upsert: [], remove: ['content/live/storm/entries/e2.md'] },
      { revalidate: tagsForChange, now },
    );
    expect(removed.liveEntries.map((c) => [c.before?.id, c.after])).toEqual([['e2', undefined]]);
    expect(removed.tags).toContain('article:/live/storm');
    expect((await card(repo)).live).toMatchObject({ latestTitle: 'First', entries: 1 });
    expect(await repo.live.entry('storm', 'e2')).toBeUndefined();
  });

  it('rewriting the story file (live:end) keeps its entries counted and records its end', async () => {
    const repo = await open();
    const ended = { ...story, live: { status: 'ended' as const, ended: '2026-11-24T09:00:00Z', entries: 0 } };
    await applyChange(
      store,
      { upsert: [{ kind: 'live', file: story.sourcePath, hash: 'ended', value: ended }], remove: [] },
      { now },
    );
    expect((await card(repo)).live).toEqual({
      status: 'ended',
      ended: '2026-11-24T09:00:00Z',
      latestTitle: 'First',
      latestAt: '2026-11-24T07:01:00.000Z',
      entries: 1,
    });
    expect((await card(repo)).modified).toBe('2026-11-24T09:00:00Z');
  });

  it('taking the story down removes it and its entries from every list', async () => {
    const repo = await open();
    const applied = await applyChange(
      store,
      { upsert: [], remove: [story.sourcePath, 'content/live/storm/entries/e1.md'] },
      { revalidate: tagsForChange, now },
    );
    expect(applied.tags).toEqual(expect.arrayContaining(['article:/live/storm', 'home', 'section:world', 'sitemaps', 'feeds']));
    expect(await repo.live.story('storm', now)).toBeUndefined();
    expect((await repo.live.entries('storm', { offset: 0, limit: 10 })).total).toBe(0);
    expect((await repo.latest(10, now)).map((a) => a.path)).toEqual(['/world/plain']);
  });

  it('breaking news: the banner shows the newest breaking story until its time, and publishing it refreshes every page', async () => {
    const breaking = makeArticle({
      slug: 'quake',
      date: '2026-11-24T10:00:00Z',
      breaking: true,
      breakingUntil: '2026-11-24T14:00:00Z',
    });
    const older = makeArticle({
      slug: 'older',
      date: '2026-11-24T09:00:00Z',
      breaking: true,
      breakingUntil: '2026-11-24T16:00:00Z',
    });
    const notYet = makeArticle({
      slug: 'embargoed',
      date: '2026-11-24T13:00:00Z',
      breaking: true,
      breakingUntil: '2026-11-24T18:00:00Z',
    });
    const repo = await open([], [breaking, older, notYet, makeArticle({ slug: 'plain', date: '2026-11-24T11:00:00Z' })]);
    expect((await repo.breakingNews(now))?.path).toBe('/world/quake');
    expect((await repo.breakingNews(new Date('2026-11-24T13:30:00Z')))?.path).toBe('/world/embargoed');
    expect((await repo.breakingNews(new Date('2026-11-24T14:30:00Z')))?.path).toBe('/world/embargoed');
    expect(await repo.breakingNews(new Date('2026-11-24T18:00:00Z'))).toBeUndefined();

    const chrome = await siteChrome(repo, { now });
    expect(chrome.breaking).toEqual({ title: breaking.title, path: '/world/quake', until: '2026-11-24T14:00:00Z' });
    expect(chrome.tags).toEqual([`expires:${Date.parse('2026-11-24T14:00:00Z')}`]);
    expect(await siteChrome(repo, { now: new Date('2026-11-24T19:00:00Z') })).toEqual({ sections: chrome.sections, tags: [] });

    const calm = { ...breaking, breaking: false };
    const applied = await applyChange(
      store,
      { upsert: [{ kind: 'article', file: breaking.sourcePath, hash: 'calm', value: calm }], remove: [] },
      { revalidate: tagsForChange, now },
    );
    expect(applied.tags).toContain('site');
    expect((await repo.breakingNews(now))?.path).toBe('/world/older');
    // An ordinary story does not touch every page.
    const plain = makeArticle({ slug: 'plain', date: '2026-11-24T11:00:00Z', title: 'Retitled' });
    const quiet = await applyChange(
      store,
      { upsert: [{ kind: 'article', file: plain.sourcePath, hash: 'x', value: plain }], remove: [] },
      { revalidate: tagsForChange, now },
    );
    expect(quiet.tags).not.toContain('site');
  });
});
