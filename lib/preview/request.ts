import { cookies, draftMode } from 'next/headers';
import { previewEnabled } from '@/lib/content/published';
import { siteSecret } from '@/lib/secret';
import { decodeGrant, isValidGrant } from './token';

/** The cookie the preview route sets beside Next's draft-mode cookie. */
export const PREVIEW_COOKIE = 'lantern_preview';

/**
 * Whether this request may see `path` before it is published: always in
 * `npm run dev`; in production only in draft mode (Next's cookie, which also
 * keeps the response out of every cache) with an unexpired preview grant for
 * this very path. Cookies are read only in draft mode, so ordinary pages stay
 * static.
 */
export async function mayPreview(path: string, now: Date): Promise<boolean> {
  if (previewEnabled()) return true;
  if (!(await draftMode()).isEnabled) return false;
  const grant = decodeGrant((await cookies()).get(PREVIEW_COOKIE)?.value);
  return grant.path === path && isValidGrant(grant, siteSecret(), now);
}
