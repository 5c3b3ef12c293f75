import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/types';
import { newsSitemap } from '@/lib/pages/sitemaps';
import { newsSitemapXml } from '@/lib/seo/news-sitemap';
import { engines, fixtureRepository } from './helpers/store';
import { agency, article, life, reporter, siteUrl, world } from './seo-fixtures';
import { parseXml } from './seo-xml';

const open: { dispose(): Promise<void> }[] = [];
afterAll(async () => Promise.all(open.map((r) => r.dispose())));

/** The news sitemap's stories, as the route would list them from a store holding `articles`, at `now`. */
async function newsArticles(articles: Article[], now: Date, engine = engines[0]!) {
  const repo = await fixtureRepository(engine, { articles, categories: [world, life], authors: [reporter, agency] });
  open.push(repo);
  const doc = parseXml((await newsSitemap(repo, { now })).body, ['url']);
  return ((doc.urlset.url ?? []) as { loc: string }[]).map((u) => ({ slug: u.loc.split('/').pop()! }));
}

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

  it.each(engines)('keeps published articles from the last 48 hours, newest first (%s)', async (engine) => {
    expect((await newsArticles(articles, now, engine)).map((a) => a.slug)).toEqual(['just-now', 'yesterday', 'edge']);
  });

  it('moves with the injected clock: old stories drop out, a scheduled one joins when due', async () => {
    expect((await newsArticles(articles, new Date('2026-11-26T12:00:00Z'))).map((a) => a.slug)).toEqual([
      'scheduled',
      'just-now',
      'yesterday',
    ]);
  });

  it('caps the list at 1,000', async () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      article({ slug: `s${i}`, date: new Date(now.getTime() - i * 60_000).toISOString() }),
    );
    const kept = await newsArticles(many, now);
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
