import { describe, expect, it } from 'vitest';
import { atomXml, feedSize, imageMediaType, rssXml, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { article, authorsOf, categoryOf, hero, siteUrl, world } from './seo-fixtures';
import { parseXml } from './seo-xml';

const lookups = { categoryOf, authorsOf };
const articles = [
  article({ slug: 'with-hero', image: hero, title: 'Rates & <risks>' }),
  article({ slug: 'by-wire', authors: ['wire'], category: 'life', date: '2026-11-19T10:00:00Z' }),
];

describe('RSS 2.0', () => {
  const doc = parseXml(rssXml(siteFeedInput(articles, lookups)), ['item', 'category']);
  const channel = doc.rss.channel;

  it('is a well-formed RSS 2.0 channel with absolute links', () => {
    expect(doc.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('The Lantern');
    expect(channel.link).toBe(`${siteUrl}/`);
    expect(channel['atom:link']['@_href']).toBe(`${siteUrl}/feed.xml`);
  });

  it('carries summary, author, category and image for each article', () => {
    const [first, second] = channel.item;
    expect(first).toMatchObject({
      title: 'Rates & <risks>',
      link: `${siteUrl}/world/with-hero`,
      description: 'Summary of with-hero.',
      pubDate: 'Fri, 20 Nov 2026 10:00:00 GMT',
    });
    expect(first['dc:creator']['#text']).toBe('Ada Reporter');
    expect(first['dc:creator']['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(first.category[0]).toMatchObject({ '#text': 'World', '@_domain': `${siteUrl}/world` });
    expect(first.enclosure).toEqual({
      '@_url': `${siteUrl}/images/articles/hero.jpg`,
      '@_type': 'image/jpeg',
      '@_length': '48213',
    });
    expect(first['media:thumbnail']).toMatchObject({ '@_url': `${siteUrl}/images/articles/hero.jpg`, '@_width': '1600' });
    expect(second['dc:creator']['#text']).toBe('The Wire Agency');
    expect(second.category[0]['#text']).toBe('Life');
    // A generated card has no known length, so it is a thumbnail, not an enclosure.
    expect(second.enclosure).toBeUndefined();
    expect(second['media:thumbnail']).toMatchObject({
      '@_xmlns:media': 'http://search.yahoo.com/mrss/',
      '@_url': `${siteUrl}/og/life/by-wire`,
      '@_width': '1200',
      '@_height': '630',
    });
  });

  it('names every author of a shared byline, one dc:creator each, in byline order', () => {
    const shared = article({ slug: 'shared', authors: ['wire', 'ada-reporter'] });
    const [item] = parseXml(rssXml(siteFeedInput([shared], lookups)), ['item', 'dc:creator']).rss.channel.item;
    expect(item['dc:creator'].map((c: { '#text': string }) => c['#text'])).toEqual(['The Wire Agency', 'Ada Reporter']);
    const [entry] = parseXml(atomXml(siteFeedInput([shared], lookups)), ['entry', 'author']).feed.entry;
    expect(entry.author).toEqual([
      { name: 'The Wire Agency', uri: `${siteUrl}/author/wire` },
      { name: 'Ada Reporter', uri: `${siteUrl}/author/ada-reporter` },
    ]);
  });

  it('never writes an enclosure of length 0', () => {
    expect(rssXml(siteFeedInput(articles, lookups))).not.toMatch(/length="0"/);
  });

  it('carries only the newest 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => article({ slug: `s${i}` }));
    const items = parseXml(rssXml(siteFeedInput(many, lookups)), ['item']).rss.channel.item;
    expect(feedSize).toBe(50);
    expect(items).toHaveLength(50);
    expect(items[49].link).toBe(`${siteUrl}/world/s49`);
  });

  it('section feeds point at the section', () => {
    const section = parseXml(rssXml(sectionFeedInput(world, articles.slice(0, 1), lookups)), ['item']).rss.channel;
    expect(section.title).toBe('The Lantern: World');
    expect(section.link).toBe(`${siteUrl}/world`);
    expect(section['atom:link']['@_href']).toBe(`${siteUrl}/world/feed.xml`);
    expect(section.item).toHaveLength(1);
  });
});

describe('Atom', () => {
  const arrays = ['entry', 'link', 'author', 'category'];

  it('is a well-formed Atom feed with language, author, category, summary and image per entry', () => {
    const doc = parseXml(atomXml(siteFeedInput(articles, lookups)), arrays);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed['@_xml:lang']).toBe('en-GB');
    expect(doc.feed.id).toBe(`${siteUrl}/`);
    expect(doc.feed.link).toContainEqual(expect.objectContaining({ '@_rel': 'self', '@_href': `${siteUrl}/atom.xml` }));
    expect(doc.feed.updated).toBe('2026-11-20T10:00:00.000Z');
    const [entry, second] = doc.feed.entry;
    expect(entry.id).toBe(`${siteUrl}/world/with-hero`);
    expect(entry.title['#text']).toBe('Rates & <risks>');
    expect(entry.summary['#text']).toBe('Summary of with-hero.');
    expect(entry.author[0]).toEqual({ name: 'Ada Reporter', uri: `${siteUrl}/author/ada-reporter` });
    expect(entry.category[0]['@_label']).toBe('World');
    expect(entry.link).toContainEqual({
      '@_rel': 'enclosure',
      '@_type': 'image/jpeg',
      '@_length': '48213',
      '@_href': `${siteUrl}/images/articles/hero.jpg`,
    });
    expect(entry.link).toContainEqual(expect.objectContaining({ '@_rel': 'alternate', '@_href': `${siteUrl}/world/with-hero` }));
    expect(entry.published).toBe('2026-11-20T10:00:00.000Z');
    expect(second.link.filter((l: Record<string, string>) => l['@_rel'] === 'enclosure')).toEqual([]);
    expect(second['media:thumbnail']['@_url']).toBe(`${siteUrl}/og/life/by-wire`);
    expect(second.author[0].name).toBe('The Wire Agency');
  });

  it('never calls a JPEG image/jpg', () => {
    expect(atomXml(siteFeedInput(articles, lookups))).not.toContain('image/jpg"');
  });

  it('section feeds come in Atom too, pointing at the section', () => {
    const doc = parseXml(atomXml(sectionFeedInput(world, articles.slice(0, 1), lookups)), arrays);
    expect(doc.feed.title['#text']).toBe('The Lantern: World');
    expect(doc.feed.id).toBe(`${siteUrl}/world`);
    expect(doc.feed.link).toContainEqual(expect.objectContaining({ '@_rel': 'self', '@_href': `${siteUrl}/world/atom.xml` }));
    expect(doc.feed.link).toContainEqual(expect.objectContaining({ '@_rel': 'alternate', '@_href': `${siteUrl}/world` }));
    expect(doc.feed.entry).toHaveLength(1);
  });

  it('is valid with no entries', () => {
    const doc = parseXml(atomXml(siteFeedInput([], lookups)), arrays);
    expect(doc.feed.entry).toBeUndefined();
    expect(doc.feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('imageMediaType', () => {
  it.each([
    ['/a.jpg', 'image/jpeg'],
    ['/a.JPEG', 'image/jpeg'],
    ['/a.png', 'image/png'],
    ['/a.webp', 'image/webp'],
    ['/a.avif', 'image/avif'],
    ['/a', 'application/octet-stream'],
  ])('%s is %s', (src, type) => {
    expect(imageMediaType(src)).toBe(type);
  });
});
