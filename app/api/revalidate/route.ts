import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { authorizedPublisher, readBody, readTags } from '@/lib/publish/revalidate-request';
import { siteSecret } from '@/lib/secret';

/**
 * POST /api/revalidate, from `npm run content:publish`: expires the pages
 * carrying the given cache tags on this instance, at once (the next request
 * renders them afresh, never the stale copy). The same publish reaches every
 * other instance through the store's revalidation log (lib/cache).
 *
 * Authorization: Bearer <LANTERN_SECRET>, compared in constant time.
 * Body: { "tags": ["article:/world/x", …] }. Never cached.
 */
export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

export async function POST(request: NextRequest) {
  if (!authorizedPublisher(request.headers.get('authorization'), siteSecret()))
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer' } });
  const tags = readTags(await readBody(request));
  if (!tags) return NextResponse.json({ error: 'Expected {"tags": [string, …]}' }, { status: 400, headers: noStore });
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: tags.length }, { headers: noStore });
}

function methodNotAllowed() {
  return NextResponse.json({ error: 'Method not allowed' }, { status: 405, headers: { ...noStore, Allow: 'POST' } });
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
