import { afterAll, describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/content/repository';
import type { Article, Author, Category } from '@/lib/content/types';
import * as engine from '@/lib/search/engine';
import type { SearchResponse } from '@/lib/search/response';
import { routes } from '@/lib/routes';
import { MAX_QUERY_LENGTH, normalizeQuery, parseCategory, parsePage, parseSearchParams } from '@/lib/search/params';
import { highlight, snippet, type Segment } from '@/lib/search/snippet';
import { normalizeTerm, queryTerms } from '@/lib/search/text';
import { makeArticle } from './helpers/factory';
import { engines, fixtureRepository, type Engine } from './helpers/store';

const categories: Category[] = [
  { slug: 'world', title: 'World', order: 1, path: '/world' },
  { slug: 'life', title: 'Life', order: 2, path: '/life' },
  { slug: 'tech-science', title: 'Tech & Science', order: 3, path: '/tech-science' },
];
const authors: Author[] = [
  { slug: 'ana', name: 'Ana Ferreira', kind: 'person', links: [], bioHtml: '', bioText: '', path: '/author/ana' },
  { slug: 'wire', name: 'Meridian Newswire', kind: 'organization', links: [], bioHtml: '', bioText: '', path: '/author/wire' },
];
/** Every fixture is published long before this. */
const NOW = new Date('2027-01-01T00:00:00Z');

type Handle = { articles: Article[]; repo?: Promise<Repository & { dispose(): Promise<void> }> };
type Options = { q: string; category?: string; page?: number; pageSize?: number };

const slugs = (r: SearchResponse) => r.results.map((h) => h.path.split('/').pop());
const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe.each(engines)('search on %s', (engineName: Engine) => {
  const handles: Handle[] = [];
  afterAll(async () => {
    for (const h of handles) if (h.repo) await (await h.repo).dispose();
  });

  /** An index of these articles, built on first use. */
  function index(articles: Article[]): Handle {
    const handle: Handle = { articles };
    handles.push(handle);
    return handle;
  }
  const repoOf = (h: Handle) => (h.repo ??= fixtureRepository(engineName, { articles: h.articles, authors, categories }));

  /** As the page does: the query is made safe at the edge, then searched. */
  async function search(h: Handle, o: Options): Promise<SearchResponse> {
    const request = { q: normalizeQuery(o.q), category: o.category, page: o.page ?? 1 };
    return engine.search(await repoOf(h), request, { now: NOW, categories, pageSize: o.pageSize });
  }
  async function suggest(h: Handle, q: string) {
    return engine.suggest(await repoOf(h), normalizeQuery(q), { now: NOW, categories });
  }

  const FILLER =
    'Officials met on Tuesday to discuss budgets, timetables and the next steps for the project, which has divided opinion for years.';

  function article(slug: string, fields: Partial<Article> = {}): Article {
    const text = fields.text ?? FILLER;
    return makeArticle({
      slug,
      summary: 'A short summary of the day.',
      date: '2026-01-01T09:00:00Z',
      authors: ['ana'],
      ...fields,
      text,
      title: fields.title ?? `Story ${slug}`,
    });
  }

  describe('ranking', () => {
    it('ranks a title match above a summary match above a body match, whatever their dates', async () => {
      const idx = index([
        article('in-body', { text: `${FILLER} The quokka census starts today.`, date: '2026-03-01T09:00:00Z' }),
        article('in-summary', { summary: 'A quokka census is planned.', date: '2026-02-01T09:00:00Z' }),
        article('in-title', { title: 'Quokka census planned', date: '2026-01-01T09:00:00Z' }),
      ]);
      expect(slugs(await search(idx, { q: 'quokka' }))).toEqual(['in-title', 'in-summary', 'in-body']);
    });

    it('keeps that order against repeated matches in short fields and a single match in long ones', async () => {
      const long = `${FILLER} ${FILLER} ${FILLER} ${FILLER}`;
      const idx = index([
        // The body says the word five times in a short body.
        article('body-heavy', { text: 'Quokka. Quokka quokka, quokka and quokka.', date: '2026-03-01T09:00:00Z' }),
        // The summary says it three times in a short summary.
        article('summary-heavy', { summary: 'Quokka, quokka, quokka.', text: long, date: '2026-02-01T09:00:00Z' }),
        // The title says it once, in a long title.
        article('title-once', {
          title: 'Rangers on a small island off the west coast begin their long-delayed count of the quokka population',
          summary: 'Long-awaited figures are expected by the end of the year, officials say, after several delays.',
          text: long,
          date: '2026-01-01T09:00:00Z',
        }),
      ]);
      expect(slugs(await search(idx, { q: 'quokka' }))).toEqual(['title-once', 'summary-heavy', 'body-heavy']);
    });

    it('breaks ties by recency', async () => {
      const idx = index([
        article('older', { title: 'Harbour reopens', date: '2025-05-01T09:00:00Z' }),
        article('newest', { title: 'Harbour reopens', date: '2026-05-01T09:00:00Z' }),
        article('middle', { title: 'Harbour reopens', date: '2025-11-01T09:00:00Z' }),
      ]);
      expect(slugs(await search(idx, { q: 'harbour' }))).toEqual(['newest', 'middle', 'older']);
    });

    it('needs every word when some article has them all, and falls back to any word otherwise', async () => {
      const idx = index([article('both', { title: 'Grain talks in Moscow' }), article('one', { title: 'Grain prices rise' })]);
      const all = await search(idx, { q: 'grain moscow' });
      expect(all.mode).toBe('all');
      expect(slugs(all)).toEqual(['both']);
      const any = await search(idx, { q: 'grain zanzibar' });
      expect(any.mode).toBe('any');
      expect(slugs(any).sort()).toEqual(['both', 'one']);
    });

    it('searches tags, section and author name as well as the text', async () => {
      const idx = index([
        article('tagged', { tags: ['Artificial Intelligence'] }),
        article('by-wire', { authors: ['wire'], category: 'life' }),
        article('plain'),
      ]);
      expect(slugs(await search(idx, { q: 'intelligence' }))).toEqual(['tagged']);
      expect(slugs(await search(idx, { q: 'newswire' }))).toEqual(['by-wire']);
      expect(slugs(await search(idx, { q: 'life' }))).toEqual(['by-wire']);
    });
  });

  describe('matching', () => {
    const idx = index([
      article('moscow', { title: 'Delegation flies in from Moscow', date: '2026-01-02T09:00:00Z' }),
      article('syria', { title: "Donors pledge to rebuild Syria's water network" }),
      article('hollande', { summary: 'François Hollande returns to politics.' }),
      article('sao-paulo', { title: 'Fake video of São Paulo candidate spreads' }),
      article('zurich', { title: 'Zürich voters back night trains', text: `${FILLER} Voters in ZÜRICH said yes.` }),
      article('montreal', { title: 'In Montréal, housing co-ops thrive', category: 'life' }),
      article('plain-sao', { text: `${FILLER} Residents of Sao Tome were asked too.` }),
    ]);

    it('ignores case', async () => {
      expect(slugs(await search(idx, { q: 'moscow' }))).toEqual(['moscow']);
      expect(slugs(await search(idx, { q: 'MOSCOW' }))).toEqual(['moscow']);
    });

    it('matches prefixes', async () => {
      expect(slugs(await search(idx, { q: 'syr' }))).toEqual(['syria']);
      expect(slugs(await search(idx, { q: 'mosc' }))).toEqual(['moscow']);
      expect(slugs(await search(idx, { q: 'montr' }))).toEqual(['montreal']);
    });

    it('tolerates a typo', async () => {
      expect(slugs(await search(idx, { q: 'hollnde' }))).toEqual(['hollande']);
      expect(slugs(await search(idx, { q: 'Holande' }))).toEqual(['hollande']);
      expect(slugs(await search(idx, { q: 'Moscov' }))).toEqual(['moscow']);
    });

    it('expands only words the index does not know', async () => {
      // A fragment anywhere in the query is a prefix; a real word is taken as written.
      expect(slugs(await search(idx, { q: 'syr water' }))).toEqual(['syria']);
      expect(slugs(await search(idx, { q: 'hollnde politics' }))).toEqual(['hollande']);
      const withHolland = index([
        article('holland', { title: 'Holland votes on dykes' }),
        article('hollande', { title: 'Hollande votes too' }),
      ]);
      expect(slugs(await search(withHolland, { q: 'holland votes' }))).toEqual(['holland']);
    });

    it('ignores accents, both ways', async () => {
      expect(slugs(await search(idx, { q: 'sao paulo' }))).toEqual(['sao-paulo']);
      expect(slugs(await search(idx, { q: 'zurich' }))).toEqual(['zurich']);
      expect(slugs(await search(idx, { q: 'montreal' }))).toEqual(['montreal']);
      expect(slugs(await search(idx, { q: 'francois' }))).toEqual(['hollande']);
      expect(slugs(await search(idx, { q: 'São Tomé' }))).toEqual(['plain-sao']);
    });

    it('marks the matched words in titles and snippets, as they are written', async () => {
      const [hit] = (await search(idx, { q: 'zurich' })).results;
      expect(marked(hit!.titleSegments)).toEqual(['Zürich']);
      expect(plain(hit!.titleSegments)).toBe('Zürich voters back night trains');
      const [syria] = (await search(idx, { q: 'syr' })).results;
      expect(marked(syria!.titleSegments)).toEqual(['Syria']);
      const [fuzzy] = (await search(idx, { q: 'hollnde' })).results;
      expect(marked(fuzzy!.snippet)).toEqual(['Hollande']);
      expect(plain(fuzzy!.snippet)).toBe('François Hollande returns to politics.');
    });
  });

  describe('snippets', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

    it('shows the window of the text around the matches, with ellipses where it is cut', async () => {
      const text = `${long} The insurers met in Moscow on Friday. ${long}`;
      const s = snippet(text, new Set(['moscow']), 12);
      expect(marked(s.segments)).toEqual(['Moscow']);
      expect(plain(s.segments).startsWith('…')).toBe(true);
      expect(plain(s.segments).endsWith('…')).toBe(true);
      expect(plain(s.segments)).toContain('insurers met in Moscow on Friday');
    });

    it('prefers the window holding the most distinct terms', async () => {
      const text = `Grain here. ${long} Grain and insurance together. ${long}`;
      const s = snippet(text, new Set(['grain', 'insurance']), 10);
      expect(s.distinct).toBe(2);
      expect(plain(s.segments)).toContain('Grain and insurance together');
    });

    it('uses the body when it holds more of the query than the summary', async () => {
      const idx = index([
        article('body', {
          summary: 'Talks resume on shipping.',
          text: `${long} Negotiators discussed shipping insurance in Istanbul. ${long}`,
        }),
      ]);
      const [hit] = (await search(idx, { q: 'shipping insurance' })).results;
      expect(marked(hit!.snippet)).toEqual(['shipping', 'insurance']);
      expect(plain(hit!.snippet)).toContain('Negotiators discussed shipping insurance in Istanbul');
    });

    it('shows the summary, unmarked, when only the title or tags matched', async () => {
      const idx = index([article('t', { title: 'Quokka count', summary: 'Rangers begin a census.' })]);
      const [hit] = (await search(idx, { q: 'quokka' })).results;
      expect(hit!.snippet).toEqual([{ text: 'Rangers begin a census.', mark: false }]);
    });

    it('highlights whole text without changing it', async () => {
      const text = 'Moscow, moscow; MOSCOW! <b>Moscow</b>';
      const segments = highlight(text, new Set(['moscow']));
      expect(plain(segments)).toBe(text);
      expect(marked(segments)).toEqual(['Moscow', 'moscow', 'MOSCOW', 'Moscow']);
    });
  });

  describe('section filter and paging', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      article(`flood-${String(i).padStart(2, '0')}`, {
        title: `Flood defences ${i}`,
        category: i % 3 === 0 ? 'life' : 'world',
        date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      }),
    );
    const idx = index(many);

    it('filters by section and counts results per section', async () => {
      const all = await search(idx, { q: 'flood' });
      expect(all.total).toBe(30);
      expect(all.facets.map((f) => [f.slug, f.count])).toEqual([
        ['world', 20],
        ['life', 10],
        ['tech-science', 0],
      ]);
      const life = await search(idx, { q: 'flood', category: 'life' });
      expect(life.category).toBe('life');
      expect(life.total).toBe(10);
      expect(life.totalAll).toBe(30);
      expect(life.results.every((h) => h.category.slug === 'life')).toBe(true);
      expect(life.facets.find((f) => f.slug === 'world')!.count).toBe(20);
    });

    it('counts the total and every section in one pass, the sections only within the cap', async () => {
      const repo = await repoOf(idx);
      const flood = { groups: [['flood']], combine: 'all' as const };
      const within = await repo.search.countBySection(flood, NOW, { cap: 30 });
      expect(within.total).toBe(30);
      expect(Object.fromEntries(within.sections!)).toEqual({ world: 20, life: 10 });
      // Past the cap, counted only to cap + 1, as count() does, and no sections.
      expect(await repo.search.countBySection(flood, NOW, { cap: 29 })).toEqual({ total: 30 });
      expect(await repo.search.countBySection(flood, NOW, { cap: 5 })).toEqual({ total: 6 });
      // Only what is published by then: the first ten stories (one a day from 1 January).
      const early = await repo.search.countBySection(flood, new Date('2026-01-10T12:00:00Z'), { cap: 30 });
      expect(early.total).toBe(10);
      expect(Object.fromEntries(early.sections!)).toEqual({ world: 6, life: 4 });
      expect(await repo.search.countBySection({ groups: [['zanzibar']], combine: 'all' }, NOW, { cap: 30 })).toEqual({
        total: 0,
        sections: new Map(),
      });
    });

    it('ignores an unknown section', async () => {
      const r = await search(idx, { q: 'flood', category: 'sport' });
      expect(r.category).toBeUndefined();
      expect(r.total).toBe(30);
    });

    it('pages results, newest first among equals', async () => {
      const p1 = await search(idx, { q: 'flood', page: 1, pageSize: 12 });
      const p3 = await search(idx, { q: 'flood', page: 3, pageSize: 12 });
      expect(p1.totalPages).toBe(3);
      expect(p1.results).toHaveLength(12);
      expect(p1.results[0]!.title).toBe('Flood defences 29');
      expect(p3.results).toHaveLength(6);
      expect(p3.page).toBe(3);
      const pages = await Promise.all([1, 2, 3].map((page) => search(idx, { q: 'flood', page, pageSize: 12 })));
      const seen = new Set(pages.flatMap((r) => r.results.map((h) => h.path)));
      expect(seen.size).toBe(30);
    });

    it('shows the last page for a page past the end, and the first for nonsense', async () => {
      expect((await search(idx, { q: 'flood', page: 99, pageSize: 12 })).page).toBe(3);
      expect((await search(idx, { q: 'flood', page: 0, pageSize: 12 })).page).toBe(1);
      expect((await search(idx, { q: 'flood', page: Number.NaN, pageSize: 12 })).page).toBe(1);
      expect((await search(idx, { q: 'flood', page: -4, pageSize: 12 })).page).toBe(1);
    });
  });

  describe('suggestions', () => {
    const idx = index(
      Array.from({ length: 10 }, (_, i) =>
        article(`climate-${i}`, { title: `Climate story ${i}`, date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }),
      ),
    );

    it('returns at most six, with title, path and section', async () => {
      const s = await suggest(idx, 'clim');
      expect(s).toHaveLength(6);
      expect(s[0]).toEqual({ title: 'Climate story 9', path: '/world/climate-9', category: 'World' });
    });

    it('completes a two-letter last word as the reader types', async () => {
      expect(await suggest(idx, 'cl')).toHaveLength(6);
      expect((await search(idx, { q: 'cl' })).total).toBe(0);
    });

    it('returns nothing for nothing', async () => {
      expect(await suggest(idx, '')).toEqual([]);
      expect(await suggest(idx, '   ')).toEqual([]);
      expect(await suggest(idx, '<script>')).toEqual([]);
    });
  });

  describe('empty and hostile queries', () => {
    const idx = index([article('a', { title: 'Grain talks in Moscow' }), article('b', { title: 'Syria water network' })]);

    it('treats an empty query and words search ignores as no query', async () => {
      for (const q of ['', '   ', '\n\t', 'the', 'a an the', '!!!', '🙂']) {
        const r = await search(idx, { q });
        expect(r.mode).toBe('none');
        expect(r.results).toEqual([]);
        expect(r.total).toBe(0);
      }
    });

    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "' OR 1=1 --",
      '../../etc/passwd',
      '.*+?^${}()|[]\\',
      '(((((((((((((',
      'a'.repeat(10_000),
      'moscow '.repeat(500),
      '🔥💥 grain 👩‍👩‍👧',
      'москва',
      '東京の水道',
      'مياه سوريا',
      '\u0000\u0007\u001b[31m',
      '\ud800',
      '__proto__ constructor prototype toString hasOwnProperty',
      'grain AND moscow OR NOT -syria +water "exact" title:grain field:*',
      '%00%27%22',
      'ﬁ ℌ Ⅻ ＭＯＳＣＯＷ',
    ];

    it.each(hostile.map((q) => [q.slice(0, 40), q]))('answers %j without throwing', async (_label, q) => {
      const r = await search(idx, { q, page: 2 });
      expect(Array.from(r.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.page).toBe(1);
      for (const hit of r.results) expect(plain(hit.titleSegments)).toBe(hit.title);
      await expect(suggest(idx, q)).resolves.toBeInstanceOf(Array);
    });

    it('still finds what a hostile-looking query names', async () => {
      expect(slugs(await search(idx, { q: 'grain AND moscow' }))).toEqual(['a']);
      expect(slugs(await search(idx, { q: '<b>moscow</b>' }))).toEqual(['a']);
      expect(slugs(await search(idx, { q: 'ＭＯＳＣＯＷ' }))).toEqual(['a']);
      expect(slugs(await search(idx, { q: 'moscow '.repeat(500) }))).toEqual(['a']);
    });
  });

  describe('past the result cap', () => {
    const idx = index(
      Array.from({ length: 9 }, (_, i) =>
        article(`ferry-${i}`, {
          title: `Ferry timetable ${i}`,
          category: i < 6 ? 'world' : 'life',
          date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        }),
      ),
    );
    const capped = async (o: Options, cap: number) =>
      engine.search(
        await repoOf(idx),
        { q: normalizeQuery(o.q), category: o.category, page: o.page ?? 1 },
        { now: NOW, categories, cap, pageSize: o.pageSize },
      );

    it('says "more than" and leaves the sections uncounted, but still offers them', async () => {
      const r = await capped({ q: 'ferry', pageSize: 2 }, 5);
      expect(r).toMatchObject({ total: 5, totalAll: 5, capped: true, cappedAll: true, totalPages: 3 });
      expect(r.facets.map((f) => [f.slug, f.count])).toEqual([
        ['world', undefined],
        ['life', undefined],
        ['tech-science', undefined],
      ]);
    });

    it('counts the section being filtered, exactly below the cap', async () => {
      const r = await capped({ q: 'ferry', category: 'life' }, 5);
      expect(r).toMatchObject({ total: 3, capped: false, cappedAll: true });
      expect(r.facets.find((f) => f.slug === 'life')!.count).toBe(3);
      expect(r.results.map((h) => h.path.split('/')[1])).toEqual(['life', 'life', 'life']);
    });

    it('reaches every listed result, on the last page too', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => capped({ q: 'ferry', page, pageSize: 2 }, 5)));
      expect(pages.map((p) => p.results.length)).toEqual([2, 2, 1]);
      expect(new Set(pages.flatMap((p) => p.results.map((h) => h.path))).size).toBe(5);
    });
  });

  describe('one ranking, spelling and publication', () => {
    const idx = index([
      article('vaccine', { title: 'Clinics extend opening hours', text: `${FILLER} The vaccine arrives next week.` }),
      article('batteries', { title: 'Battery recycling plant opens', summary: 'Old batteries get a second life.' }),
      article('bakeries', { title: 'Village bakeries close early', summary: 'Bakeries cut hours as flour costs rise.' }),
      article('climate-new', { title: 'Climate talks stall', date: '2026-03-01T09:00:00Z' }),
      article('climbing', { title: 'Climbing walls open in schools', date: '2026-02-01T09:00:00Z' }),
      article('climate-old', { summary: 'A climate fund is promised.', date: '2025-01-01T09:00:00Z' }),
      article('draft', { title: 'Embargoed zeppelin merger', draft: true }),
      article('scheduled', { title: 'Zeppelin fleet returns', date: '2027-06-01T09:00:00Z' }),
    ]);

    it('suggests a story whose only match is in its body', async () => {
      expect((await suggest(idx, 'vaccine')).map((s) => s.path)).toEqual(['/world/vaccine']);
    });

    it('suggestions are the first results, in the same order', async () => {
      for (const q of ['clim', 'climate', 'batteries', 'hours']) {
        const results = (await search(idx, { q })).results.map((h) => h.path);
        const suggestions = (await suggest(idx, q)).map((s) => s.path);
        expect(suggestions).toEqual(results.slice(0, suggestions.length));
        expect(suggestions.length).toBe(Math.min(6, results.length));
      }
    });

    it('takes a misspelt word for the closest word of the archive, not any word one letter away', async () => {
      const r = await search(idx, { q: 'bateries' });
      expect(slugs(r)).toEqual(['batteries']);
      expect(r.didYouMean).toBe('batteries');
    });

    it('offers no correction when the words are right', async () => {
      expect((await search(idx, { q: 'bakeries' })).didYouMean).toBeUndefined();
    });

    it('never finds, suggests or corrects towards a draft or a story not yet published', async () => {
      expect((await search(idx, { q: 'zeppelin' })).total).toBe(0);
      expect(await suggest(idx, 'zepp')).toEqual([]);
      expect((await search(idx, { q: 'zeppelni' })).didYouMean).toBeUndefined();
      const later = await engine.search(
        await repoOf(idx),
        { q: 'zeppelin', page: 1 },
        { now: new Date('2027-07-01T00:00:00Z'), categories },
      );
      expect(later.results.map((h) => h.path)).toEqual(['/world/scheduled']);
    });
  });
});

describe('query parameters', () => {
  it('normalises the query', () => {
    expect(normalizeQuery('  climate   change \n')).toBe('climate change');
    expect(normalizeQuery(['first', 'second'])).toBe('first');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery('a\u0000b')).toBe('a b');
    expect(Array.from(normalizeQuery('x'.repeat(500))).length).toBe(MAX_QUERY_LENGTH);
    // Cut on characters, never inside an emoji's surrogate pair.
    const emoji = normalizeQuery('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(emoji)).toBe(false);
  });

  it('reads page numbers strictly', () => {
    expect(parsePage('2')).toBe(2);
    for (const bad of [undefined, '', '0', '-1', '2.5', '02', 'abc', '1e3', ' ', ['x']]) expect(parsePage(bad)).toBe(1);
    expect(parsePage('999999')).toBe(10_000);
  });

  it('accepts known sections only', () => {
    expect(parseCategory('world', ['world', 'life'])).toBe('world');
    expect(parseCategory('WORLD', ['world'])).toBe('world');
    expect(parseCategory('sport', ['world'])).toBeUndefined();
    expect(parseCategory('__proto__', new Set(['world']))).toBeUndefined();
    expect(parseSearchParams({ q: ' moscow ', category: 'life', page: '3' }, ['life'])).toEqual({
      q: 'moscow',
      category: 'life',
      page: 3,
    });
  });

  it('writes one normal form of a results address', () => {
    expect(routes.searchResults({ q: '' })).toBe('/search');
    expect(routes.searchResults({ q: 'climate change', page: 1 })).toBe('/search?q=climate+change');
    expect(routes.searchResults({ q: 'climate', category: 'world', page: 2 })).toBe('/search?q=climate&category=world&page=2');
    expect(routes.searchResults({ q: '<a&b>' })).toBe('/search?q=%3Ca%26b%3E');
  });

  it('normalises terms: case, accents, stop words', () => {
    expect(normalizeTerm('Zürich')).toBe('zurich');
    expect(normalizeTerm('SÃO')).toBe('sao');
    expect(normalizeTerm('Ørsted')).toBe('orsted');
    expect(normalizeTerm('Straße')).toBe('strasse');
    expect(normalizeTerm('The')).toBeNull();
    expect(queryTerms('The São Paulo, the SAO paulo!')).toEqual(['sao', 'paulo']);
  });
});
