import { loadSiteFeed } from '@/lib/pages/server';

export const revalidate = 300;

export async function GET() {
  const feed = await loadSiteFeed('atom');
  return new Response(feed.body, { headers: { 'Content-Type': feed.contentType } });
}
