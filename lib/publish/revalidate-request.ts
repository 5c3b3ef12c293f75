import { safeEqual } from '@/lib/preview/token';

/** Most tags one request may name, and the longest a tag may be (Next ignores longer ones). */
export const MAX_TAGS = 5000;
export const MAX_TAG_LENGTH = 256;
/** Largest request body read. */
export const MAX_BODY = 512 * 1024;

/** Whether an Authorization header carries the site's secret (compared in constant time). */
export function authorizedPublisher(header: string | null, secret: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return !!match && safeEqual(match[1]!, secret);
}

/** The tags a revalidation request names, or undefined for anything malformed. */
export function readTags(body: string): string[] | undefined {
  if (body.length > MAX_BODY) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  const tags = (data as { tags?: unknown } | null)?.tags;
  if (!Array.isArray(tags) || tags.length > MAX_TAGS) return undefined;
  if (!tags.every((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= MAX_TAG_LENGTH)) return undefined;
  return [...new Set(tags)];
}
