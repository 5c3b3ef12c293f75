import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPath } from '@/lib/seo/canonical-path';

/** 308s non-canonical URLs (upper case, "/page/1") to their one form, keeping the query. */
export function proxy(request: NextRequest) {
  const path = canonicalPath(request.nextUrl.pathname);
  if (!path) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.redirect(url, 308);
}

// Must be a literal for Next to read at build time; mirrors canonicalMatcher in lib/seo/canonical-path.ts.
export const config = {
  matcher: [
    '/((?!_next/|images/|og/)[^.]*[A-Z][^.]*)',
    '/:section/page/1',
    '/author/:slug/page/1',
    '/tag/:slug/page/1',
  ],
};
