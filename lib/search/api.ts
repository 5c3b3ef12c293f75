/**
 * The contract between /api/search and the search box (a client island): the
 * response's shape and its limits, in one module small enough to ship to the
 * browser.
 */

/** Most suggestions the box shows. */
export const MAX_SUGGESTIONS = 6;
/** The box asks for suggestions once the query has this many characters. */
export const MIN_SUGGEST_CHARS = 2;

export type Suggestion = { title: string; path: string; category: string };

/** GET /api/search?q=… */
export type SuggestResponse = {
  q: string;
  suggestions: Suggestion[];
  /** Search is at its limit: try again after the response's Retry-After. */
  busy?: true;
};
