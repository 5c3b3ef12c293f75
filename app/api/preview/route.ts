import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { encodeGrant, isValidGrant } from '@/lib/preview/token';
import { PREVIEW_COOKIE } from '@/lib/preview/request';
import { siteSecret } from '@/lib/secret';

/**
 * GET /api/preview?path=…&expires=…&signature=…, the link `npm run
 * preview:link` prints. A genuine, unexpired link turns on Next's draft mode
 * for this browser (so nothing it sees is cached) and grants it that one
 * path until the link expires, then sends it there. Anything else is a 403.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const grant = {
    path: params.get('path') ?? undefined,
    expires: Number(params.get('expires')),
    signature: params.get('signature') ?? undefined,
  };
  const now = new Date();
  if (!isValidGrant(grant, siteSecret(), now))
    return new NextResponse('This preview link is not valid, or it has expired. Ask for a new one (npm run preview:link).', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  (await draftMode()).enable();
  const response = NextResponse.redirect(new URL(grant.path, request.nextUrl), 307);
  response.headers.set('Cache-Control', 'no-store');
  response.cookies.set(PREVIEW_COOKIE, encodeGrant(grant), {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
    maxAge: Math.max(1, Math.floor((grant.expires - now.getTime()) / 1000)),
  });
  return response;
}
