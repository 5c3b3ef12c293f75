import { documentResponse } from '@/app/_routes/document';
import { loadSiteFeed } from '@/lib/pages/server';

// Refreshed every five minutes, so a scheduled story joins on time; publishing refreshes it at once.
export const revalidate = 300;

export async function GET() {
  return documentResponse(await loadSiteFeed('rss'));
}
