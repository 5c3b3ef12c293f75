import { Feed, type Item } from 'feed';
import type { ArticleSummary, Author, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { articleImage } from './social-image';

/** How many of the newest published articles each feed carries. */
export const feedSize = 50;

export const rssContentType = 'application/rss+xml; charset=utf-8';
export const atomContentType = 'application/atom+xml; charset=utf-8';

export type FeedInput = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors, e.g. "/" or "/world". */
  path: string;
  rssPath: string;
  atomPath?: string;
  /** Published articles, newest first; only the first `feedSize` are used. */
  articles: ArticleSummary[];
  categoryOf: (article: ArticleSummary) => Category;
  authorOf: (article: ArticleSummary) => Author;
};

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

function imageType(url: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (ext && imageTypes[ext]) || 'image/png';
}

function item(article: ArticleSummary, category: Category, author: Author, format: 'rss' | 'atom'): Item {
  const url = absoluteUrl(article.path);
  const image = articleImage(article, category);
  const byline = { name: author.name, link: absoluteUrl(author.path) };
  return {
    title: article.title,
    link: url,
    description: article.summary,
    date: new Date(article.modified),
    published: new Date(article.date),
    category: [{ name: category.title, domain: absoluteUrl(category.path), term: category.slug }],
    image: { url: image.url, type: image.type ?? imageType(image.url), length: 0 },
    // RSS 2.0's <author> must be an e-mail address; bylines go in dc:creator,
    // with its namespace declared on the element itself.
    ...(format === 'atom'
      ? { author: [byline] }
      : {
          extensions: [
            {
              name: 'dc:creator',
              objects: { _attributes: { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, _text: author.name },
            },
          ],
        }),
  };
}

function build(input: FeedInput, format: 'rss' | 'atom'): Feed {
  const articles = input.articles.slice(0, feedSize);
  const newest = articles[0];
  const feed = new Feed({
    id: absoluteUrl(input.path),
    title: input.title,
    description: input.description,
    link: absoluteUrl(input.path),
    language: site.locale,
    image: absoluteUrl(site.logo.src),
    favicon: absoluteUrl('/icon.png'),
    copyright: `© ${site.name}`,
    updated: newest ? new Date(newest.modified) : new Date(0),
    generator: false,
    feedLinks: {
      rss: absoluteUrl(input.rssPath),
      ...(input.atomPath ? { atom: absoluteUrl(input.atomPath) } : {}),
    },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const a of articles) feed.addItem(item(a, input.categoryOf(a), input.authorOf(a), format));
  return feed;
}

export function rssXml(input: FeedInput): string {
  return build(input, 'rss').rss2();
}

export function atomXml(input: FeedInput): string {
  return build(input, 'atom').atom1();
}

/** The site-wide feeds. */
export function siteFeedInput(articles: ArticleSummary[], lookups: Pick<FeedInput, 'categoryOf' | 'authorOf'>): FeedInput {
  return {
    title: site.name,
    description: site.description,
    path: routes.home,
    rssPath: routes.feeds.rss,
    atomPath: routes.feeds.atom,
    articles,
    ...lookups,
  };
}

/** One section's RSS feed. */
export function sectionFeedInput(
  category: Category,
  articles: ArticleSummary[],
  lookups: Pick<FeedInput, 'categoryOf' | 'authorOf'>,
): FeedInput {
  return {
    title: `${site.name}: ${category.title}`,
    description: category.description ?? `${category.title} news from ${site.name}.`,
    path: category.path,
    rssPath: routes.feeds.section(category.slug),
    articles,
    ...lookups,
  };
}
