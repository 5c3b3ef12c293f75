/**
 * Reading /search's query string. Anything a visitor can type arrives here
 * first: every function accepts any input and returns something safe, so odd
 * input makes an ordinary page and never an error.
 */

/** Longest query searched, in characters; longer input is cut. */
export const MAX_QUERY_LENGTH = 200;
/** Highest page number accepted; pages past the last one show the last. */
export const MAX_PAGE = 10_000;

type ParamValue = string | string[] | undefined;
export type RawSearchParams = Record<string, ParamValue>;

export type SearchRequest = { q: string; category?: string; page: number };

function first(value: unknown): string {
  if (Array.isArray(value)) return first(value[0]);
  return typeof value === 'string' ? value : '';
}

/**
 * The query as searched and shown: control characters dropped, whitespace
 * collapsed, trimmed, and cut to MAX_QUERY_LENGTH characters (never inside
 * an emoji or other character outside the Basic Multilingual Plane).
 */
export function normalizeQuery(raw: unknown): string {
  const clean = first(raw)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : clean;
}

/** "2" → 2; anything else ("0", "-1", "2.5", "abc", huge) → 1. */
export function parsePage(raw: unknown): number {
  const value = first(raw).trim();
  if (!/^[1-9]\d{0,5}$/.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGE);
}

/** A known section slug, or undefined: an unknown section filters nothing. */
export function parseCategory(raw: unknown, known: ReadonlySet<string> | readonly string[]): string | undefined {
  const value = first(raw).trim().toLowerCase();
  const has = Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<string>).has(value);
  return value && has ? value : undefined;
}

export function parseSearchParams(
  params: RawSearchParams,
  knownCategories: ReadonlySet<string> | readonly string[],
): SearchRequest {
  return {
    q: normalizeQuery(params.q),
    category: parseCategory(params.category, knownCategories),
    page: parsePage(params.page),
  };
}

/**
 * The address of a results page, in one normal form: q, then category, then
 * page; page 1 and empty values are left out. Used for links and canonical URLs.
 */
export function searchPath({ q, category, page = 1 }: { q: string; category?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
