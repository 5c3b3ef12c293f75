import { loadSitemap } from '@/lib/pages/server';

export const revalidate = 300;

export async function GET() {
  const sitemap = await loadSitemap();
  return new Response(sitemap.body, { headers: { 'Content-Type': sitemap.contentType } });
}
