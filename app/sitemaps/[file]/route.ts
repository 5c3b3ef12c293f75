import { documentResponse } from '@/app/_routes/document';
import { loadSitemapFile } from '@/lib/pages/server';
import { parseSitemapFile } from '@/lib/routes';

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
  const sitemap = index === undefined ? undefined : await loadSitemapFile(index);
  return documentResponse(sitemap);
}
