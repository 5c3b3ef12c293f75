import { authorOf, categoryOf, publishedArticles } from '@/lib/content/repository';
import { atomContentType, atomXml, siteFeedInput } from '@/lib/seo/feeds';

export const revalidate = 300;

export function GET() {
  const xml = atomXml(siteFeedInput(publishedArticles(), { categoryOf, authorOf }));
  return new Response(xml, { headers: { 'Content-Type': atomContentType } });
}
