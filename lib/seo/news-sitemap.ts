import { isPublished } from '@/lib/content/published';
import type { Article } from '@/lib/content/types';
import { absoluteUrl, site } from '@/lib/site';
import { buildXml } from './xml';

/** Google News only reads articles from the last two days, and at most 1,000 per file. */
export const newsWindowHours = 48;
export const maxNewsUrls = 1000;

/** Published articles from the last 48 hours before `now`, newest first. */
export function newsArticles(articles: Article[], now: Date, max = maxNewsUrls): Article[] {
  const from = now.getTime() - newsWindowHours * 3_600_000;
  return articles
    .filter((a) => isPublished(a, now) && Date.parse(a.date) >= from)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, max);
}

export function newsSitemapXml(articles: Article[]): string {
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
