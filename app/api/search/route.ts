import { NextResponse, type NextRequest } from 'next/server';
import { normalizeQuery } from '@/lib/search/params';
import { SearchBusyError } from '@/lib/search/guard';
import { suggestArticles } from '@/lib/search/site';

/**
 * Suggestions for the search box: GET /api/search?q=… →
 * { q, suggestions: [{ title, path, category }] }, at most six.
 */
export async function GET(request: NextRequest) {
  const q = normalizeQuery(request.nextUrl.searchParams.get('q') ?? '');
  try {
    return NextResponse.json(
      { q, suggestions: q ? await suggestArticles(q) : [] },
      { headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' } },
    );
  } catch (error) {
    if (!(error instanceof SearchBusyError)) throw error;
    return NextResponse.json(
      { q, suggestions: [], busy: true },
      { status: 503, headers: { 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' } },
    );
  }
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
