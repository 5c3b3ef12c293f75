import { z } from 'zod';
import { field, oneOf, type Field } from './field';
import { kinds } from './kinds';

/**
 * The content contract: every field an editor may write, declared once.
 * contentlayer's document types (contentlayer.config.ts), the content check
 * (lib/content/validation/fields.ts) and the frontmatter types below are all
 * derived from these tables; a new field is one line here, plus its place in
 * the domain types (lib/content/types.ts), which tests/content-contract.test.ts
 * holds in step.
 */

/** What kind of journalism a story is; everything but news is labelled (lib/content/genres.ts). */
export const genres = ['news', 'analysis', 'opinion', 'explainer', 'review'] as const;

export const articleFields = {
  title: field(kinds.text, { required: true, example: 'title: "Floods close the coast road"' }),
  summary: field(kinds.text, { required: true, example: 'summary: "One or two sentences that sum up the story."' }),
  date: field(kinds.dateTime, { required: true, example: 'date: 2026-11-24T07:45:00Z' }),
  updated: field(kinds.dateTime, { example: 'updated: 2026-11-24T12:10:00Z' }),
  category: field(kinds.slug, { required: true, example: 'category: world' }),
  // One of `author` and `authors` is required, never both (lib/content/validation/bylines.ts).
  author: field(kinds.slug, { example: 'author: newswire' }),
  authors: field(kinds.slugs, { example: 'authors: [elena-varga, newswire]' }),
  tags: field(kinds.tags, { example: 'tags: ["Climate", "Energy"]', default: [] }),
  image: field(kinds.image, { example: 'image: { src: /images/articles/x.jpg, alt: "What the picture shows" }' }),
  draft: field(kinds.boolean, { example: 'draft: true', default: false }),
  genre: field(oneOf(genres, 'a news report needs no genre line; otherwise use one of these words.'), {
    example: 'genre: opinion',
    default: 'news',
  }),
  aliases: field(kinds.articlePaths, { example: 'aliases: ["/world/old-slug"]', default: [] }),
  corrections: field(kinds.corrections, {
    example: 'corrections: [{ date: 2026-11-25T09:00:00Z, text: "An earlier version misspelt the mayor\'s name." }]',
    default: [],
  }),
  // A site-wide banner links to the story until `breakingUntil` (repository.breakingNews; checked by validation/breaking.ts).
  breaking: field(kinds.boolean, { example: 'breaking: true', default: false }),
  breakingUntil: field(kinds.dateTime, { example: 'breakingUntil: 2026-11-24T12:00:00Z' }),
} satisfies Record<string, Field>;

export const authorFields = {
  name: field(kinds.text, { required: true, example: 'name: "Amara Okafor"' }),
  role: field(kinds.text, { example: 'role: "Foreign affairs correspondent"' }),
  kind: field(oneOf(['person', 'organization'], 'use "organization" for news agencies and desks.'), {
    example: 'kind: organization',
    default: 'person',
  }),
  avatar: field(kinds.publicPath, { example: 'avatar: /images/authors/amara-okafor.jpg' }),
  avatarAlt: field(kinds.text, { example: 'avatarAlt: "Amara Okafor"' }),
  links: field(kinds.links, { example: 'links: [{ label: "X", url: "https://x.com/handle" }]', default: [] }),
} satisfies Record<string, Field>;

export const categoryFields = {
  title: field(kinds.text, { required: true, example: 'title: "Tech & Science"' }),
  description: field(kinds.text, { example: 'description: "One sentence about the section."' }),
  order: field(kinds.number, { example: 'order: 3' }),
} satisfies Record<string, Field>;

/**
 * A live story: content/live/<slug>/index.md. Its page is /live/<slug>; the
 * body is an optional introduction above the entries.
 */
export const liveStoryFields = {
  title: field(kinds.text, { required: true, example: 'title: "Storm Ilse: live coverage"' }),
  summary: field(kinds.text, { required: true, example: 'summary: "Updates as the storm crosses the North Sea coast."' }),
  date: field(kinds.dateTime, { required: true, example: 'date: 2026-11-24T07:45:00Z' }),
  category: field(kinds.slug, { required: true, example: 'category: world' }),
  author: field(kinds.slug, { required: true, example: 'author: elena-varga' }),
  tags: field(kinds.tags, { example: 'tags: ["Storms", "Climate"]', default: [] }),
  image: field(kinds.image, { example: 'image: { src: /images/articles/x.jpg, alt: "What the picture shows" }' }),
  status: field(oneOf(['live', 'ended'], 'write status: live while coverage goes on, status: ended after (npm run live:end).'), {
    required: true,
    example: 'status: live',
  }),
  ended: field(kinds.dateTime, { example: 'ended: 2026-11-24T21:00:00Z' }),
} satisfies Record<string, Field>;

/** One entry of a live story: content/live/<slug>/entries/<id>.md, one file each, so editors never conflict. */
export const liveEntryFields = {
  date: field(kinds.dateTime, { required: true, example: 'date: 2026-11-24T08:10:00Z' }),
  author: field(kinds.slug, { required: true, example: 'author: elena-varga' }),
  title: field(kinds.text, { example: 'title: "Coast road closed at Dunmore"' }),
  key: field(kinds.boolean, { example: 'key: true', default: false }),
  pinned: field(kinds.boolean, { example: 'pinned: true', default: false }),
} satisfies Record<string, Field>;

/**
 * Each kind of content file, with the folder it lives in, the files in that
 * folder that are of this kind (a glob relative to the folder; every
 * Markdown file when absent) and its fields.
 */
export const contract = {
  article: { folder: 'articles', fields: articleFields },
  author: { folder: 'authors', fields: authorFields },
  category: { folder: 'categories', fields: categoryFields },
  live: { folder: 'live', files: '*/index.md', fields: liveStoryFields },
  liveEntry: { folder: 'live', files: '*/entries/*.md', fields: liveEntryFields },
} as const;

export type ContentKind = keyof typeof contract;

type Fields = Record<string, Field>;
type Shape<F extends Fields> = {
  [K in keyof F]: F[K]['required'] extends true ? F[K]['schema'] : z.ZodOptional<F[K]['schema']>;
};

/** The zod object for a kind's frontmatter: what an editor may write, and its TypeScript type. */
export function frontmatterSchema<F extends Fields>(fields: F): z.ZodObject<Shape<F>> {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [name, f.required ? f.schema : f.schema.optional()]),
  ) as Shape<F>;
  return z.object(shape).strict();
}

/** The TypeScript type of a kind's frontmatter, as frontmatterSchema() checks it. */
type FrontmatterOf<F extends Fields> = z.infer<z.ZodObject<Shape<F>>>;

export type ArticleFrontmatter = FrontmatterOf<typeof articleFields>;
export type AuthorFrontmatter = FrontmatterOf<typeof authorFields>;
export type CategoryFrontmatter = FrontmatterOf<typeof categoryFields>;
export type LiveStoryFrontmatter = FrontmatterOf<typeof liveStoryFields>;
export type LiveEntryFrontmatter = FrontmatterOf<typeof liveEntryFields>;
