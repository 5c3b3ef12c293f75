import type { Article } from './types';

/**
 * The one definition of "readers may see this": not a draft, and its
 * publication time has come. Every listing, feed, sitemap and search index
 * goes through it, so a draft or embargoed story cannot leak past a filter
 * someone forgot.
 */
export function isPublished(article: Pick<Article, 'draft' | 'date'>, now: Date): boolean {
  return !article.draft && Date.parse(article.date) <= now.getTime();
}

/** Editors preview drafts and scheduled stories in `npm run dev`, never in production. */
export function previewEnabled(env: string | undefined = process.env.NODE_ENV): boolean {
  return env === 'development';
}

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(article: Pick<Article, 'draft' | 'date'>, now: Date): PublicationState {
  if (article.draft) return 'draft';
  return Date.parse(article.date) > now.getTime() ? 'scheduled' : 'published';
}

/**
 * When the article last changed: the later of `updated` and its newest
 * correction. Undefined when it has not changed since publication.
 */
export function lastModified(article: Pick<Article, 'date' | 'updated' | 'corrections'>): string | undefined {
  const times = [article.updated, ...article.corrections.map((c) => c.date)].filter((t): t is string => !!t);
  const latest = times.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return latest && Date.parse(latest) > Date.parse(article.date) ? latest : undefined;
}
