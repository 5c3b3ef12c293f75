import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPath } from '@/lib/seo/canonical-path';
import { checkRequest } from '@/lib/security/request-policy';

/**
 * One cheap pass before routing:
 * - the site is read-only, and Next answers some odd requests on ISR pages
 *   with a 200 (POST to an article) or a 500 (malformed percent-encoding in a
 *   dynamic segment); those become a 405, 400 or 414;
 * - non-canonical URLs (upper case, "/page/1") get a 308 to their one form.
 */
export function proxy(request: NextRequest) {
  const verdict = checkRequest(request.method, request.nextUrl.pathname);
  if (verdict) return new NextResponse(verdict.body, { status: verdict.status, headers: verdict.headers });
  const path = canonicalPath(request.nextUrl.pathname);
  if (!path) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Static assets and image optimisation never reach the proxy: they are
  // handled by Next's own GET-only handlers, and skipping them keeps it cheap.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
