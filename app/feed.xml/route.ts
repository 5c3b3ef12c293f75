import { loadSiteFeed } from '@/lib/pages/server';

// Refreshed every five minutes, so a scheduled story joins on time; publishing refreshes it at once.
export const revalidate = 300;

export async function GET() {
  const feed = await loadSiteFeed('rss');
  return new Response(feed.body, { headers: { 'Content-Type': feed.contentType } });
}
