import { NextResponse, type NextRequest } from 'next/server';
import { loadSuggestions } from '@/lib/pages/server';
import type { SuggestResponse } from '@/lib/search/api';
import { SearchBusyError } from '@/lib/search/guard';
import { normalizeQuery } from '@/lib/search/params';

/**
 * Suggestions for the search box: GET /api/search?q=… → SuggestResponse
 * (lib/search/api.ts), at most six, the first results of the same ranking
 * as the results page. When the engine is at its limit: 503, `busy: true`
 * and Retry-After, never cached.
 */
export async function GET(request: NextRequest) {
  const q = normalizeQuery(request.nextUrl.searchParams.get('q') ?? '');
  try {
    const body: SuggestResponse = { q, suggestions: q ? await loadSuggestions(q) : [] };
    return NextResponse.json(body, { headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' } });
  } catch (error) {
    if (!(error instanceof SearchBusyError)) throw error;
    const body: SuggestResponse = { q, suggestions: [], busy: true };
    return NextResponse.json(body, {
      status: 503,
      headers: { 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' },
    });
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
