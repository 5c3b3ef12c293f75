import type {
  Article as ArticleDoc,
  Author as AuthorDoc,
  Category as CategoryDoc,
  LiveEntry as LiveEntryDoc,
  LiveStory as LiveStoryDoc,
} from 'contentlayer/generated';
import { routes } from '../routes';
import { bylineSlugs } from './bylines';
import { renderMarkdownSync } from './markdown';
import { lastModified } from './published';
import { articleFields, authorFields, categoryFields } from './schema/contract';
import { countWords, markdownToText, readingMinutes } from './text';
import type { Article, Author, Category, LiveEntry, LiveStory } from './types';
import { typesetArticle, typesetAuthor } from './typography';

/**
 * contentlayer's typed documents mapped onto the domain types, for
 * ./source.ts, which reads them. Display fields are typeset and short bodies
 * rendered here, once, before the store is written.
 */

type Size = { width: number; height: number; bytes: number } | null | undefined;

function withSize<T extends object>(value: T, size: Size): (T & { width: number; height: number; bytes: number }) | undefined {
  return size ? { ...value, width: size.width, height: size.height, bytes: size.bytes } : undefined;
}

/**
 * The contract's fields of a generated document, as written (contentlayer
 * has applied the defaults): every field of the contract travels to the
 * domain object, including ones added after this was written.
 */
function contractValues<T>(doc: object, fields: Record<string, unknown>): T {
  const values = doc as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).flatMap((k) => (values[k] === undefined ? [] : [[k, values[k]]]))) as T;
}

/** A story's image with its intrinsic size (read by the content build), as a field to spread in. */
function storyImage(doc: ArticleDoc | LiveStoryDoc): { image?: Article['image'] } {
  if (!doc.image) return {};
  const { src, alt, caption, credit } = doc.image;
  return { image: withSize({ src, alt, caption, credit }, doc.imageSize as Size) };
}

/** contentlayer's nested objects carry `type` and `_raw`; the domain keeps only the fields. */
function plainNested<T extends object>(value: T, keys: (keyof T)[]): T {
  return Object.fromEntries(keys.flatMap((k) => (value[k] === undefined ? [] : [[k, value[k]]]))) as T;
}

/** A generated article as the domain has it: display fields typeset once, here (lib/content/typography.ts). */
export function articleFromDoc(doc: ArticleDoc): Article {
  const corrections = (doc.corrections ?? []).map((c) => plainNested(c, ['date', 'text']));
  // `author` and `authors` become one list (lib/content/bylines.ts).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { author, authors, ...fields } = contractValues<Omit<Article, 'image' | 'corrections'> & { author?: string }>(
    doc,
    articleFields,
  );
  return typesetArticle({
    ...fields,
    slug: doc.slug,
    authors: bylineSlugs(doc),
    genre: doc.genre ?? 'news',
    aliases: doc.aliases ?? [],
    modified: lastModified({ date: doc.date, updated: doc.updated, corrections }) ?? doc.date,
    tags: doc.tags ?? [],
    ...storyImage(doc),
    draft: doc.draft ?? false,
    corrections,
    markdown: doc.body.raw,
    text: markdownToText(doc.body.raw),
    wordCount: doc.wordCount,
    readingMinutes: doc.readingMinutes,
    path: routes.article(doc),
    sourcePath: `content/${doc._raw.sourceFilePath}`,
  });
}

export function authorFromDoc(doc: AuthorDoc): Author {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { avatar, avatarAlt, ...fields } = contractValues<Author & { avatarAlt?: string }>(doc, authorFields);
  return typesetAuthor({
    ...fields,
    slug: doc.slug,
    kind: doc.kind === 'organization' ? 'organization' : 'person',
    ...(doc.avatar ? { avatar: withSize({ src: doc.avatar, alt: doc.avatarAlt ?? doc.name }, doc.avatarSize as Size) } : {}),
    links: (doc.links ?? []).map((l) => plainNested(l, ['label', 'url'])),
    // A handful of short bios: rendered once, when they are stored.
    bioHtml: renderMarkdownSync(doc.body.raw),
    bioText: doc.bioText,
    path: routes.author(doc.slug),
  });
}

export function categoryFromDoc(doc: CategoryDoc): Category {
  return {
    ...contractValues<Category>(doc, categoryFields),
    slug: doc.slug,
    order: doc.order ?? Number.MAX_SAFE_INTEGER,
    path: routes.section(doc.slug),
  };
}

/**
 * A live story, as the article-like record cards, listings, search and
 * sitemaps read. Its live state starts empty; the store fills it in from the
 * entries (lib/content/store/live-write.ts).
 */
export function liveStoryFromDoc(doc: LiveStoryDoc): LiveStory {
  const text = markdownToText(doc.body.raw);
  const words = countWords(text);
  return {
    title: doc.title,
    summary: doc.summary,
    date: doc.date,
    category: doc.category,
    authors: bylineSlugs(doc),
    genre: 'news',
    aliases: [],
    tags: doc.tags ?? [],
    slug: doc.slug,
    ...storyImage(doc),
    modified: doc.ended ?? doc.date,
    draft: false,
    corrections: [],
    markdown: doc.body.raw,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    path: routes.live.story(doc.slug),
    sourcePath: `content/${doc._raw.sourceFilePath}`,
    live: { status: doc.status, ...(doc.ended ? { ended: doc.ended } : {}), entries: 0 },
  };
}

/** An entry, its body rendered once here: entries are short, and every open tab asks for the newest. */
export function liveEntryFromDoc(doc: LiveEntryDoc): LiveEntry {
  return {
    id: doc.entryId,
    story: doc.story,
    date: doc.date,
    author: doc.author,
    ...(doc.title ? { title: doc.title } : {}),
    key: doc.key ?? false,
    pinned: doc.pinned ?? false,
    markdown: doc.body.raw,
    html: renderMarkdownSync(doc.body.raw),
    text: markdownToText(doc.body.raw),
    path: routes.live.entry(doc.story, doc.entryId),
    sourcePath: `content/${doc._raw.sourceFilePath}`,
  };
}
