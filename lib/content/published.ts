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
