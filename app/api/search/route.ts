import { NextResponse, type NextRequest } from 'next/server';
import { normalizeQuery } from '@/lib/search/params';
import { suggestArticles } from '@/lib/search/site';

/**
 * Suggestions for the search box: GET /api/search?q=… →
 * { q, suggestions: [{ title, path, category }] }, at most six.
 */
export function GET(request: NextRequest) {
  const q = normalizeQuery(request.nextUrl.searchParams.get('q') ?? '');
  return NextResponse.json(
    { q, suggestions: q ? suggestArticles(q) : [] },
    { headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' } },
  );
}

function methodNotAllowed() {
  return NextResponse.json({ error: 'Method not allowed' }, { status: 405, headers: { Allow: 'GET, HEAD' } });
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
