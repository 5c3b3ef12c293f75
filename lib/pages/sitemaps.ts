import { cacheTags } from '@/lib/cache/tags';
import { routes } from '@/lib/routes';
import { newsSitemapXml, newsWindowStart, maxNewsUrls } from '@/lib/seo/news-sitemap';
import { sitemapEntries, sitemapFileXml, sitemapXml, type SitemapEntry } from '@/lib/seo/sitemap';
import { xmlContentType } from '@/lib/seo/xml';
import type { FeedDocument } from './feeds';
import type { Context, Repository } from './model';

/** Every URL of the site with its lastmod (a few hundred bytes a story: 100,000 stories are a few MB). */
async function entries(repo: Repository, now: Date): Promise<SitemapEntry[]> {
  const [categories, authors, tags, modified, count] = await Promise.all([
    repo.categories(),
    repo.authors(),
    repo.tags(now),
    repo.lastModifiedBy(now),
    repo.publishedCount(now),
  ]);
  const articles = await repo.publishedPaths(now, { offset: 0, limit: count });
  return sitemapEntries({ categories, authors, tags, modified, articles });
}

/** /sitemap.xml: the whole urlset, or an index once it outgrows one file. */
export async function siteSitemap(repo: Repository, { now }: Context): Promise<FeedDocument> {
  return { body: sitemapXml(await entries(repo, now)), contentType: xmlContentType, tags: [cacheTags.sitemaps] };
}

/** One numbered file of a split sitemap, or undefined when there is no such file. */
export async function sitemapFile(repo: Repository, index: number, { now }: Context): Promise<FeedDocument | undefined> {
  const body = sitemapFileXml(await entries(repo, now), index);
  return body === undefined ? undefined : { body, contentType: xmlContentType, tags: [cacheTags.sitemaps] };
}

/**
 * Google News: stories published in the last 48 hours, at most 1,000, and
 * live stories with an entry in that window however long ago they began.
 */
export async function newsSitemap(repo: Repository, { now }: Context): Promise<FeedDocument> {
  const from = newsWindowStart(now);
  const [articles, live] = await Promise.all([
    repo.publishedBetween(from, now, maxNewsUrls),
    repo.live.updatedBetween(from, now),
  ]);
  const listed = new Set(articles.map((a) => a.path));
  const fresh = (
    await repo.summaries(
      live.map((slug) => routes.live.story(slug)),
      now,
    )
  ).filter((a) => !listed.has(a.path));
  return {
    body: newsSitemapXml([...fresh, ...articles].slice(0, maxNewsUrls)),
    contentType: xmlContentType,
    tags: [cacheTags.newsSitemap],
  };
}
