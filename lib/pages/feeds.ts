import { cacheTags } from '@/lib/cache/tags';
import type { ArticleSummary } from '@/lib/content/types';
import {
  atomContentType,
  atomXml,
  feedSize,
  rssContentType,
  rssXml,
  sectionFeedInput,
  siteFeedInput,
  type FeedInput,
} from '@/lib/seo/feeds';
import type { Context, Repository } from './model';

/** A feed as its route sends it. */
export type FeedDocument = { body: string; contentType: string; tags: string[] };

async function lookups(repo: Repository, articles: ArticleSummary[]): Promise<Pick<FeedInput, 'categoryOf' | 'authorsOf'>> {
  const [categories, authors] = await Promise.all([repo.categories(), repo.authorsBySlug(articles.flatMap((a) => a.authors))]);
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  return { categoryOf: (a) => bySlug.get(a.category)!, authorsOf: (a) => a.authors.flatMap((slug) => authors.get(slug) ?? []) };
}

/** The site's newest stories as RSS or Atom. */
export async function siteFeed(repo: Repository, format: 'rss' | 'atom', { now }: Context): Promise<FeedDocument> {
  const articles = await repo.latest(feedSize, now);
  const input = siteFeedInput(articles, await lookups(repo, articles));
  return format === 'rss'
    ? { body: rssXml(input), contentType: rssContentType, tags: [cacheTags.feeds] }
    : { body: atomXml(input), contentType: atomContentType, tags: [cacheTags.feeds] };
}

/** One section's newest stories as RSS or Atom, or undefined for an unknown section. */
export async function sectionFeed(
  repo: Repository,
  slug: string,
  format: 'rss' | 'atom',
  { now }: Context,
): Promise<FeedDocument | undefined> {
  const category = await repo.category(slug);
  if (!category) return undefined;
  const { items } = await repo.inSection(slug, now, { offset: 0, limit: feedSize });
  const input = sectionFeedInput(category, items, await lookups(repo, items));
  const tags = [cacheTags.section(slug)];
  return format === 'rss'
    ? { body: rssXml(input), contentType: rssContentType, tags }
    : { body: atomXml(input), contentType: atomContentType, tags };
}
