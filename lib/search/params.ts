import { MAX_PAGE, parsePageNumber } from '@/lib/routes';

/**
 * Reading /search's query string, once, at the edge. Anything a visitor can
 * type arrives here first: every function accepts any input and returns
 * something safe, so odd input makes an ordinary page and never an error.
 * The search engine (engine.ts) takes only the SearchRequest made here.
 */

/** Longest query searched, in characters; longer input is cut. */
export const MAX_QUERY_LENGTH = 200;
export { MAX_PAGE };

type ParamValue = string | string[] | undefined;
export type RawSearchParams = Record<string, ParamValue>;

/** A search as the engine takes it: the query normalised, the section known, the page a number. */
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

/** "2" → 2; anything else ("0", "-1", "2.5", "abc") → 1; huge → MAX_PAGE (the engine shows the last page). */
export function parsePage(raw: unknown): number {
  return Math.min(parsePageNumber(first(raw).trim()) ?? 1, MAX_PAGE);
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
