import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPath } from '@/lib/seo/canonical-path';
import { checkRequest } from '@/lib/security/request-policy';

/**
 * One cheap pass before routing, for the few requests that need it:
 * - the site is read-only: a request with a payload, a server-action header
 *   or a CORS preflight gets a 405 (Next would answer some of them with a
 *   200, and a form post to an ISR page can make it render);
 * - a path with malformed percent-encoding gets a 400 (Next answered 500),
 *   and an over-long one a 414;
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

// Running the proxy costs about as much as serving a cached page, so it runs
// only where it can have something to do (docs/performance.md, "Serving").
// An ordinary GET of a canonical path never reaches it. Bodiless odd methods
// (a bare DELETE, say) do not either: Next answers them from the page cache
// like a GET, without rendering. The config must be literals (Next reads it
// without running this file): the path length below is MAX_PATH_LENGTH in
// lib/security/request-policy.ts, and e2e/bad-requests.spec.ts checks each
// case against the running server.
export const config = {
  matcher: [
    // Upper case or percent-encoding anywhere (308 or 400), except Next's own assets.
    '/((?!_next/)(?=.*[A-Z%]).*)',
    // Page 1 of a listing is the listing itself (308).
    '/(.*)/page/1',
    // Longer than MAX_PATH_LENGTH (414).
    '/(.{1024,})',
    // Anything with a payload, a server action or a preflight (405).
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'access-control-request-method' }] },
  ],
};
