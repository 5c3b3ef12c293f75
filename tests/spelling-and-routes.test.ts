import { describe, expect, it } from 'vitest';
import { fixedPaths, listingPath, liveStoryOfPath, parsePageNumber, parseSitemapFile, routes, tagOfPath } from '@/lib/routes';
import { allowedEdits, bestCorrection, editDistance, similarity } from '@/lib/search/spelling';

/** Choosing the word a typo stands for, and the one table of the site's paths. */

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('harbour', 'harbour')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('hollnde', 'hollande')).toBe(1);
    expect(editDistance('moscov', 'moscow')).toBe(1);
  });

  it('counts swapping two neighbouring letters as one edit', () => {
    expect(editDistance('teh', 'the')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('parlaiment', 'parliament')).toBe(1);
    expect(editDistance('acb', 'abc')).toBe(1);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(editDistance('café', 'cafe')).toBe(1);
    expect(editDistance('a😀b', 'ab')).toBe(1);
    expect(editDistance('😀', '😃')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['bateries', 'batteries'],
      ['teh', 'the'],
      ['zurich', 'zürich'],
    ])
      expect(editDistance(a!, b!)).toBe(editDistance(b!, a!));
  });

  it('stops once the distance must exceed the limit, answering limit + 1', () => {
    // The true distances (6 and 7) are larger: the answer is only "too far".
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    // Within the limit, the exact distance.
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('teh', 'the', 1)).toBe(1);
    // Past the limit without stopping early, still more than the limit.
    expect(editDistance('aaaa', 'bbbbbbbb', 5)).toBeGreaterThan(5);
  });
});

describe('similarity', () => {
  it('is the share of trigrams two words have in common, as pg_trgm computes it', () => {
    expect(similarity('word', 'word')).toBe(1);
    expect(similarity('word', 'words')).toBeCloseTo(4 / 7, 10);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('bateries', 'batteries')).toBe(similarity('batteries', 'bateries'));
  });

  it('finds "bateries" closer to batteries than to bakeries', () => {
    expect(similarity('bateries', 'batteries')).toBeGreaterThan(similarity('bateries', 'bakeries'));
  });
});

describe('allowedEdits', () => {
  it('forgives nothing under 5 letters, one edit from 5, two from 8', () => {
    expect(['', 'a', 'abcd'].map(allowedEdits)).toEqual([0, 0, 0]);
    expect(['abcde', 'abcdefg'].map(allowedEdits)).toEqual([1, 1]);
    expect(['abcdefgh', 'abcdefghijklmnop'].map(allowedEdits)).toEqual([2, 2]);
    // Letters, not UTF-16 units.
    expect(allowedEdits('😀😀😀😀')).toBe(0);
  });
});

describe('bestCorrection', () => {
  it('prefers batteries over bakeries for "bateries", though bakeries is more used', () => {
    const candidates = [
      { term: 'bakeries', docs: 50 },
      { term: 'batteries', docs: 2 },
    ];
    expect(bestCorrection('bateries', candidates)?.term).toBe('batteries');
    expect(bestCorrection('bateries', [...candidates].reverse())?.term).toBe('batteries');
  });

  it('prefers fewer edits, then the more used word when they look as alike', () => {
    expect(
      bestCorrection('hollnde', [
        { term: 'hollands', docs: 9 },
        { term: 'hollande', docs: 1 },
      ])?.term,
    ).toBe('hollande');
    expect(
      bestCorrection('grainx', [
        { term: 'graina', docs: 1 },
        { term: 'grainb', docs: 5 },
      ])?.term,
    ).toBe('grainb');
  });

  it('corrects nothing under 5 letters', () => {
    expect(bestCorrection('teh', [{ term: 'the', docs: 100 }])).toBeUndefined();
    expect(bestCorrection('syra', [{ term: 'syria', docs: 100 }])).toBeUndefined();
    expect(bestCorrection('syrai', [{ term: 'syria', docs: 100 }])?.term).toBe('syria');
  });

  it('forgives one edit under 8 letters and two from 8', () => {
    expect(bestCorrection('hlnde', [{ term: 'holland', docs: 3 }])).toBeUndefined();
    expect(bestCorrection('accomodatin', [{ term: 'accommodation', docs: 3 }])?.term).toBe('accommodation');
    expect(bestCorrection('acomodatin', [{ term: 'accommodation', docs: 3 }])).toBeUndefined();
    expect(bestCorrection('acomodatin', [{ term: 'accommodation', docs: 3 }], 3)?.term).toBe('accommodation');
  });

  it('never proposes the word itself or a word no story holds', () => {
    expect(bestCorrection('harbour', [{ term: 'harbour', docs: 10 }])).toBeUndefined();
    expect(bestCorrection('harbuor', [{ term: 'harbour', docs: 0 }])).toBeUndefined();
    expect(bestCorrection('harbuor', [])).toBeUndefined();
  });
});

describe('routes', () => {
  it('builds every path from one table', () => {
    expect(routes.home).toBe('/');
    expect(routes.search).toBe('/search');
    expect(routes.article({ category: 'world', slug: 'harbour-reopens' })).toBe('/world/harbour-reopens');
    expect(routes.section('world')).toBe('/world');
    expect(routes.section('world', { page: 2 })).toBe('/world/page/2');
    expect(routes.section('world', { page: 1 })).toBe('/world');
    expect(routes.author('ana')).toBe('/author/ana');
    expect(routes.author('ana', { page: 3 })).toBe('/author/ana/page/3');
    expect(routes.tag('Artificial Intelligence')).toBe('/tag/artificial-intelligence');
    expect(routes.tag('artificial-intelligence')).toBe('/tag/artificial-intelligence');
    expect(routes.tag('Zürich', { page: 2 })).toBe('/tag/zurich/page/2');
    expect(routes.tag('Tech & Science')).toBe('/tag/tech-and-science');
    expect(routes.feeds).toMatchObject({ rss: '/feed.xml', atom: '/atom.xml' });
    expect(routes.feeds.section('life')).toBe('/life/feed.xml');
    expect(routes.sitemap).toBe('/sitemap.xml');
    expect(routes.sitemapFile(0)).toBe('/sitemaps/0.xml');
    expect(routes.newsSitemap).toBe('/news-sitemap.xml');
    expect(routes.robots).toBe('/robots.txt');
    expect(routes.og.site).toBe('/og');
    expect(routes.og.article({ category: 'world', slug: 'x' })).toBe('/og/world/x');
    expect(routes.api).toEqual({ search: '/api/search', revalidate: '/api/revalidate', preview: '/api/preview' });
  });

  it('lists the paths that exist without content', () => {
    expect([...fixedPaths].sort()).toEqual(
      ['/', '/search', '/feed.xml', '/atom.xml', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt'].sort(),
    );
  });

  it('puts page N of a listing under /page/N, and page 1 at the listing itself', () => {
    expect(listingPath('/world')).toBe('/world');
    expect(listingPath('/world', 1)).toBe('/world');
    expect(listingPath('/world', 0)).toBe('/world');
    expect(listingPath('/world', 2)).toBe('/world/page/2');
    expect(listingPath('/world/', 2)).toBe('/world/page/2');
    expect(listingPath('/', 2)).toBe('/page/2');
    expect(listingPath('/', 1)).toBe('/');
  });

  it('reads page numbers in their canonical form only', () => {
    expect(parsePageNumber('1')).toBe(1);
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('999999')).toBe(999999);
    expect(parsePageNumber(['3', '4'])).toBe(3);
    for (const bad of ['0', '02', '2.0', '+2', ' 2', '2 ', '-1', 'x', '', '1e3', '0x2', '1000000', '２'])
      expect(parsePageNumber(bad), JSON.stringify(bad)).toBeUndefined();
    for (const bad of [undefined, null, 2, [], [2], {}]) expect(parsePageNumber(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('reads sitemap file names back to their index', () => {
    expect(parseSitemapFile('0.xml')).toBe(0);
    expect(parseSitemapFile('3.xml')).toBe(3);
    expect(parseSitemapFile('99999.xml')).toBe(99999);
    for (const bad of ['100000.xml', '03.xml', '00.xml', '3.XML', '3', '-1.xml', 'a.xml', '3.xml.gz', ' 3.xml', '.xml'])
      expect(parseSitemapFile(bad), bad).toBeUndefined();
    expect(parseSitemapFile(routes.sitemapFile(42).split('/').pop()!)).toBe(42);
  });

  it('writes a search results address in one normal form: q, category, page; page 1 and empty values left out', () => {
    expect(routes.searchResults({ q: 'harbour' })).toBe('/search?q=harbour');
    expect(routes.searchResults({ q: 'harbour', page: 1 })).toBe('/search?q=harbour');
    expect(routes.searchResults({ q: 'a b & c', category: 'world', page: 2 })).toBe('/search?q=a+b+%26+c&category=world&page=2');
    expect(routes.searchResults({ q: 'x', page: 3, category: 'life' })).toBe('/search?q=x&category=life&page=3');
    expect(routes.searchResults({ q: '' })).toBe('/search');
    expect(routes.searchResults({ q: '', category: 'world' })).toBe('/search?category=world');
    expect(routes.searchResults({ q: '', category: '', page: 0 })).toBe('/search');
  });
});

describe('reading a path back (the publish check’s focus)', () => {
  it('finds the live story and the tag of the paths the route table makes, and nothing in others', () => {
    expect(liveStoryOfPath(routes.live.entry('storm-watch', 'e1'))).toBe('storm-watch');
    expect(liveStoryOfPath(routes.live.story('storm-watch', { page: 3 }))).toBe('storm-watch');
    expect(tagOfPath(routes.tag('Artificial Intelligence', { page: 2 }))).toBe('artificial-intelligence');
    expect(tagOfPath(routes.tag('Floods'))).toBe('floods');
    for (const other of [
      routes.home,
      routes.section('live'),
      routes.article({ category: 'world', slug: 'live' }),
      '/live/',
      '/tag/',
    ])
      expect([liveStoryOfPath(other), tagOfPath(other)]).toEqual([undefined, undefined]);
  });
});
