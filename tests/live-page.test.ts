import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEntry, LiveStory } from '@/lib/content/types';
import { entryLocation, liveFeed, livePage, liveUpdates } from '@/lib/pages/live';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { entryHeadline, liveBlogPostingJsonLd } from '@/lib/seo/live';
import { makeCategory, makeLiveEntry, makeLiveStory } from './helpers/factory';
import { engines, fixtureRepository } from './helpers/store';
import { agency, reporter, siteUrl, world } from './seo-fixtures';
import { parseXml } from './seo-xml';

/**
 * The live page's view model, its JSON endpoint, permalinks and feed, over a
 * fixture store and a fixed clock; and its JSON-LD against Google's live
 * blog guidelines.
 */

const START = Date.parse('2026-11-24T06:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const now = new Date('2026-11-24T12:00:00Z');

/** 25 entries a minute apart from 06:01; e03 pinned, e02 and e20 key events; every third by the agency. */
const entries: LiveEntry[] = Array.from({ length: 25 }, (_, i) => {
  const id = `e${String(i).padStart(2, '0')}`;
  return makeLiveEntry('storm', id, at(1 + i), {
    author: i % 3 === 0 ? 'wire' : 'ada-reporter',
    text: `Body of ${id}.`,
    html: `<p>Body of ${id}.</p>`,
    ...(i === 3 ? { pinned: true, title: 'What we know' } : {}),
    ...(i === 2 || i === 20 ? { key: true, title: `Key ${id}` } : {}),
  });
});

const storm = makeLiveStory('storm', {
  title: 'Storm live',
  summary: 'Updates on the storm.',
  date: at(0),
  authors: ['ada-reporter'],
  markdown: 'The storm is *coming*.',
});
const ended = makeLiveStory('over', {
  title: 'Over',
  date: at(0),
  authors: ['wire'],
  live: { status: 'ended', ended: at(30), entries: 0 },
});

describe('the live page', () => {
  const engine = engines[0]!;
  let repo: Awaited<ReturnType<typeof fixtureRepository>>;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, {
      categories: [world, makeCategory('life', 2)],
      authors: [reporter, agency],
      live: [storm, ended],
      entries: [...entries, makeLiveEntry('over', 'o1', at(5), { author: 'wire', title: 'Last word' })],
    });
  });
  afterAll(async () => repo.dispose());

  it('puts the pinned entry on top of page 1, then 19 entries newest first', async () => {
    const page = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(page.pinned?.id).toBe('e03');
    expect(page.entries.map((e) => e.id)).toEqual(
      Array.from({ length: 25 }, (_, i) => `e${String(24 - i).padStart(2, '0')}`)
        .filter((id) => id !== 'e03')
        .slice(0, 19),
    );
    expect(page.page).toEqual({ page: 1, totalPages: 2, totalEntries: 25, basePath: '/live/storm' });
  });

  it('shows the older entries on page 2, with no pinned entry', async () => {
    const page = (await livePage(repo, 'storm', '2', { now }))!;
    expect(page.pinned).toBeUndefined();
    expect(page.entries.map((e) => e.id)).toEqual(['e05', 'e04', 'e02', 'e01', 'e00']);
    expect(page.poll).toBeUndefined();
  });

  it('answers no page for /page/1 (that is the story itself), a page past the end, or an odd number', async () => {
    for (const p of ['1', '3', '02', 'x']) expect(await livePage(repo, 'storm', p, { now }), p).toBeUndefined();
    expect(await livePage(repo, 'no-such-story', undefined, { now })).toBeUndefined();
  });

  it('gives every entry its time, author, anchor and permalink', async () => {
    const page = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(page.entries[0]).toMatchObject({
      id: 'e24',
      anchor: 'entry-e24',
      permalink: '/live/storm/entries/e24',
      datetime: at(25),
      author: { name: 'The Wire Agency', path: '/author/wire' },
      html: '<p>Body of e24.</p>',
    });
    expect(page.entries[0]!.time).toMatch(/24 Nov 2026, 06:25/);
  });

  it('links key events to their entry on whichever page holds it', async () => {
    const one = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(one.keyEvents.map((k) => [k.title, k.href])).toEqual([
      ['Key e20', '#entry-e20'],
      ['Key e02', '/live/storm/page/2#entry-e02'],
    ]);
    const two = (await livePage(repo, 'storm', '2', { now }))!;
    expect(two.keyEvents.map((k) => k.href)).toEqual(['/live/storm#entry-e20', '#entry-e02']);
  });

  it('names the story author first, then everyone else who wrote an entry, and when it was last updated', async () => {
    const page = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(page.authors.map((a) => a.name)).toEqual(['Ada Reporter', 'The Wire Agency']);
    expect(page.updated).toBe(at(25));
    expect(page.status).toBe('live');
    expect(page.intro).toContain('<em>coming</em>');
  });

  it('polls from page 1 of a live story, from the newest entry shown; never once it has ended', async () => {
    const page = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(page.poll).toEqual({ url: '/live/storm/updates.json', newest: { datetime: at(25), id: 'e24' } });
    const over = (await livePage(repo, 'over', undefined, { now }))!;
    expect(over.status).toBe('ended');
    expect(over.poll).toBeUndefined();
  });

  it('tags the page with the story and every author shown, so a new entry or a renamed author refreshes it', async () => {
    const page = (await livePage(repo, 'storm', undefined, { now }))!;
    expect(page.tags).toEqual(['site', 'article:/live/storm', 'author:ada-reporter', 'author:wire']);
  });

  it('sends open tabs the newest entries by time and the story state', async () => {
    const updates = (await liveUpdates(repo, 'storm', { now }))!;
    expect(updates.status).toBe('live');
    expect(updates.total).toBe(25);
    expect(updates.entries).toHaveLength(20);
    expect(updates.entries.slice(0, 3).map((e) => e.id)).toEqual(['e24', 'e23', 'e22']);
    expect(await liveUpdates(repo, 'no-such-story', { now })).toBeUndefined();
  });

  it('resolves a permalink to the page holding the entry, at its anchor', async () => {
    expect(await entryLocation(repo, 'storm', 'e24', { now })).toBe('/live/storm#entry-e24');
    expect(await entryLocation(repo, 'storm', 'e03', { now })).toBe('/live/storm#entry-e03');
    expect(await entryLocation(repo, 'storm', 'e00', { now })).toBe('/live/storm/page/2#entry-e00');
    expect(await entryLocation(repo, 'storm', 'nope', { now })).toBeUndefined();
    expect(await entryLocation(repo, 'over', 'e00', { now })).toBeUndefined();
  });

  it('hides a story before its start, and so its entries', async () => {
    const early = new Date(at(-1));
    expect(await livePage(repo, 'storm', undefined, { now: early })).toBeUndefined();
    expect(await liveUpdates(repo, 'storm', { now: early })).toBeUndefined();
    expect(await entryLocation(repo, 'storm', 'e24', { now: early })).toBeUndefined();
  });

  it('feeds the newest entries as RSS items linking to their permalinks', async () => {
    const feed = (await liveFeed(repo, 'storm', { now }))!;
    const doc = parseXml(feed.body, ['item']);
    const items = doc.rss.channel.item as { title: string; link: string }[];
    expect(items).toHaveLength(25);
    expect(items[0]).toMatchObject({ title: 'Body of e24.', link: `${siteUrl}/live/storm/entries/e24` });
    expect(items.find((i) => i.link.endsWith('/e20'))?.title).toBe('Key e20');
    expect(feed.tags).toEqual(['article:/live/storm']);
  });
});

describe('liveBlogPostingJsonLd', () => {
  const story: LiveStory = { ...storm, modified: at(25), live: { status: 'live', entries: 2 } };
  const shown = [entries[24]!, entries[20]!];
  const ld = JSON.parse(
    serializeJsonLd(
      liveBlogPostingJsonLd({
        story,
        section: world,
        authors: [reporter, agency],
        entries: shown.map((entry) => ({ entry, author: entry.author === 'wire' ? agency : reporter })),
      }),
    ),
  );

  it('is a LiveBlogPosting with its coverage start, and no end while live', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Storm live',
      url: `${siteUrl}/live/storm`,
      datePublished: at(0),
      dateModified: at(25),
      coverageStartTime: at(0),
    });
    expect(ld).not.toHaveProperty('coverageEndTime');
    expect(ld.author.map((a: { name: string }) => a.name)).toEqual(['Ada Reporter', 'The Wire Agency']);
  });

  it('lists each entry as a BlogPosting with headline, time, text, author and url', () => {
    expect(ld.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Body of e24.',
        datePublished: at(25),
        articleBody: 'Body of e24.',
        author: expect.objectContaining({ '@type': 'Organization', name: 'The Wire Agency' }),
        url: `${siteUrl}/live/storm/entries/e24`,
      },
      expect.objectContaining({
        headline: 'Key e20',
        author: expect.objectContaining({ '@type': 'Person', name: 'Ada Reporter' }),
      }),
    ]);
  });

  it('adds the coverage end once the story has ended', () => {
    const over = liveBlogPostingJsonLd({
      story: { ...story, live: { status: 'ended', ended: at(40), entries: 2 } },
      section: world,
      authors: [reporter],
      entries: [],
    });
    expect(over).toMatchObject({ coverageStartTime: at(0), coverageEndTime: at(40) });
  });
});

describe('entryHeadline', () => {
  it('is the title, or the opening words of the text, cut at a word within 110 characters', () => {
    expect(entryHeadline({ title: 'A title', text: 'ignored' })).toBe('A title');
    expect(entryHeadline({ text: '  Short   text. ' })).toBe('Short text.');
    const long = entryHeadline({ text: `${'word '.repeat(40)}end` });
    expect(long.length).toBeLessThanOrEqual(110);
    expect(long).toMatch(/^word( word)+…$/);
  });
});
