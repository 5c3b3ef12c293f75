/**
 * The one form of a page's path, or undefined when `pathname` already is it.
 * Site paths are lower case, and page 1 of a listing is the listing itself.
 * (Trailing slashes are Next's job: it answers them with a 308 already.)
 */
export function canonicalPath(pathname: string): string | undefined {
  // Files (public images, generated cards, feeds) keep the case they were given.
  if (/^\/(_next|images|og)\//.test(pathname) || pathname.includes('.')) return undefined;
  let path = pathname.toLowerCase();
  path = path.replace(/^(\/[^/]+|\/(?:author|tag)\/[^/]+)\/page\/1$/, '$1');
  return path === pathname ? undefined : path;
}
