import type { Metadata } from 'next';
import { isPublished } from '@/lib/content/published';
import { lastModified, type TagSummary } from '@/lib/content/queries';
import { tagPath } from '@/lib/content/tags';
import type { Article, Author, Category } from '@/lib/content/types';
import { absoluteUrl, site } from '@/lib/site';
import { articleImage, siteImage, type SocialImage } from './social-image';

/**
 * Metadata builders: pure functions of the domain objects a page renders.
 * Next replaces (not merges) `openGraph`, `twitter` and `alternates` from the
 * layout when a page sets them, so every builder returns the complete set.
 */

export type FeedLink = { title: string; path: string };

/** Indexable, with large image previews in search and Discover. */
export const siteRobots = { index: true, follow: true, 'max-image-preview': 'large' } as const;
const robotsNoindex = { index: false, follow: true, 'max-image-preview': 'large' } as const;

/** Open Graph wants "en_GB", HTML wants "en-GB". */
export const ogLocale = site.locale.replace('-', '_');

export function siteFeeds(): FeedLink[] {
  return [{ title: site.name, path: '/feed.xml' }];
}

export function sectionFeed(category: Pick<Category, 'title' | 'path'>): FeedLink {
  return { title: `${site.name}: ${category.title}`, path: `${category.path}/feed.xml` };
}

/** Path of page `page` of a listing: page 1 is the listing itself. */
export function listingPath(path: string, page = 1): string {
  return page > 1 ? `${path.replace(/\/$/, '')}/page/${page}` : path;
}

type PageInput = {
  /** Page title before the site template; `{ absolute }` skips the template. */
  title: string | { absolute: string };
  /** Title for social cards, without the site name (og:site_name carries it). */
  socialTitle: string;
  description: string;
  path: string;
  image?: SocialImage;
  noindex?: boolean;
  feeds?: FeedLink[];
  openGraph?: Record<string, unknown>;
};

export function pageMetadata(input: PageInput): Metadata {
  const url = absoluteUrl(input.path);
  const image = input.image ?? siteImage();
  const feeds = input.feeds ?? siteFeeds();
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      types: {
        'application/rss+xml': feeds.map((f) => ({ title: f.title, url: absoluteUrl(f.path) })),
        'application/atom+xml': [{ title: site.name, url: absoluteUrl('/atom.xml') }],
      },
    },
    robots: input.noindex ? robotsNoindex : siteRobots,
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale,
      url,
      title: input.socialTitle,
      description: input.description,
      images: [image],
      ...input.openGraph,
    },
    twitter: {
      card: 'summary_large_image',
      title: input.socialTitle,
      description: input.description,
      images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    },
  };
}

export function homeMetadata(): Metadata {
  return pageMetadata({
    title: { absolute: site.name },
    socialTitle: site.name,
    description: site.description,
    path: '/',
  });
}

/** An article page. Drafts and scheduled stories (seen only in preview) are never indexed. */
export function articleMetadata(article: Article, category: Category, author: Author, now: Date = new Date()): Metadata {
  return pageMetadata({
    title: `${article.title} | ${category.title}`,
    socialTitle: article.title,
    description: article.summary,
    path: article.path,
    image: articleImage(article, category),
    noindex: !isPublished(article, now),
    feeds: [...siteFeeds(), sectionFeed(category)],
    openGraph: {
      type: 'article',
      publishedTime: article.date,
      modifiedTime: lastModified(article) ?? article.date,
      section: category.title,
      tags: article.tags,
      authors: [absoluteUrl(author.path)],
    },
  });
}

type ListingInput = { title: string; description: string; path: string; page?: number; feeds?: FeedLink[] };

/** Any paginated listing: each page is its own canonical URL. */
export function listingMetadata({ title, description, path, page = 1, feeds }: ListingInput): Metadata {
  const pageTitle = page > 1 ? `${title}, page ${page}` : title;
  return pageMetadata({
    title: pageTitle,
    socialTitle: pageTitle,
    description,
    path: listingPath(path, page),
    feeds,
  });
}

export function sectionMetadata(category: Category, page = 1): Metadata {
  return listingMetadata({
    title: category.title,
    description: category.description ?? `The latest ${category.title} news from ${site.name}.`,
    path: category.path,
    page,
    feeds: [...siteFeeds(), sectionFeed(category)],
  });
}

export function authorMetadata(author: Author, page = 1): Metadata {
  const meta = listingMetadata({
    title: author.name,
    description: author.bioText.split(/(?<=\.)\s/)[0] || `Articles by ${author.name} for ${site.name}.`,
    path: author.path,
    page,
  });
  return { ...meta, openGraph: { ...meta.openGraph, type: 'profile' } };
}

export function tagMetadata(tag: TagSummary, page = 1): Metadata {
  return listingMetadata({
    title: tag.tag,
    description: `${site.name} articles about ${tag.tag}.`,
    path: tagPath(tag.tag),
    page,
  });
}

/**
 * Search results are thin, endless and query-driven: followed, never indexed.
 * `path` is the normalised results URL (lib/search/params searchPath), so
 * every spelling of one query shares one canonical.
 */
export function searchMetadata(query?: string, path = '/search'): Metadata {
  const q = query?.trim();
  return pageMetadata({
    title: q ? `Search results for “${q}”` : 'Search',
    socialTitle: 'Search',
    description: `Search every story on ${site.name}.`,
    path,
    noindex: true,
  });
}

/** Every 404, the unmatched address and a route's unknown subject alike: a real title, never indexed. */
export function notFoundMetadata(): Metadata {
  return { title: 'Page not found', robots: { index: false, follow: true } };
}
