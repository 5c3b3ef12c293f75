import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Article as ArticleDoc,
  Author as AuthorDoc,
  Category as CategoryDoc,
  LiveEntry as LiveEntryDoc,
  LiveStory as LiveStoryDoc,
} from 'contentlayer/generated';
import { renderMarkdownSync } from './markdown';
import { articleFields, authorFields, categoryFields } from './schema/contract';
import { lastModified } from './published';
import type { ContentDocument } from './store/write';
import { routes } from '../routes';
import { countWords, markdownToText, readingMinutes } from './text';
import type { Article, Author, Category, LiveEntry, LiveStory } from './types';

/**
 * The only module that reads contentlayer's output: typed documents in
 * `<dir>/{Article,Author,Category}/_index.json`, mapped onto the domain types
 * and handed to the store (lib/content/store/write.ts). The running site
 * never reads these files; it reads the store.
 */

export const GENERATED_DIR = join('.contentlayer', 'generated');

type Size = { width: number; height: number } | null | undefined;

function withSize<T extends object>(value: T, size: Size): (T & { width: number; height: number }) | undefined {
  return size ? { ...value, width: size.width, height: size.height } : undefined;
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

/** contentlayer's nested objects carry `type` and `_raw`; the domain keeps only the fields. */
function plainNested<T extends object>(value: T, keys: (keyof T)[]): T {
  return Object.fromEntries(keys.flatMap((k) => (value[k] === undefined ? [] : [[k, value[k]]]))) as T;
}

export function articleFromDoc(doc: ArticleDoc): Article {
  const corrections = (doc.corrections ?? []).map((c) => plainNested(c, ['date', 'text']));
  return {
    ...contractValues<Omit<Article, 'image' | 'corrections'>>(doc, articleFields),
    slug: doc.slug,
    modified: lastModified({ date: doc.date, updated: doc.updated, corrections }) ?? doc.date,
    tags: doc.tags ?? [],
    ...(doc.image
      ? {
          image: withSize(
            { src: doc.image.src, alt: doc.image.alt, caption: doc.image.caption, credit: doc.image.credit },
            doc.imageSize as Size,
          ),
        }
      : {}),
    draft: doc.draft ?? false,
    corrections,
    markdown: doc.body.raw,
    text: markdownToText(doc.body.raw),
    wordCount: doc.wordCount,
    readingMinutes: doc.readingMinutes,
    path: routes.article(doc),
    sourcePath: `content/${doc._raw.sourceFilePath}`,
  };
}

export function authorFromDoc(doc: AuthorDoc): Author {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { avatar, avatarAlt, ...fields } = contractValues<Author & { avatarAlt?: string }>(doc, authorFields);
  return {
    ...fields,
    slug: doc.slug,
    kind: doc.kind === 'organization' ? 'organization' : 'person',
    ...(doc.avatar ? { avatar: withSize({ src: doc.avatar, alt: doc.avatarAlt ?? doc.name }, doc.avatarSize as Size) } : {}),
    links: (doc.links ?? []).map((l) => plainNested(l, ['label', 'url'])),
    // A handful of short bios: rendered once, when they are stored.
    bioHtml: renderMarkdownSync(doc.body.raw),
    bioText: doc.bioText,
    path: routes.author(doc.slug),
  };
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
    author: doc.author,
    tags: doc.tags ?? [],
    slug: doc.slug,
    ...(doc.image
      ? {
          image: withSize(
            { src: doc.image.src, alt: doc.image.alt, caption: doc.image.caption, credit: doc.image.credit },
            doc.imageSize as Size,
          ),
        }
      : {}),
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

/** The content hash the publisher compares: the file's bytes, as committed. */
export function fileHash(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function readIndex<T>(dir: string, type: 'Article' | 'Author' | 'Category' | 'LiveStory' | 'LiveEntry'): T[] {
  const file = join(dir, type, '_index.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
}

/**
 * Every document contentlayer generated in `dir`, ready for the store.
 * `root` is the folder content paths are relative to (the project).
 */
export function generatedDocuments(dir: string, root: string = process.cwd()): ContentDocument[] {
  const hash = (sourceFilePath: string) => fileHash(readFileSync(join(root, 'content', sourceFilePath)));
  return [
    ...readIndex<CategoryDoc>(dir, 'Category').map(
      (doc): ContentDocument => ({
        kind: 'category',
        file: `content/${doc._raw.sourceFilePath}`,
        hash: hash(doc._raw.sourceFilePath),
        value: categoryFromDoc(doc),
      }),
    ),
    ...readIndex<AuthorDoc>(dir, 'Author').map(
      (doc): ContentDocument => ({
        kind: 'author',
        file: `content/${doc._raw.sourceFilePath}`,
        hash: hash(doc._raw.sourceFilePath),
        value: authorFromDoc(doc),
      }),
    ),
    ...readIndex<ArticleDoc>(dir, 'Article').map(
      (doc): ContentDocument => ({
        kind: 'article',
        file: `content/${doc._raw.sourceFilePath}`,
        hash: hash(doc._raw.sourceFilePath),
        value: articleFromDoc(doc),
      }),
    ),
    ...readIndex<LiveStoryDoc>(dir, 'LiveStory').map(
      (doc): ContentDocument => ({
        kind: 'live',
        file: `content/${doc._raw.sourceFilePath}`,
        hash: hash(doc._raw.sourceFilePath),
        value: liveStoryFromDoc(doc),
      }),
    ),
    ...readIndex<LiveEntryDoc>(dir, 'LiveEntry').map(
      (doc): ContentDocument => ({
        kind: 'liveEntry',
        file: `content/${doc._raw.sourceFilePath}`,
        hash: hash(doc._raw.sourceFilePath),
        value: liveEntryFromDoc(doc),
      }),
    ),
  ];
}
