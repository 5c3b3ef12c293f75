import { documentResponse } from '@/app/_routes/document';
import { loadSitemap } from '@/lib/pages/server';

export const revalidate = 300;

export async function GET() {
  return documentResponse(await loadSitemap());
}
