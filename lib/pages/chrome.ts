import { cacheTags } from '@/lib/cache/tags';
import type { Category } from '@/lib/content/types';
import type { Context, Repository } from './model';

/** The breaking-news banner: the story it links to, and until when. */
export type BreakingNews = { title: string; path: string; until: string };

/** What the header and footer show on every page, and the cache tags that adds. */
type ChromeModel = { sections: Category[]; breaking?: BreakingNews; tags: string[] };

export async function siteChrome(repo: Repository, { now }: Context): Promise<ChromeModel> {
  const [sections, story] = await Promise.all([repo.categories(), repo.breakingNews(now)]);
  if (!story?.breakingUntil) return { sections, tags: [] };
  const until = story.breakingUntil;
  // Every page that shows the banner is dropped from the cache when it runs out.
  return { sections, breaking: { title: story.title, path: story.path, until }, tags: [cacheTags.expiresAt(Date.parse(until))] };
}
