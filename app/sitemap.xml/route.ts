import { siteSitemapEntries } from '@/lib/seo/site-sitemap';
import { sitemapXml } from '@/lib/seo/sitemap';
import { xmlContentType } from '@/lib/seo/xml';

export const revalidate = 300;

export function GET() {
  return new Response(sitemapXml(siteSitemapEntries()), { headers: { 'Content-Type': xmlContentType } });
}
