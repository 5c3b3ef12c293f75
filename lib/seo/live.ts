import type { Metadata } from 'next';
import type { BlogPosting, LiveBlogPosting, WithContext } from 'schema-dts';
import type { Author, Category, LiveEntry, LiveStory } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { authorThing, organization } from './json-ld';
import { pageMetadata, sectionFeed, siteFeeds, type FeedLink } from './metadata';
import { articleImage } from './social-image';

/** Structured data, metadata and feed links of a live story's pages. */

/** Longest headline Google shows; an untitled entry's headline is its opening words. */
const MAX_HEADLINE = 110;

/** An entry's headline: its title, or the start of its text cut at a word. */
export function entryHeadline(entry: Pick<LiveEntry, 'title' | 'text'>): string {
  if (entry.title) return entry.title;
  const text = entry.text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_HEADLINE) return text;
  const cut = text.slice(0, MAX_HEADLINE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function liveFeedLink(story: Pick<LiveStory, 'slug' | 'title'>): FeedLink {
  return { title: `${site.name}: ${story.title}`, rssPath: routes.live.feed(story.slug) };
}

/**
 * LiveBlogPosting as Google's live blog guidelines describe it: coverage
 * start (and end, once ended) and each entry on the page as a BlogPosting
 * with headline, time, text, author and its own URL (the entry's permalink).
 */
export function liveBlogPostingJsonLd(input: {
  story: LiveStory;
  section: Category;
  /** Everyone who wrote for it, the story's own author first. */
  authors: Author[];
  /** The entries on this page, each with its author. */
  entries: { entry: LiveEntry; author: Author }[];
}): WithContext<LiveBlogPosting> {
  const { story, section, authors, entries } = input;
  const url = absoluteUrl(story.path);
  const image = articleImage(story, section);
  const updates: BlogPosting[] = entries.map(({ entry, author }) => ({
    '@type': 'BlogPosting',
    headline: entryHeadline(entry),
    datePublished: entry.date,
    articleBody: entry.text,
    author: authorThing(author),
    url: absoluteUrl(entry.path),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    '@id': url,
    headline: story.title,
    description: story.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: story.date,
    dateModified: story.modified,
    coverageStartTime: story.date,
    ...(story.live.status === 'ended' && story.live.ended ? { coverageEndTime: story.live.ended } : {}),
    author: authors.map(authorThing),
    publisher: organization(),
    image: [{ '@type': 'ImageObject', url: image.url, width: `${image.width}`, height: `${image.height}` }],
    articleSection: section.title,
    keywords: story.tags,
    inLanguage: site.locale,
    isAccessibleForFree: true,
    liveBlogUpdate: updates,
  };
}

/** A live story's page N: its own canonical URL, its entries' feed offered beside the site's. */
export function liveMetadata(story: LiveStory, section: Category, page = 1): Metadata {
  const title = page > 1 ? `${story.title}, page ${page}` : story.title;
  return pageMetadata({
    title: `${title} | ${section.title}`,
    socialTitle: title,
    description: story.summary,
    path: routes.live.story(story.slug, { page }),
    image: articleImage(story, section),
    feeds: [...siteFeeds(), sectionFeed(section), liveFeedLink(story)],
    openGraph: {
      type: 'article',
      publishedTime: story.date,
      modifiedTime: story.modified,
      section: section.title,
      tags: story.tags,
    },
  });
}
