/**
 * The one form of a page's path, or undefined when `pathname` already is it.
 * Site paths are lower case, and page 1 of a listing is the listing itself.
 * (Trailing slashes are Next's job: it answers them with a 308 already.)
 */
export function canonicalPath(pathname: string): string | undefined {
  // Files (public images, generated cards, feeds) keep the case they were given.
  if (/^\/(_next|images|og)\//.test(pathname) || pathname.includes('.')) return undefined;
  // Letters are lower case; percent-escapes keep RFC 3986's upper-case hex
  // digits, so /caf%C3%A9 is already canonical and /caf%c3%a9 is not.
  let path = pathname.replace(/%[0-9a-f]{2}|[^%]+|%/gi, (part) =>
    part.length === 3 && part[0] === '%' ? part.toUpperCase() : part.toLowerCase(),
  );
  path = path.replace(/^(\/[^/]+|\/(?:author|tag|live)\/[^/]+)\/page\/1$/, '$1');
  return path === pathname ? undefined : path;
}
