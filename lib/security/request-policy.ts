import { routes } from '@/lib/routes';

/** Methods every page and API route answers; the site has no forms that write. */
const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * The one write the site accepts: the publisher's authenticated revalidation
 * request (app/api/revalidate/route.ts checks its secret, and is never cached).
 */
const WRITE_ROUTES: Record<string, readonly string[]> = { [routes.api.revalidate]: ['POST'] };

/**
 * Longest path we route. Site paths are a few dozen characters; a longer one
 * is junk, and Next would key caches (and file names) on it.
 */
export const MAX_PATH_LENGTH = 1024;

export type Rejection = { status: 400 | 405 | 414; body: string; headers: Record<string, string> };

/** Refusals are never cached, by Next, a CDN or a browser. */
function plainHeaders(): Record<string, string> {
  return { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
}

/**
 * A method other than GET or HEAD (any case), or POST to the revalidation
 * route: 405 with an Allow header.
 */
export function checkMethod(method: string, pathname?: string): Rejection | undefined {
  const writes = pathname === undefined ? undefined : WRITE_ROUTES[pathname];
  const allowed: readonly string[] = writes ? [...ALLOWED_METHODS, ...writes] : ALLOWED_METHODS;
  if (allowed.includes(method.toUpperCase())) return undefined;
  return { status: 405, body: 'Method Not Allowed', headers: { ...plainHeaders(), Allow: allowed.join(', ') } };
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to refuse before routing: a method other than GET/HEAD (405 with an
 * Allow header), a path over MAX_PATH_LENGTH (414), or a path whose
 * percent-encoding is malformed (400). Returns
 * undefined for a request that may go on.
 */
export function checkRequest(method: string, pathname: string): Rejection | undefined {
  const refused = checkMethod(method, pathname);
  if (refused) return refused;
  const headers = plainHeaders();
  if (pathname.length > MAX_PATH_LENGTH) return { status: 414, body: 'URI Too Long', headers };
  if (!decodes(pathname)) return { status: 400, body: 'Bad Request', headers };
  return undefined;
}
