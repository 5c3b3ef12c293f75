import type {
  ArticleFrontmatter,
  AuthorFrontmatter,
  CategoryFrontmatter,
  LiveEntryFrontmatter,
  LiveStoryFrontmatter,
} from './schema/contract';

/**
 * The site's content model: what an editor wrote (the frontmatter types,
 * derived from the content contract in ./schema/contract.ts) plus what is
 * worked out from it (slugs, paths, sizes, word counts). A new field in the
 * contract appears here by itself; lib/content/source-mapping.ts fills it in, and
 * tests/content-contract.test.ts checks that nothing is left behind.
 */

/** A picture as pages use it: as written, plus its intrinsic size and its file's length in bytes (for feed enclosures). */
export type ImageRef = NonNullable<ArticleFrontmatter['image']> & { width: number; height: number; bytes: number };

export type Correction = NonNullable<ArticleFrontmatter['corrections']>[number];

/** What kind of journalism a story is: news (the default), analysis, opinion, explainer or review. */
export type Genre = NonNullable<ArticleFrontmatter['genre']>;

/** What a list of stories shows of each: cards, feeds, related links. */
export type ArticleSummary = Omit<
  ArticleFrontmatter,
  'image' | 'tags' | 'draft' | 'corrections' | 'author' | 'authors' | 'genre' | 'aliases'
> & {
  slug: string;
  /** Every author's slug in byline order, whether the file says `author` or `authors` (never empty). */
  authors: string[];
  genre: Genre;
  tags: string[];
  image?: ImageRef;
  /** When it last changed: the later of `updated` and its newest correction, else `date`. */
  modified: string;
  readingMinutes: number;
  /** Site path, e.g. "/world/some-slug". */
  path: string;
  /** Set for a live story (its path is /live/<slug>): what its card shows. */
  live?: LiveCard;
};

/** A whole story, as its own page needs it. */
export type Article = ArticleSummary & {
  draft: boolean;
  corrections: Correction[];
  /** Old paths ("/world/old-slug") that answer with a permanent redirect to this story. */
  aliases: string[];
  /** Markdown source of the body; rendered when its page is (lib/content/markdown.ts). */
  markdown: string;
  /** Plain text of the body, for search and excerpts. */
  text: string;
  wordCount: number;
  /** Source file, relative to the project root. */
  sourcePath: string;
};

type AuthorLink = NonNullable<AuthorFrontmatter['links']>[number];

export type Author = Omit<AuthorFrontmatter, 'kind' | 'avatar' | 'avatarAlt' | 'links'> & {
  slug: string;
  /** "organization" for agencies and desks, which structured data describes differently. */
  kind: NonNullable<AuthorFrontmatter['kind']>;
  avatar?: { src: string; alt: string; width: number; height: number };
  links: AuthorLink[];
  bioHtml: string;
  bioText: string;
  path: string;
};

export type Category = Omit<CategoryFrontmatter, 'order'> & {
  slug: string;
  order: number;
  path: string;
};

export type LiveStatus = LiveStoryFrontmatter['status'];

/**
 * A live story's state as cards and its page show it. The store keeps it up
 * to date as entries are published (lib/content/store/live-write.ts).
 */
export type LiveCard = {
  status: LiveStatus;
  /** When coverage ended (status "ended"). */
  ended?: string;
  /** Title of the newest entry that has one. */
  latestTitle?: string;
  /** Time of the newest entry. */
  latestAt?: string;
  /** How many entries the story has. */
  entries: number;
};

/**
 * A live story: stored and listed like an article (cards, sections, tags,
 * search, sitemaps), at /live/<slug>, with its live state. `markdown` is the
 * introduction above the entries; `date` is when coverage started.
 */
export type LiveStory = Article & { live: LiveCard };

/** One entry of a live story. */
export type LiveEntry = Omit<LiveEntryFrontmatter, 'key' | 'pinned'> & {
  /** Its file name: unique within the story, and its anchor on the page. */
  id: string;
  /** The story's slug. */
  story: string;
  key: boolean;
  pinned: boolean;
  markdown: string;
  /** The body through the one Markdown pipeline, rendered once when stored. */
  html: string;
  text: string;
  /** The permalink: resolves to the page of the story that holds the entry. */
  path: string;
  sourcePath: string;
};
