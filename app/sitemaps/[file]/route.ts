import { siteSitemapEntries } from '@/lib/seo/site-sitemap';
import { parseSitemapFile, sitemapFileXml } from '@/lib/seo/sitemap';
import { xmlContentType } from '@/lib/seo/xml';

type Params = { file: string };

// The numbered files exist only once /sitemap.xml has become an index. They
// render on first request and are then cached like the index.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const index = parseSitemapFile((await params).file);
  const xml = index === undefined ? undefined : sitemapFileXml(siteSitemapEntries(), index);
  if (!xml) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': xmlContentType } });
}
