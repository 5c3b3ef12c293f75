import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/content/repository';
import { applyChange } from '@/lib/content/store/write';
import { search } from '@/lib/search/engine';
import type { Article, ArticleSummary, Author, Category } from '@/lib/content/types';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureRepository, openTestStore, type Engine } from './helpers/store';

/**
 * The repository contract: every query the site makes, on each engine, over a
 * small fixture archive with a draft, a future draft and two scheduled
 * stories. Nothing here reads the clock: every call gets its `now`.
 */

type Repo = Repository & { dispose(): Promise<void> };

/** Every published fixture is out by NOW; the first scheduled story comes out at LATER exactly. */
const NOW = new Date('2026-07-01T00:00:00Z');
const LATER = new Date('2026-07-10T09:00:00Z');

const categories: Category[] = [
  makeCategory('world', 2, { title: 'World', description: 'News from everywhere' }),
  makeCategory('tech', 2, { title: 'Tech' }),
  makeCategory('life', 1, { title: 'Life' }),
  makeCategory('empty', 3, { title: 'Empty' }),
];
const authors: Author[] = [
  makeAuthor('ben', { name: 'Ben Okafor', role: 'Reporter' }),
  makeAuthor('ana', { name: 'Ana Ferreira' }),
  makeAuthor('wire', { name: 'Meridian Newswire', kind: 'organization' }),
];

const story = (slug: string, fields: Partial<Article>) => makeArticle({ slug, authors: ['ana'], ...fields });

const articles: Article[] = [
  story('harbour', {
    category: 'world',
    tags: ['Climate', 'Cities'],
    date: '2026-06-10T09:00:00.000Z',
    updated: '2026-06-20T10:00:00.000Z',
  }),
  story('bridge', { category: 'world', authors: ['ben'], tags: ['climate'], date: '2026-06-12T09:00:00.000Z' }),
  // Two stories published in the same millisecond: the slug decides.
  story('beta-tie', { category: 'world', authors: ['ben'], tags: ['Transport'], date: '2026-06-15T09:00:00.000Z' }),
  story('alpha-tie', { category: 'world', tags: ['Transport'], date: '2026-06-15T09:00:00.000Z' }),
  story('kitchens', { category: 'life', tags: ['Food', 'Cities'], date: '2026-06-05T09:00:00.000Z' }),
  story('chips', { category: 'tech', authors: ['wire'], tags: ['Climate'], date: '2026-06-01T09:00:00.000Z' }),
  // A draft dated in the past, modified after every published story, in the busiest tag and section.
  story('secret-draft', {
    category: 'world',
    tags: ['Climate', 'Secret'],
    draft: true,
    date: '2026-06-20T09:00:00.000Z',
    updated: '2026-06-25T00:00:00.000Z',
  }),
  // A draft dated after NOW: never published, never "next scheduled".
  story('future-draft', { category: 'world', tags: ['Climate'], draft: true, date: '2026-07-05T09:00:00.000Z' }),
  story('future-launch', { category: 'tech', tags: ['Climate', 'Space'], date: '2026-07-10T09:00:00.000Z' }),
  story('far-future', { category: 'life', authors: ['ben'], date: '2026-09-01T09:00:00.000Z' }),
];

const slugsOf = (items: Pick<ArticleSummary, 'slug'>[]) => items.map((a) => a.slug);
const find = (slug: string) => articles.find((a) => a.slug === slug)!;

describe.each(engines)('repository on %s', (engine: Engine) => {
  let repo: Repo;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, { articles, authors, categories });
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  describe('sections and authors', () => {
    it('lists sections by position, then title', async () => {
      const sections = await repo.categories();
      expect(sections.map((c) => c.slug)).toEqual(['life', 'tech', 'world', 'empty']);
      expect(sections.find((c) => c.slug === 'world')).toEqual({
        slug: 'world',
        title: 'World',
        description: 'News from everywhere',
        order: 2,
        path: '/world',
      });
    });

    it('finds one section by slug, and nothing for an unknown one', async () => {
      expect((await repo.category('life'))?.title).toBe('Life');
      expect(await repo.category('nowhere')).toBeUndefined();
    });

    it('lists authors by name and finds one by slug', async () => {
      expect((await repo.authors()).map((a) => a.name)).toEqual(['Ana Ferreira', 'Ben Okafor', 'Meridian Newswire']);
      expect(await repo.author('ben')).toEqual({
        slug: 'ben',
        name: 'Ben Okafor',
        role: 'Reporter',
        kind: 'person',
        links: [],
        bioHtml: '',
        bioText: '',
        path: '/author/ben',
      });
      expect((await repo.author('wire'))?.kind).toBe('organization');
      expect(await repo.author('nobody')).toBeUndefined();
    });

    it('looks several authors up at once, by slug, skipping unknown ones', async () => {
      const found = await repo.authorsBySlug(['ana', 'wire', 'ana', 'nobody']);
      expect([...found.keys()].sort()).toEqual(['ana', 'wire']);
      expect(found.get('wire')?.name).toBe('Meridian Newswire');
      expect((await repo.authorsBySlug([])).size).toBe(0);
    });
  });

  describe('one story', () => {
    it('returns a published story whole', async () => {
      const harbour = await repo.article('world', 'harbour', NOW);
      expect(harbour).toMatchObject({
        slug: 'harbour',
        path: '/world/harbour',
        draft: false,
        tags: ['Climate', 'Cities'],
        updated: '2026-06-20T10:00:00.000Z',
        modified: '2026-06-20T10:00:00.000Z',
        sourcePath: 'content/articles/harbour.md',
      });
      expect(harbour).toEqual(find('harbour'));
    });

    it('finds nothing under another section or an unknown slug', async () => {
      expect(await repo.article('life', 'harbour', NOW)).toBeUndefined();
      expect(await repo.article('world', 'nothing-here', NOW)).toBeUndefined();
    });

    it('hides drafts and scheduled stories unless asked for a preview', async () => {
      expect(await repo.article('world', 'secret-draft', NOW)).toBeUndefined();
      expect(await repo.article('tech', 'future-launch', NOW)).toBeUndefined();
      expect(await repo.article('world', 'secret-draft', NOW, { preview: false })).toBeUndefined();
      expect((await repo.article('world', 'secret-draft', NOW, { preview: true }))?.draft).toBe(true);
      expect((await repo.article('tech', 'future-launch', NOW, { preview: true }))?.slug).toBe('future-launch');
    });

    it('serves a scheduled story from its time on, a draft never', async () => {
      expect(await repo.article('tech', 'future-launch', new Date(LATER.getTime() - 1))).toBeUndefined();
      expect((await repo.article('tech', 'future-launch', LATER))?.slug).toBe('future-launch');
      expect(await repo.article('world', 'future-draft', new Date('2030-01-01T00:00:00Z'))).toBeUndefined();
    });
  });

  describe('lists', () => {
    it('lists the latest stories newest first, the slug breaking ties', async () => {
      expect(slugsOf(await repo.latest(10, NOW))).toEqual(['alpha-tie', 'beta-tie', 'bridge', 'harbour', 'kitchens', 'chips']);
      expect(slugsOf(await repo.latest(2, NOW))).toEqual(['alpha-tie', 'beta-tie']);
    });

    it('pages through a section, with its total', async () => {
      const first = await repo.inSection('world', NOW, { offset: 0, limit: 2 });
      expect(slugsOf(first.items)).toEqual(['alpha-tie', 'beta-tie']);
      expect(first.total).toBe(4);
      const second = await repo.inSection('world', NOW, { offset: 2, limit: 2 });
      expect(slugsOf(second.items)).toEqual(['bridge', 'harbour']);
      expect(second.total).toBe(4);
      expect(await repo.inSection('world', NOW, { offset: 4, limit: 2 })).toEqual({ items: [], total: 4 });
      expect(await repo.inSection('empty', NOW, { offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
      expect(await repo.inSection('nowhere', NOW, { offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
    });

    it('counts a listing without reading it (limit 0)', async () => {
      expect(await repo.inSection('world', NOW, { offset: 0, limit: 0 })).toEqual({ items: [], total: 4 });
    });

    it('pages through an author, newest first', async () => {
      const ana = await repo.byAuthor('ana', NOW, { offset: 0, limit: 10 });
      expect(slugsOf(ana.items)).toEqual(['alpha-tie', 'harbour', 'kitchens']);
      expect(ana.total).toBe(3);
      const ben = await repo.byAuthor('ben', NOW, { offset: 1, limit: 1 });
      expect(slugsOf(ben.items)).toEqual(['bridge']);
      expect(ben.total).toBe(2);
      expect((await repo.byAuthor('nobody', NOW, { offset: 0, limit: 10 })).total).toBe(0);
    });

    it('pages through a tag, found by its slug whatever the spelling', async () => {
      const climate = await repo.withTag('climate', NOW, { offset: 0, limit: 10 });
      expect(slugsOf(climate.items)).toEqual(['bridge', 'harbour', 'chips']);
      expect(climate.total).toBe(3);
      expect(slugsOf((await repo.withTag('climate', NOW, { offset: 1, limit: 1 })).items)).toEqual(['harbour']);
      // Tags are stored by slug: the label as written is not a key.
      expect((await repo.withTag('Climate', NOW, { offset: 0, limit: 10 })).total).toBe(0);
    });

    it('returns summaries of given paths in the order asked, published only', async () => {
      const paths = ['/tech/chips', '/world/secret-draft', '/tech/future-launch', '/nowhere/x', '/world/harbour'];
      expect(slugsOf(await repo.summaries(paths, NOW))).toEqual(['chips', 'harbour']);
      expect(await repo.summaries([], NOW)).toEqual([]);
    });

    it('gives cards no body', async () => {
      const [card] = await repo.latest(1, NOW);
      expect(card).not.toHaveProperty('markdown');
      expect(card).not.toHaveProperty('text');
      expect(card).toMatchObject({ slug: 'alpha-tie', category: 'world', authors: ['ana'], readingMinutes: 1 });
    });
  });

  describe('tags', () => {
    it('groups spellings by slug, names each by its most used spelling, most used first', async () => {
      // "Climate" is on two stories and "climate" on one: the majority wins,
      // though "climate" sorts first alphabetically.
      expect(await repo.tags(NOW)).toEqual([
        { tag: 'Climate', slug: 'climate', count: 3 },
        { tag: 'Cities', slug: 'cities', count: 2 },
        { tag: 'Transport', slug: 'transport', count: 2 },
        { tag: 'Food', slug: 'food', count: 1 },
      ]);
      expect((await repo.tags(NOW, 2)).map((t) => t.slug)).toEqual(['climate', 'cities']);
    });

    it('describes one tag the same way', async () => {
      expect(await repo.tag('climate', NOW)).toEqual({ tag: 'Climate', slug: 'climate', count: 3 });
      expect(await repo.tag('nothing', NOW)).toBeUndefined();
    });
  });

  describe('related stories', () => {
    it('ranks by shared tags, then the same section, then recency, never the story itself', async () => {
      const related = await repo.related(find('harbour'), 10, NOW);
      expect(slugsOf(related)).toEqual(['bridge', 'kitchens', 'chips', 'alpha-tie', 'beta-tie']);
    });

    it('honours the limit', async () => {
      expect(slugsOf(await repo.related(find('harbour'), 2, NOW))).toEqual(['bridge', 'kitchens']);
      expect(slugsOf(await repo.related(find('harbour'), 4, NOW))).toEqual(['bridge', 'kitchens', 'chips', 'alpha-tie']);
    });
  });

  describe('sitemaps, feeds and scheduling', () => {
    it('counts and lists published paths newest first, with their modification time', async () => {
      expect(await repo.publishedCount(NOW)).toBe(6);
      const paths = await repo.publishedPaths(NOW, { offset: 0, limit: 100 });
      expect(paths.map((p) => p.path)).toEqual([
        '/world/alpha-tie',
        '/world/beta-tie',
        '/world/bridge',
        '/world/harbour',
        '/life/kitchens',
        '/tech/chips',
      ]);
      expect(paths[3]).toEqual({ path: '/world/harbour', modified: '2026-06-20T10:00:00.000Z' });
      expect((await repo.publishedPaths(NOW, { offset: 4, limit: 1 })).map((p) => p.path)).toEqual(['/life/kitchens']);
    });

    it('lists the stories published in a window, its start included', async () => {
      const from = new Date('2026-06-12T09:00:00.000Z');
      expect(slugsOf(await repo.publishedBetween(from, NOW, 10))).toEqual(['alpha-tie', 'beta-tie', 'bridge']);
      expect(slugsOf(await repo.publishedBetween(from, NOW, 1))).toEqual(['alpha-tie']);
      expect(await repo.publishedBetween(new Date('2026-06-16T00:00:00Z'), NOW, 10)).toEqual([]);
    });

    it('gives the newest modification of the site and of each section, author and tag', async () => {
      const m = await repo.lastModifiedBy(NOW);
      expect(m.site).toBe('2026-06-20T10:00:00.000Z');
      expect(Object.fromEntries(m.sections)).toEqual({
        world: '2026-06-20T10:00:00.000Z',
        life: '2026-06-05T09:00:00.000Z',
        tech: '2026-06-01T09:00:00.000Z',
      });
      expect(Object.fromEntries(m.authors)).toEqual({
        ana: '2026-06-20T10:00:00.000Z',
        ben: '2026-06-15T09:00:00.000Z',
        wire: '2026-06-01T09:00:00.000Z',
      });
      expect(Object.fromEntries(m.tags)).toEqual({
        climate: '2026-06-20T10:00:00.000Z',
        cities: '2026-06-20T10:00:00.000Z',
        transport: '2026-06-15T09:00:00.000Z',
        food: '2026-06-05T09:00:00.000Z',
      });
    });

    it('has no modification time before anything is published', async () => {
      const m = await repo.lastModifiedBy(new Date('2020-01-01T00:00:00Z'));
      expect(m.site).toBeUndefined();
      expect(m.sections.size + m.authors.size + m.tags.size).toBe(0);
    });

    it('knows when the next scheduled story comes out, ignoring drafts', async () => {
      expect((await repo.nextScheduled(NOW))?.toISOString()).toBe('2026-07-10T09:00:00.000Z');
      // At its very moment it is published, not scheduled.
      expect((await repo.nextScheduled(LATER))?.toISOString()).toBe('2026-09-01T09:00:00.000Z');
      expect(await repo.nextScheduled(new Date('2026-09-01T09:00:00.000Z'))).toBeUndefined();
    });
  });

  describe('drafts and scheduled stories', () => {
    const hidden = ['secret-draft', 'future-draft', 'future-launch', 'far-future'];
    const hiddenPaths = articles.filter((a) => hidden.includes(a.slug)).map((a) => a.path);

    it('are absent from every list before their time', async () => {
      const everything = { offset: 0, limit: 100 };
      const lists: ArticleSummary[][] = [
        await repo.latest(100, NOW),
        ...(await Promise.all(categories.map(async (c) => (await repo.inSection(c.slug, NOW, everything)).items))),
        ...(await Promise.all(authors.map(async (a) => (await repo.byAuthor(a.slug, NOW, everything)).items))),
        (await repo.withTag('climate', NOW, everything)).items,
        (await repo.withTag('secret', NOW, everything)).items,
        (await repo.withTag('space', NOW, everything)).items,
        await repo.publishedBetween(new Date('2020-01-01T00:00:00Z'), NOW, 100),
        ...(await Promise.all(articles.map((a) => repo.related(a, 100, NOW)))),
      ];
      for (const list of lists) for (const a of list) expect(hidden).not.toContain(a.slug);
      const paths = (await repo.publishedPaths(NOW, everything)).map((p) => p.path);
      for (const p of hiddenPaths) expect(paths).not.toContain(p);
      expect(await repo.publishedCount(NOW)).toBe(6);
      expect(await repo.tag('secret', NOW)).toBeUndefined();
      expect(await repo.tag('space', NOW)).toBeUndefined();
      expect((await repo.tags(NOW)).map((t) => t.slug)).not.toContain('secret');
      expect(await repo.tag('climate', NOW)).toMatchObject({ count: 3 });
    });

    it('appear in every list once their time comes, in the same store', async () => {
      const everything = { offset: 0, limit: 100 };
      expect(slugsOf(await repo.latest(1, LATER))).toEqual(['future-launch']);
      expect(slugsOf((await repo.inSection('tech', LATER, everything)).items)).toEqual(['future-launch', 'chips']);
      expect((await repo.byAuthor('ana', LATER, everything)).total).toBe(4);
      expect(slugsOf((await repo.withTag('climate', LATER, everything)).items)).toEqual([
        'future-launch',
        'bridge',
        'harbour',
        'chips',
      ]);
      expect(await repo.tag('climate', LATER)).toEqual({ tag: 'Climate', slug: 'climate', count: 4 });
      expect(await repo.tag('space', LATER)).toEqual({ tag: 'Space', slug: 'space', count: 1 });
      expect((await repo.tags(LATER)).find((t) => t.slug === 'space')).toEqual({ tag: 'Space', slug: 'space', count: 1 });
      expect(slugsOf(await repo.related(find('harbour'), 3, LATER))).toEqual(['bridge', 'future-launch', 'kitchens']);
      expect(await repo.publishedCount(LATER)).toBe(7);
      expect((await repo.publishedPaths(LATER, { offset: 0, limit: 1 }))[0]?.path).toBe('/tech/future-launch');
      expect(slugsOf(await repo.publishedBetween(NOW, LATER, 10))).toEqual(['future-launch']);
      const m = await repo.lastModifiedBy(LATER);
      expect(m.site).toBe('2026-07-10T09:00:00.000Z');
      expect(m.sections.get('tech')).toBe('2026-07-10T09:00:00.000Z');
      expect(m.authors.get('ana')).toBe('2026-07-10T09:00:00.000Z');
      expect(m.tags.get('space')).toBe('2026-07-10T09:00:00.000Z');
      // Drafts stay out, whatever the time.
      expect(m.tags.has('secret')).toBe(false);
      expect(m.sections.get('world')).toBe('2026-06-20T10:00:00.000Z');
    });

    it('answers an earlier moment as before after a later one was asked', async () => {
      await repo.latest(100, LATER);
      expect(await repo.publishedCount(NOW)).toBe(6);
      expect(slugsOf(await repo.latest(1, NOW))).toEqual(['alpha-tie']);
    });
  });

  describe('content outline', () => {
    it('lists every stored file with its record, hash and, for stories, what the cross-file checks read', async () => {
      const outline = await repo.contentOutline();
      expect(outline).toHaveLength(categories.length + authors.length + articles.length);
      const byFile = new Map(outline.map((o) => [o.file, o]));
      expect(byFile.get('content/categories/world.md')).toEqual({
        file: 'content/categories/world.md',
        kind: 'category',
        record: 'world',
        hash: 'world',
      });
      expect(byFile.get('content/authors/wire.md')).toEqual({
        file: 'content/authors/wire.md',
        kind: 'author',
        record: 'wire',
        hash: 'wire',
      });
      expect(byFile.get('content/articles/secret-draft.md')).toEqual({
        file: 'content/articles/secret-draft.md',
        kind: 'article',
        record: '/world/secret-draft',
        hash: '/world/secret-draft',
        article: {
          category: 'world',
          authors: ['ana'],
          draft: true,
          date: '2026-06-20T09:00:00.000Z',
          tags: ['Climate', 'Secret'],
          aliases: [],
        },
      });
      expect(byFile.get('content/articles/bridge.md')?.article).toEqual({
        category: 'world',
        authors: ['ben'],
        draft: false,
        date: '2026-06-12T09:00:00.000Z',
        tags: ['climate'],
        aliases: [],
      });
    });
  });
});

// The ranking cases of the tests that predate the store (tests/queries.test.ts).
describe.each(engines)('related stories on %s (ported cases)', (engine: Engine) => {
  const base = makeArticle({ slug: 'base', category: 'world', tags: ['Climate', 'Cities', 'Oceans'] });
  const twoTags = makeArticle({ slug: 'two-tags', category: 'life', tags: ['Climate', 'Cities'], date: '2026-01-01T00:00:00Z' });
  const oneTagSameSection = makeArticle({
    slug: 'one-tag-same',
    category: 'world',
    tags: ['oceans'],
    date: '2026-02-01T00:00:00Z',
  });
  const oneTagOtherSection = makeArticle({
    slug: 'one-tag-other',
    category: 'life',
    tags: ['Climate'],
    date: '2026-09-01T00:00:00Z',
  });
  const sameSectionOnly = makeArticle({ slug: 'same-section', category: 'world', tags: [], date: '2026-03-01T00:00:00Z' });
  const newerSameSection = makeArticle({ slug: 'newer-same-section', category: 'world', tags: [], date: '2026-10-01T00:00:00Z' });
  const unrelated = makeArticle({ slug: 'unrelated', category: 'life', tags: [], date: '2026-11-01T00:00:00Z' });
  const all = [unrelated, sameSectionOnly, newerSameSection, oneTagOtherSection, base, oneTagSameSection, twoTags];
  const at = new Date('2027-01-01T00:00:00Z');

  let repo: Repo;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, {
      articles: all,
      authors: [makeAuthor('a-reporter')],
      categories: [makeCategory('world', 1), makeCategory('life', 2)],
    });
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  it('ranks by shared tags, then same section, then recency', async () => {
    expect(slugsOf(await repo.related(base, 6, at))).toEqual([
      'two-tags',
      'one-tag-same',
      'one-tag-other',
      'newer-same-section',
      'same-section',
      'unrelated',
    ]);
  });

  it('never includes the article itself and honours the limit', async () => {
    const result = await repo.related(base, 4, at);
    expect(result).toHaveLength(4);
    expect(slugsOf(result)).not.toContain('base');
    expect(slugsOf(await repo.related(base, 100, at))).not.toContain('base');
    expect(await repo.related(base, 100, at)).toHaveLength(all.length - 1);
  });

  it('matches tags case-insensitively by their slug', async () => {
    // "oceans" on one story, "Oceans" on the base: the shared tag puts it above the newer same-section stories.
    const [first] = await repo.related(oneTagSameSection, 1, at);
    expect(first?.slug).toBe('base');
    expect(slugsOf(await repo.related(base, 2, at))).toEqual(['two-tags', 'one-tag-same']);
  });
});

describe.each(engines)('a story with the same tag twice on %s', (engine: Engine) => {
  let repo: Repo;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, {
      articles: [
        makeArticle({ slug: 'twice', tags: ['Energy', 'energy'], date: '2026-01-01T00:00:00Z' }),
        makeArticle({ slug: 'once', tags: ['Energy'], date: '2026-01-02T00:00:00Z' }),
        // Equal use of two spellings: the one that sorts first names the tag, on every call.
        makeArticle({ slug: 'upper', tags: ['Solar Power'], date: '2026-01-03T00:00:00Z' }),
        makeArticle({ slug: 'lower', tags: ['solar power'], date: '2026-01-04T00:00:00Z' }),
      ],
      authors: [makeAuthor('a-reporter')],
      categories: [makeCategory('world', 1)],
    });
  });
  afterAll(async () => {
    await repo?.dispose();
  });
  const at = new Date('2027-01-01T00:00:00Z');

  it('counts the story once, under the spelling it wrote first', async () => {
    expect(await repo.tag('energy', at)).toEqual({ tag: 'Energy', slug: 'energy', count: 2 });
    expect((await repo.withTag('energy', at, { offset: 0, limit: 10 })).total).toBe(2);
  });

  it('names a tag whose spellings tie the same way in tag() and tags()', async () => {
    const one = await repo.tag('solar-power', at);
    const inList = (await repo.tags(at)).find((t) => t.slug === 'solar-power');
    expect(one?.count).toBe(2);
    expect(inList).toEqual(one);
  });
});

// A publish between two reads is seen by the next read: the repository holds no content of its own.
describe.each(engines)('repository after a publish on %s', (engine: Engine) => {
  let repo: Repo;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, { articles: [find('harbour')], authors, categories });
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  it('sees a story added to the store at once', async () => {
    expect(await repo.publishedCount(NOW)).toBe(1);
    const added = story('added', { category: 'life', date: '2026-06-30T00:00:00.000Z', tags: ['Cities'] });
    await applyChange(repo.store, {
      upsert: [{ kind: 'article', file: added.sourcePath, hash: 'h', value: added }],
      remove: [],
    });
    expect(slugsOf(await repo.latest(5, NOW))).toEqual(['added', 'harbour']);
    expect(slugsOf(await repo.related(find('harbour'), 5, NOW))).toEqual(['added']);
  });
});

// Search answers only from published stories; a scheduled story's words must not surface before its time either.
describe.each(engines)('an embargoed story in search on %s', (engine: Engine) => {
  let repo: Repo;
  const sections = [makeCategory('world', 1)];
  beforeAll(async () => {
    repo = await fixtureRepository(engine, {
      articles: [
        makeArticle({ slug: 'grain', title: 'Grain talks resume', date: '2026-06-01T00:00:00Z' }),
        makeArticle({ slug: 'resigns', title: 'Minister Kowalczyk resigns', date: '2026-08-01T00:00:00Z' }),
      ],
      authors: [makeAuthor('a-reporter')],
      categories: sections,
    });
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  it('finds nothing of it before its time', async () => {
    const response = await search(repo, { q: 'kowalczyk', page: 1 }, { now: NOW, categories: sections });
    expect(response.results).toEqual([]);
  });

  it('does not offer a word only an embargoed story holds as "did you mean"', async () => {
    // The vocabulary (search_terms) counts scheduled stories too, and
    // corrections come from it: a typo next to a published word must not
    // get the embargoed name spelt out.
    const response = await search(repo, { q: 'grain kowalczik', page: 1 }, { now: NOW, categories: sections });
    expect(response.results.map((h) => h.path)).toEqual(['/world/grain']);
    expect(response.didYouMean ?? '').not.toContain('kowalczyk');
  });
});

// A database restart, a failover or an idle-session timeout closes the pool's idle connections.
describe.skipIf(!engines.includes('postgres'))('the PostgreSQL store', () => {
  it('survives the server closing an idle connection', async () => {
    // lib/content/store/open.ts openPostgres(): the pg Pool has no 'error'
    // listener, so the error pg-pool emits for a dead idle client is an
    // unhandled 'error' event: the server process crashes. (The pool in
    // lib/cache/revalidation-log.mjs has the same problem.)
    const store = await openTestStore('postgres');
    const uncaught: unknown[] = [];
    const record = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', record);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    try {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(store.db);
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // Until the backend is gone and its goodbye has had time to arrive.
      for (let i = 0; i < 50 && !uncaught.length; i++) {
        const gone = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [rows[0]!.pid]);
        if (!gone.rowCount && i > 5) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(uncaught).toEqual([]);
      // And the store still answers, on a new connection.
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(store.db)).rows[0]?.one).toBe(1);
    } finally {
      await admin.end();
      process.off('uncaughtException', record);
      await store.dispose();
    }
  });
});
