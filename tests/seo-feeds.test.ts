import { describe, expect, it } from 'vitest';
import { atomXml, feedSize, rssXml, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { article, authorOf, categoryOf, hero, siteUrl, world } from './seo-fixtures';
import { parseXml } from './seo-xml';

const lookups = { categoryOf, authorOf };
const articles = [
  article({ slug: 'with-hero', image: hero, title: 'Rates & <risks>' }),
  article({ slug: 'by-wire', author: 'wire', category: 'life', date: '2026-11-19T10:00:00Z' }),
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
    expect(first.enclosure).toMatchObject({ '@_url': `${siteUrl}/images/articles/hero.jpg`, '@_type': 'image/jpeg' });
    expect(second['dc:creator']['#text']).toBe('The Wire Agency');
    expect(second.category[0]['#text']).toBe('Life');
    expect(second.enclosure).toMatchObject({ '@_url': `${siteUrl}/og/life/by-wire`, '@_type': 'image/png' });
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
  it('is a well-formed Atom feed with author, category, summary and image per entry', () => {
    const doc = parseXml(atomXml(siteFeedInput(articles, lookups)), ['entry', 'link', 'author', 'category']);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entry = doc.feed.entry[0];
    expect(entry.id).toBe(`${siteUrl}/world/with-hero`);
    expect(entry.summary['#text']).toBe('Summary of with-hero.');
    expect(entry.author[0]).toEqual({ name: 'Ada Reporter', uri: `${siteUrl}/author/ada-reporter` });
    expect(entry.category[0]['@_label']).toBe('World');
    expect(entry.link).toContainEqual(
      expect.objectContaining({ '@_rel': 'enclosure', '@_href': `${siteUrl}/images/articles/hero.jpg` }),
    );
    expect(entry.published).toBe('2026-11-20T10:00:00.000Z');
  });
});
