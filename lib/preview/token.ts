import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed preview links: `npm run preview:link -- <path>` signs a path and an
 * expiry time with the site's secret (lib/secret.ts); the preview route
 * checks the signature and the time before it lets a browser see that one
 * draft. Pure functions of (path, expiry, secret, now): tests need no clock.
 */

function sign(path: string, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`preview\n${path}\n${expires}`).digest('base64url');
}

/**
 * Constant-time comparison, so the time taken reveals nothing about the right
 * value, not even its length: both sides are hashed to the same size first.
 */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b)) && a === b;
}

type PreviewGrant = { path: string; expires: number; signature: string };

export function grantPreview(path: string, expires: number, secret: string): PreviewGrant {
  return { path, expires, signature: sign(path, expires, secret) };
}

/** Whether a grant is genuine and still valid at `now`. */
export function isValidGrant(grant: Partial<PreviewGrant>, secret: string, now: Date): grant is PreviewGrant {
  const { path, expires, signature } = grant;
  // A site path only: never "//host" or a backslash, which browsers would take for another site.
  if (typeof path !== 'string' || !/^\/(?![/\\])[^\\]*$/.test(path) || typeof signature !== 'string') return false;
  if (typeof expires !== 'number' || !Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
  return safeEqual(signature, sign(path, expires, secret));
}

/** The grant as one cookie value, and back. */
export function encodeGrant(grant: PreviewGrant): string {
  return `${grant.expires}.${grant.signature}.${Buffer.from(grant.path).toString('base64url')}`;
}

export function decodeGrant(value: string | undefined): Partial<PreviewGrant> {
  const [expires, signature, path] = (value ?? '').split('.');
  if (!expires || !signature || !path) return {};
  return { expires: Number(expires), signature, path: Buffer.from(path, 'base64url').toString() };
}
