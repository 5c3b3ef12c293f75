import type { ArticleSummary } from '@/lib/content/types';
import { absoluteUrl, site } from '@/lib/site';
import { buildXml } from './xml';

/** Google News only reads articles from the last two days, and at most 1,000 per file. */
const newsWindowHours = 48;
export const maxNewsUrls = 1000;

/** The start of the window the news sitemap covers, as of `now`. */
export function newsWindowStart(now: Date): Date {
  return new Date(now.getTime() - newsWindowHours * 3_600_000);
}

export function newsSitemapXml(articles: ArticleSummary[]): string {
  return buildXml({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: articles.map((a) => ({
        loc: absoluteUrl(a.path),
        'news:news': {
          'news:publication': { 'news:name': site.name, 'news:language': site.language },
          'news:publication_date': a.date,
          'news:title': a.title,
        },
      })),
    },
  });
}
