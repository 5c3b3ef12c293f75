import { documentResponse } from '@/app/_routes/document';
import { loadSiteFeed } from '@/lib/pages/server';

export const revalidate = 300;

export async function GET() {
  return documentResponse(await loadSiteFeed('atom'));
}
