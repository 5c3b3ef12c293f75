import { publishedArticles } from '@/lib/content/repository';
import { newsArticles, newsSitemapXml } from '@/lib/seo/news-sitemap';
import { xmlContentType } from '@/lib/seo/xml';

// Refreshed every five minutes: the 48-hour window moves with the clock.
export const revalidate = 300;

export function GET() {
  const now = new Date();
  return new Response(newsSitemapXml(newsArticles(publishedArticles(now), now)), {
    headers: { 'Content-Type': xmlContentType },
  });
}
