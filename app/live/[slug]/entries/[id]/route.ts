import { loadEntryLocation } from '@/lib/pages/server';

/**
 * GET /live/<slug>/entries/<id>: an entry's permalink. New entries push older
 * ones onto later pages, so the page that holds an entry is looked up at
 * request time and the answer is a temporary redirect to it, at the entry's
 * anchor. Cached for a few seconds, like the entries list.
 */
export const dynamic = 'force-dynamic';

const cacheControl = 'public, max-age=5, s-maxage=5';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const location = await loadEntryLocation(slug, id);
  if (!location) return new Response('Not found', { status: 404, headers: { 'Cache-Control': cacheControl } });
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': cacheControl } });
}
