import type { Genre } from './types';

/**
 * What readers and search engines are told about each genre. News, the
 * default, carries no label: a label on every story would be noise, and the
 * point of one is to set the other kinds apart (decision 045).
 */
export const genreInfo: Record<Genre, { label?: string; schemaType: GenreSchemaType }> = {
  news: { schemaType: 'NewsArticle' },
  analysis: { label: 'Analysis', schemaType: 'AnalysisNewsArticle' },
  opinion: { label: 'Opinion', schemaType: 'OpinionNewsArticle' },
  explainer: { label: 'Explainer', schemaType: 'BackgroundNewsArticle' },
  review: { label: 'Review', schemaType: 'ReviewNewsArticle' },
};

/** The schema.org subtypes of NewsArticle the genres map onto. */
type GenreSchemaType =
  | 'NewsArticle'
  | 'AnalysisNewsArticle'
  | 'OpinionNewsArticle'
  | 'BackgroundNewsArticle'
  | 'ReviewNewsArticle';

/** The visible label of a genre, or undefined for news. */
export function genreLabel(genre: Genre): string | undefined {
  return genreInfo[genre].label;
}
