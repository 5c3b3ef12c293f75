import type { Repository } from '@/lib/content/repository';
import type { Category, Genre } from '@/lib/content/types';
import { highlight, snippet, type Segment } from './snippet';

/** What a search answers: the results page's data, whatever the engine or the guard in front of it did. */

export type SearchHit = {
  path: string;
  title: string;
  /** The title with matched words flagged. */
  titleSegments: Segment[];
  date: string;
  /** Labelled beside the section unless it is news. */
  genre: Genre;
  category: { slug: string; title: string; path: string };
  /** A window of the summary or body around the matches, matched words flagged. */
  snippet: Segment[];
};

/**
 * A section filter. `count` is exact when the whole search has at most
 * RESULT_CAP results; past that it is left out (counting every section of a
 * word in most of the archive would cost more than the page), except for the
 * section being filtered, which is counted like the total.
 */
export type Facet = { slug: string; title: string; path: string; count?: number };

export type SearchResponse = {
  q: string;
  /** Its search terms, normalised; empty when it has no searchable word. */
  terms: string[];
  category?: string;
  /** "all": every result has every term; "any": no result had them all, so results have some. */
  mode: 'none' | 'all' | 'any';
  results: SearchHit[];
  /** Results in the current section filter, counted up to RESULT_CAP + 1. */
  total: number;
  /** Results in every section, counted the same way. */
  totalAll: number;
  /** Whether there are more results than RESULT_CAP, in the section filter and in all sections. */
  capped: boolean;
  cappedAll: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: Facet[];
  /** The query with misspelt words replaced by the archive's own, when that finds something. */
  didYouMean?: string;
};

/** A response with nothing found: no terms, no results, every count zero. */
export function noResults(
  fields: Pick<SearchResponse, 'q' | 'category' | 'page' | 'pageSize' | 'totalPages' | 'facets'>,
): SearchResponse {
  return { ...fields, terms: [], mode: 'none', results: [], total: 0, totalAll: 0, capped: false, cappedAll: false };
}

type Story = Awaited<ReturnType<Repository['search']['stories']>>[number];

/** A found story as listed: its title and a snippet with the matched words flagged. */
export function toHit(story: Story, words: Set<string>, termCount: number, categories: Map<string, Category>): SearchHit {
  // The summary reads best; the body wins only when it holds more of the query.
  const fromSummary = snippet(story.summary, words, 40);
  const fromBody = fromSummary.distinct >= termCount ? undefined : snippet(story.text, words, 30);
  const best = fromBody && fromBody.distinct > fromSummary.distinct ? fromBody : fromSummary;
  const category = categories.get(story.category);
  return {
    path: story.path,
    title: story.title,
    titleSegments: highlight(story.title, words),
    date: story.date,
    genre: story.genre ?? 'news',
    category: category
      ? { slug: category.slug, title: category.title, path: category.path }
      : { slug: story.category, title: story.category, path: `/${story.category}` },
    snippet: best.segments,
  };
}
