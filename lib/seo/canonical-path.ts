/**
 * The one form of a page's path, or undefined when `pathname` already is it.
 * Site paths are lower case, and page 1 of a listing is the listing itself.
 * (Trailing slashes are Next's job: it answers them with a 308 already.)
 */
export function canonicalPath(pathname: string): string | undefined {
  let path = pathname.toLowerCase();
  path = path.replace(/^(\/[^/]+|\/(?:author|tag)\/[^/]+)\/page\/1$/, '$1');
  return path === pathname ? undefined : path;
}

/**
 * Paths the proxy runs on: only those that can need a redirect, so every
 * other request skips it. Next tests these case-sensitively.
 */
export const canonicalMatcher = [
  '/((?!_next/|images/|og/)[^.]*[A-Z][^.]*)',
  '/:section/page/1',
  '/author/:slug/page/1',
  '/tag/:slug/page/1',
];
