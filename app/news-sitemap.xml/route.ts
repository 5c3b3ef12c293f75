import { documentResponse } from '@/app/_routes/document';
import { loadNewsSitemap } from '@/lib/pages/server';

// Refreshed every five minutes: the 48-hour window moves with the clock.
export const revalidate = 300;

export async function GET() {
  return documentResponse(await loadNewsSitemap());
}
