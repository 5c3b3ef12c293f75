import { loadNewsSitemap } from '@/lib/pages/server';

// Refreshed every five minutes: the 48-hour window moves with the clock.
export const revalidate = 300;

export async function GET() {
  const sitemap = await loadNewsSitemap();
  return new Response(sitemap.body, { headers: { 'Content-Type': sitemap.contentType } });
}
