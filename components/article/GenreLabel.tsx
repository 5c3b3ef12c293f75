import { genreLabel } from '@/lib/content/genres';
import type { Genre } from '@/lib/content/types';

/**
 * "Analysis", "Opinion", "Explainer" or "Review" beside the section name, on
 * the story and on its cards; nothing for news. Opinion is a solid badge in
 * its own colour, so a column is never mistaken for a report.
 */
export function GenreLabel({ genre }: { genre: Genre }) {
  const label = genreLabel(genre);
  if (!label) return null;
  return (
    <span
      data-genre-label={genre}
      className={genre === 'opinion' ? 'rounded-sm bg-opinion px-1.5 py-0.5 text-on-opinion' : 'text-text'}
    >
      {label}
    </span>
  );
}
