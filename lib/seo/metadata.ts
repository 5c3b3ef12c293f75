import type { Metadata } from 'next';
import { isPublished } from '@/lib/content/published';
import type { TagSummary } from '@/lib/content/repository';
import type { Article, Author, Category } from '@/lib/content/types';
import { listingPath, routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { articleImage, siteImage, type SocialImage } from './social-image';

/**
 * Metadata builders: pure functions of the domain objects a page renders.
 * Next replaces (not merges) `openGraph`, `twitter` and `alternates` from the
 * layout when a page sets them, so every builder returns the complete set.
 */

/** A feed offered in both formats: every feed the site has comes as RSS and as Atom. */
/** A feed a page points to: RSS always, Atom where there is one (a live story has RSS only). */
export type FeedLink = { title: string; rssPath: string; atomPath?: string };

/** Indexable, with large image previews in search and Discover. */
const siteRobots = { index: true, follow: true, 'max-image-preview': 'large' } as const;
const robotsNoindex = { index: false, follow: true, 'max-image-preview': 'large' } as const;

/** Open Graph wants "en_GB", HTML wants "en-GB". */
const ogLocale = site.locale.replace('-', '_');

export function siteFeeds(): FeedLink[] {
  return [{ title: site.name, rssPath: routes.feeds.rss, atomPath: routes.feeds.atom }];
}

export function sectionFeed(category: Pick<Category, 'title' | 'slug'>): FeedLink {
  return {
    title: `${site.name}: ${category.title}`,
    rssPath: routes.feeds.section(category.slug),
    atomPath: routes.feeds.sectionAtom(category.slug),
  };
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
        'application/rss+xml': feeds.map((f) => ({ title: f.title, url: absoluteUrl(f.rssPath) })),
        'application/atom+xml': feeds.flatMap((f) => (f.atomPath ? [{ title: f.title, url: absoluteUrl(f.atomPath) }] : [])),
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
    path: routes.home,
  });
}

/** An article page. Drafts and scheduled stories (seen only in preview) are never indexed. */
export function articleMetadata(article: Article, category: Category, authors: Author[], now: Date = new Date()): Metadata {
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
      modifiedTime: article.modified,
      section: category.title,
      tags: article.tags,
      authors: authors.map((a) => absoluteUrl(a.path)),
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
    path: routes.tag(tag.slug),
    page,
  });
}

/**
 * Search results are thin, endless and query-driven: followed, never indexed.
 * `path` is the normalised results URL (routes.searchResults in lib/routes.ts), so
 * every spelling of one query shares one canonical.
 */
export function searchMetadata(query?: string, path: string = routes.search): Metadata {
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
  return { title: NOT_FOUND_TITLE, robots: { index: false, follow: true } };
}

const NOT_FOUND_TITLE = 'Page not found';

/** The whole document title, as the root layout's template makes it (kept by the 404 view after hydration). */
export const notFoundDocumentTitle = `${NOT_FOUND_TITLE} | ${site.name}`;
