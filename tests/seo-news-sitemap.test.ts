import { describe, expect, it } from 'vitest';
import { newsArticles, newsSitemapXml } from '@/lib/seo/news-sitemap';
import { article, siteUrl } from './seo-fixtures';
import { parseXml } from './seo-xml';

const now = new Date('2026-11-25T12:00:00Z');

describe('news sitemap window', () => {
  const articles = [
    article({ slug: 'just-now', date: '2026-11-25T11:59:00Z' }),
    article({ slug: 'edge', date: '2026-11-23T12:00:00Z' }), // exactly 48 h old: in
    article({ slug: 'too-old', date: '2026-11-23T11:59:59Z' }),
    article({ slug: 'scheduled', date: '2026-11-25T12:00:01Z' }),
    article({ slug: 'draft', date: '2026-11-25T10:00:00Z', draft: true }),
    article({ slug: 'yesterday', date: '2026-11-24T12:00:00Z' }),
  ];

  it('keeps published articles from the last 48 hours, newest first', () => {
    expect(newsArticles(articles, now).map((a) => a.slug)).toEqual(['just-now', 'yesterday', 'edge']);
  });

  it('moves with the injected clock: old stories drop out, a scheduled one joins when due', () => {
    expect(newsArticles(articles, new Date('2026-11-26T12:00:00Z')).map((a) => a.slug)).toEqual([
      'scheduled',
      'just-now',
      'yesterday',
    ]);
  });

  it('caps the list at 1,000', () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      article({ slug: `s${i}`, date: new Date(now.getTime() - i * 60_000).toISOString() }),
    );
    const kept = newsArticles(many, now);
    expect(kept).toHaveLength(1000);
    expect(kept[0]!.slug).toBe('s0');
  });
});

describe('newsSitemapXml', () => {
  it('is a well-formed Google News sitemap with name, language, date and title', () => {
    const doc = parseXml(
      newsSitemapXml([article({ slug: 'a', title: 'Floods & "fears" <rise>', date: '2026-11-25T09:00:00Z' })]),
      ['url'],
    );
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url[0]).toEqual({
      loc: `${siteUrl}/world/a`,
      'news:news': {
        'news:publication': { 'news:name': 'The Lantern', 'news:language': 'en' },
        'news:publication_date': '2026-11-25T09:00:00Z',
        'news:title': 'Floods & "fears" <rise>',
      },
    });
  });
});
