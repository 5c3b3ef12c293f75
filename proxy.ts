import { NextResponse, type NextRequest } from 'next/server';
import { checkRequest } from '@/lib/security/request-policy';

/**
 * The site is read-only, and Next answers some odd requests on ISR pages with
 * a 200 (POST to an article) or a 500 (malformed percent-encoding in a
 * dynamic segment). This turns them into a 405 or 400 before routing.
 */
export function proxy(request: NextRequest) {
  const verdict = checkRequest(request.method, request.nextUrl.pathname);
  if (!verdict) return NextResponse.next();
  return new NextResponse(verdict.body, { status: verdict.status, headers: verdict.headers });
}

export const config = {
  // Static assets and image optimisation never reach the proxy: they are
  // handled by Next's own GET-only handlers, and skipping them keeps it cheap.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
