import { routes } from '@/lib/routes';

/** Methods every page and API route answers; the site has no forms that write. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * The one write the site accepts: the publisher's authenticated revalidation
 * request (app/api/revalidate/route.ts checks the secret and answers every
 * other method with 405 itself).
 */
export const WRITE_ROUTES: Record<string, readonly string[]> = { [routes.api.revalidate]: ['POST'] };

/**
 * Longest path we route. Site paths are a few dozen characters; a longer one
 * is junk, and Next would key caches (and file names) on it.
 */
export const MAX_PATH_LENGTH = 1024;

export type Rejection = { status: 400 | 405 | 414; body: string; headers: Record<string, string> };

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
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
  // The route checks its method and its secret itself, and is never cached.
  if (WRITE_ROUTES[pathname]) return undefined;
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, body: 'Method Not Allowed', headers: { ...headers, Allow: ALLOWED_METHODS.join(', ') } };
  }
  if (pathname.length > MAX_PATH_LENGTH) return { status: 414, body: 'URI Too Long', headers };
  if (!decodes(pathname)) return { status: 400, body: 'Bad Request', headers };
  return undefined;
}
