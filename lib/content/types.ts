/**
 * The site's content model, independent of where content comes from.
 * lib/content/source.ts maps the content build's output onto these types;
 * nothing else in the app knows about contentlayer.
 */

export type ImageRef = {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width: number;
  height: number;
  /** Length of the file in bytes (feed enclosures state it). */
  bytes: number;
};

export type Correction = {
  /** ISO 8601 date-time. */
  date: string;
  text: string;
};

export type Article = {
  slug: string;
  title: string;
  summary: string;
  /** ISO 8601 date-time of publication. */
  date: string;
  /** ISO 8601 date-time of the last substantive update, if any. */
  updated?: string;
  category: string;
  author: string;
  tags: string[];
  image?: ImageRef;
  draft: boolean;
  corrections: Correction[];
  /** Markdown source of the body; `articleHtml()` in the repository renders it. */
  markdown: string;
  /** Plain text of the body, for search and excerpts. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Site path, e.g. "/world/some-slug". */
  path: string;
  /** Source file, relative to the project root. */
  sourcePath: string;
};

export type AuthorLink = { label: string; url: string };

export type Author = {
  slug: string;
  name: string;
  role?: string;
  /** "organization" for agencies and desks, which structured data describes differently. */
  kind: 'person' | 'organization';
  avatar?: { src: string; alt: string; width: number; height: number };
  links: AuthorLink[];
  bioHtml: string;
  bioText: string;
  path: string;
};

export type Category = {
  slug: string;
  title: string;
  description?: string;
  order: number;
  path: string;
};
