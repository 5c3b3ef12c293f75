import { cacheTags } from '@/lib/cache/tags';
import { tagSlug } from '@/lib/content/tags';
import type { AppliedChange } from '@/lib/content/store/write';
import type { Article } from '@/lib/content/types';

/**
 * The cache tags a publish must revalidate: exactly the pages that show what
 * changed (lib/cache/tags.ts says which pages carry which tag).
 * - a story added, corrected, moved or unpublished: its page and card image,
 *   the pages that list it as related, its section, tags and every one of its
 *   authors (before and after the change), home, feeds, sitemaps and the news
 *   sitemap; its page tag also reaches the redirects of its old paths (aliases);
 * - an author: their page and the bylines that show them;
 * - a section: every page (the menu names every section);
 * - a live entry: its story's pages and feed (they carry the story's article
 *   tag), the cards that show the story's newest entry (home, its section,
 *   tags and author, related links) and the news sitemap;
 * - breaking news, before or after the change: every page (the banner).
 */
export function tagsForChange(change: AppliedChange): string[] {
  const tags = new Set<string>();
  const story = (a: Pick<Article, 'path' | 'category' | 'authors' | 'tags'> | undefined) => {
    if (!a) return;
    tags.add(cacheTags.article(a.path));
    tags.add(cacheTags.section(a.category));
    for (const slug of a.authors) tags.add(cacheTags.author(slug));
    for (const t of a.tags) tags.add(cacheTags.tag(tagSlug(t)));
  };
  for (const { before, after } of change.articles) {
    story(before);
    story(after);
  }
  if (change.articles.length)
    for (const t of [cacheTags.home, cacheTags.feeds, cacheTags.sitemaps, cacheTags.newsSitemap]) tags.add(t);
  for (const live of change.liveStories) story(live);
  if (change.liveStories.length) for (const t of [cacheTags.home, cacheTags.newsSitemap]) tags.add(t);
  if (change.articles.some(({ before, after }) => before?.breaking || after?.breaking)) tags.add(cacheTags.site);
  for (const slug of change.authors) {
    tags.add(cacheTags.author(slug));
    tags.add(cacheTags.sitemaps);
  }
  if (change.categories.length) {
    tags.add(cacheTags.site);
    for (const slug of change.categories) tags.add(cacheTags.section(slug));
    tags.add(cacheTags.sitemaps);
  }
  return [...tags].sort();
}
