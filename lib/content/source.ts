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
import { bylineSlugs } from './bylines';
import { renderMarkdownSync } from './markdown';
import { articleFields, authorFields, categoryFields } from './schema/contract';
import { lastModified } from './published';
import type { ContentDocument } from './store/documents';
import { routes } from '../routes';
import { countWords, markdownToText, readingMinutes } from './text';
import type { Article, Author, Category, LiveEntry, LiveStory } from './types';
import { typesetArticle, typesetAuthor } from './typography';

/**
 * The only module that reads contentlayer's output: typed documents in
 * `<dir>/{Article,Author,Category}/_index.json`, mapped onto the domain types
 * and handed to the store (lib/content/store/write.ts). The running site
 * never reads these files; it reads the store.
 */

export const GENERATED_DIR = join('.contentlayer', 'generated');

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

function readJson<T>(file: string): T[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
}

/** The article indexes of a content build: one, or one per shard (scripts/content-build.mjs). */
export function articleIndexFiles(dir: string): string[] {
  const shards = join(dir, 'Article', '_shards.json');
  return existsSync(shards) ? (JSON.parse(readFileSync(shards, 'utf8')) as string[]) : [join(dir, 'Article', '_index.json')];
}

/**
 * Everything contentlayer generated in `dir`, ready for the store, in
 * batches: sections, authors and live coverage first, then the articles one
 * index (one shard) at a time, so that loading a 100,000-story archive never holds it
 * all. `root` is the folder content paths are relative to (the project).
 */
export function* generatedDocumentBatches(dir: string, root: string = process.cwd()): Generator<ContentDocument[]> {
  const hash = (sourceFilePath: string) => fileHash(readFileSync(join(root, 'content', sourceFilePath)));
  const file = (doc: { _raw: { sourceFilePath: string } }) => `content/${doc._raw.sourceFilePath}`;
  yield [
    ...readJson<CategoryDoc>(join(dir, 'Category', '_index.json')).map(
      (doc): ContentDocument => ({
        kind: 'category',
        file: file(doc),
        hash: hash(doc._raw.sourceFilePath),
        value: categoryFromDoc(doc),
      }),
    ),
    ...readJson<AuthorDoc>(join(dir, 'Author', '_index.json')).map(
      (doc): ContentDocument => ({
        kind: 'author',
        file: file(doc),
        hash: hash(doc._raw.sourceFilePath),
        value: authorFromDoc(doc),
      }),
    ),
    // Live stories are few; their entries are stored after every story (loadDocuments).
    ...readJson<LiveStoryDoc>(join(dir, 'LiveStory', '_index.json')).map(
      (doc): ContentDocument => ({
        kind: 'live',
        file: file(doc),
        hash: hash(doc._raw.sourceFilePath),
        value: liveStoryFromDoc(doc),
      }),
    ),
    ...readJson<LiveEntryDoc>(join(dir, 'LiveEntry', '_index.json')).map(
      (doc): ContentDocument => ({
        kind: 'liveEntry',
        file: file(doc),
        hash: hash(doc._raw.sourceFilePath),
        value: liveEntryFromDoc(doc),
      }),
    ),
  ];
  for (const index of articleIndexFiles(dir))
    yield readJson<ArticleDoc>(index).map(
      (doc): ContentDocument => ({
        kind: 'article',
        file: file(doc),
        hash: hash(doc._raw.sourceFilePath),
        value: articleFromDoc(doc),
      }),
    );
}

/** Every document generated in `dir`, at once (a publish's few files). */
export function generatedDocuments(dir: string, root: string = process.cwd()): ContentDocument[] {
  return [...generatedDocumentBatches(dir, root)].flat();
}
