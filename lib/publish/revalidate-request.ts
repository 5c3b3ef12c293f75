import { safeEqual } from '@/lib/preview/token';

/** Most tags one request may name, and the longest a tag may be (Next ignores longer ones). */
export const MAX_TAGS = 5000;
export const MAX_TAG_LENGTH = 256;
/** Largest request body read, in bytes. */
export const MAX_BODY = 512 * 1024;

/**
 * The request body as text, or undefined once it passes `max` bytes: a
 * request is never read whole before its size is known to be sane.
 */
export async function readBody(request: Request, max = MAX_BODY): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether an Authorization header carries the site's secret (compared in constant time). */
export function authorizedPublisher(header: string | null, secret: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return !!match && safeEqual(match[1]!, secret);
}

/** The tags a revalidation request names, or undefined for anything malformed. */
export function readTags(body: string | undefined): string[] | undefined {
  if (body === undefined || Buffer.byteLength(body) > MAX_BODY) return undefined;
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
