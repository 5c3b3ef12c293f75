import { authors, categories, publishedArticles } from '@/lib/content/repository';
import { sitemapEntries, type SitemapEntry } from './sitemap';

/** The live site's sitemap entries, as of `now`. */
export function siteSitemapEntries(now: Date = new Date()): SitemapEntry[] {
  return sitemapEntries(publishedArticles(now), categories(), authors());
}
