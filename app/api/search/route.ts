import { NextResponse, type NextRequest } from 'next/server';
import { getRepository } from '@/lib/content/default-repository';
import type { SuggestResponse } from '@/lib/search/api';
import { suggest } from '@/lib/search/engine';
import { normalizeQuery } from '@/lib/search/params';

/**
 * Suggestions for the search box: GET /api/search?q=… → SuggestResponse
 * (lib/search/api.ts), at most six, the first results of the same ranking
 * as the results page.
 */
export async function GET(request: NextRequest) {
  const q = normalizeQuery(request.nextUrl.searchParams.get('q') ?? '');
  const repo = await getRepository();
  const body: SuggestResponse = {
    q,
    suggestions: q ? await suggest(repo, q, { now: new Date(), categories: await repo.categories() }) : [],
  };
  return NextResponse.json(body, { headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' } });
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
