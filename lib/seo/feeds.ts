import { Feed, type Item } from 'feed';
import type { ArticleSummary, Author, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { articleImage } from './social-image';
import { buildXml } from './xml';

/** How many of the newest published articles each feed carries. */
export const feedSize = 50;

export const rssContentType = 'application/rss+xml; charset=utf-8';
export const atomContentType = 'application/atom+xml; charset=utf-8';

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';

export type FeedInput = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors, e.g. "/" or "/world". */
  path: string;
  rssPath: string;
  atomPath: string;
  /** Published articles, newest first; only the first `feedSize` are used. */
  articles: ArticleSummary[];
  categoryOf: (article: ArticleSummary) => Category;
  /** Every author of the story, in byline order: each is named in the feed. */
  authorsOf: (article: ArticleSummary) => Author[];
};

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The registered media type of an image file, from its extension ("jpg" is image/jpeg; there is no image/jpg). */
export function imageMediaType(src: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
  return (ext && imageTypes[ext]) || 'application/octet-stream';
}

/**
 * An enclosure is a file of known length: the hero image, whose byte length
 * the content build read. Articles without one have no enclosure; their
 * generated card (drawn on request, so of no known length) is the thumbnail.
 */
function enclosure(article: ArticleSummary): { url: string; type: string; length: number } | undefined {
  if (!article.image) return undefined;
  return { url: absoluteUrl(article.image.src), type: imageMediaType(article.image.src), length: article.image.bytes };
}

/** Media RSS thumbnail: the share image every article has (hero or generated card). */
function thumbnail(article: ArticleSummary, category: Category) {
  const image = articleImage(article, category);
  return { '@_url': image.url, '@_width': image.width, '@_height': image.height };
}

function rssItem(article: ArticleSummary, category: Category, authors: Author[]): Item {
  const file = enclosure(article);
  const thumb = thumbnail(article, category);
  const creators = authors.map((author) => ({ _attributes: { 'xmlns:dc': DC_NS }, _text: author.name }));
  return {
    title: article.title,
    link: absoluteUrl(article.path),
    description: article.summary,
    date: new Date(article.modified),
    published: new Date(article.date),
    category: [{ name: category.title, domain: absoluteUrl(category.path), term: category.slug }],
    ...(file ? { enclosure: file } : {}),
    // RSS 2.0's <author> must be an e-mail address; bylines go in dc:creator,
    // one element per author (Dublin Core repeats the element rather than
    // joining names). The `feed` package keeps one extension per name, and
    // its XML writer (xml-js) writes a list as repeated elements, which its
    // types do not say: hence the cast. Namespaces are declared on the
    // elements themselves.
    extensions: [
      { name: 'dc:creator', objects: creators as unknown as Record<string, unknown> },
      {
        name: 'media:thumbnail',
        objects: {
          _attributes: { 'xmlns:media': MEDIA_NS, url: thumb['@_url'], width: thumb['@_width'], height: thumb['@_height'] },
        },
      },
    ],
  };
}

export function rssXml(input: FeedInput): string {
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
    feedLinks: { rss: absoluteUrl(input.rssPath) },
    author: { name: site.name, link: absoluteUrl(routes.home) },
  });
  for (const a of articles) feed.addItem(rssItem(a, input.categoryOf(a), input.authorsOf(a)));
  return feed.rss2();
}

function atomEntry(article: ArticleSummary, category: Category, authors: Author[]) {
  const url = absoluteUrl(article.path);
  const file = enclosure(article);
  return {
    id: url,
    title: { '@_type': 'text', '#text': article.title },
    link: [
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
      ...(file ? [{ '@_rel': 'enclosure', '@_type': file.type, '@_length': file.length, '@_href': file.url }] : []),
    ],
    published: new Date(article.date).toISOString(),
    updated: new Date(article.modified).toISOString(),
    author: authors.map((author) => ({ name: author.name, uri: absoluteUrl(author.path) })),
    category: [{ '@_term': category.slug, '@_label': category.title, '@_scheme': absoluteUrl(category.path) }],
    summary: { '@_type': 'text', '#text': article.summary },
    'media:thumbnail': thumbnail(article, category),
  };
}

/**
 * Atom 1.0, written here rather than by the `feed` package, which labels
 * JPEGs "image/jpg", cannot state an enclosure's length or the feed's
 * language (xml:lang), and derives a media type from any path.
 */
export function atomXml(input: FeedInput): string {
  const articles = input.articles.slice(0, feedSize);
  const newest = articles[0];
  return buildXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xmlns:media': MEDIA_NS,
      '@_xml:lang': site.locale,
      id: absoluteUrl(input.path),
      title: { '@_type': 'text', '#text': input.title },
      subtitle: { '@_type': 'text', '#text': input.description },
      updated: (newest ? new Date(newest.modified) : new Date(0)).toISOString(),
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': absoluteUrl(input.path) },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': absoluteUrl(input.atomPath) },
      ],
      author: { name: site.name, uri: absoluteUrl(routes.home) },
      icon: absoluteUrl('/icon.png'),
      logo: absoluteUrl(site.logo.src),
      rights: `© ${site.name}`,
      entry: articles.map((a) => atomEntry(a, input.categoryOf(a), input.authorsOf(a))),
    },
  });
}

/** The site-wide feeds. */
export function siteFeedInput(articles: ArticleSummary[], lookups: Pick<FeedInput, 'categoryOf' | 'authorsOf'>): FeedInput {
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

/** One section's feeds (RSS and Atom carry the same articles). */
export function sectionFeedInput(
  category: Category,
  articles: ArticleSummary[],
  lookups: Pick<FeedInput, 'categoryOf' | 'authorsOf'>,
): FeedInput {
  return {
    title: `${site.name}: ${category.title}`,
    description: category.description ?? `${category.title} news from ${site.name}.`,
    path: category.path,
    rssPath: routes.feeds.section(category.slug),
    atomPath: routes.feeds.sectionAtom(category.slug),
    articles,
    ...lookups,
  };
}
