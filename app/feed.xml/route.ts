import { authorOf, categoryOf, publishedArticles } from '@/lib/content/repository';
import { rssContentType, rssXml, siteFeedInput } from '@/lib/seo/feeds';

// Built once and refreshed every five minutes, so a scheduled story joins on time.
export const revalidate = 300;

export function GET() {
  const xml = rssXml(siteFeedInput(publishedArticles(), { categoryOf, authorOf }));
  return new Response(xml, { headers: { 'Content-Type': rssContentType } });
}
