import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { publicImageSize } from './lib/content/images';
import { articleFields, authorFields, categoryFields, liveEntryFields, liveStoryFields } from './lib/content/schema/contract';
import type { ContentlayerField, Field, NestedType } from './lib/content/schema/field';
import { filePathPattern, slugOfFile, storyOfEntry } from './lib/content/schema/layout';
import { countWords, markdownToText, readingMinutes } from './lib/content/text';

// The fields of every document type come from the content contract
// (lib/content/schema/contract.ts), which the content check uses too; this
// file adds only what contentlayer computes.

const slugOf = (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.(md|markdown)$/i, '');

/**
 * A body's word count. contentlayer resolves wordCount and readingMinutes one
 * after the other for each document, and the plain text both need is the
 * costliest computed work of the content build (about 0.4 ms a body): the
 * last body's count is kept for the second. Keyed by the body itself, so a
 * different order only costs a recount.
 */
let lastCounted: { raw: string; words: number } | undefined;
function wordsOf(raw: string): number {
  if (lastCounted?.raw !== raw) lastCounted = { raw, words: countWords(markdownToText(raw)) };
  return lastCounted.words;
}

type Fields = Record<string, Field>;
type NestedDef = ReturnType<typeof defineNestedType>;
const nestedTypes = new Map<string, NestedDef>();

/** A nested type of the contract, declared once however many fields use it. */
function nestedType(nested: NestedType): NestedDef {
  let type = nestedTypes.get(nested.name);
  if (!type) {
    type = defineNestedType(() => ({ name: nested.name, fields: toFields(nested.fields) as never }));
    nestedTypes.set(nested.name, type);
  }
  return type;
}

function toField(field: ContentlayerField & { required?: boolean; default?: unknown }): Record<string, unknown> {
  const { required, default: fallback } = field;
  const extra = { ...(required ? { required } : {}), ...(fallback !== undefined ? { default: fallback } : {}) };
  if ('nested' in field) return { type: 'nested', of: nestedType(field.nested), ...extra };
  if ('listOf' in field) return { type: 'list', of: nestedType(field.listOf), ...extra };
  return { ...field, ...extra };
}

function toFields(fields: Record<string, ContentlayerField & { required?: boolean }>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, toField(f)]));
}

/** contentlayer's field list for one kind of the contract. */
function contractFields(fields: Fields) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [name, toField({ ...f.contentlayer, required: f.required, default: f.default })]),
  ) as never;
}

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: filePathPattern('article'),
  contentType: 'markdown',
  fields: contractFields(articleFields),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    // Plain text itself is derived when the server loads content
    // (lib/content/source.ts): storing it too made the archive index a third
    // larger, and at 50,000 articles past the longest string V8 can hold.
    wordCount: { type: 'number', resolve: (doc) => wordsOf(doc.body.raw) },
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(wordsOf(doc.body.raw)) },
    imageSize: { type: 'json', resolve: (doc) => (doc.image ? publicImageSize(doc.image.src) : null) },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: filePathPattern('author'),
  contentType: 'markdown',
  fields: contractFields(authorFields),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    bioText: { type: 'string', resolve: (doc) => markdownToText(doc.body.raw) },
    avatarSize: { type: 'json', resolve: (doc) => (doc.avatar ? publicImageSize(doc.avatar) : null) },
  },
}));

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: filePathPattern('category'),
  contentType: 'markdown',
  fields: contractFields(categoryFields),
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
  },
}));

/** A live story (content/live/<slug>/index.md): its folder is its slug. */
export const LiveStory = defineDocumentType(() => ({
  name: 'LiveStory',
  filePathPattern: filePathPattern('live'),
  contentType: 'markdown',
  fields: contractFields(liveStoryFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOfFile('live', doc._raw.sourceFilePath) },
    wordCount: { type: 'number', resolve: (doc) => countWords(markdownToText(doc.body.raw)) },
    imageSize: { type: 'json', resolve: (doc) => (doc.image ? publicImageSize(doc.image.src) : null) },
  },
}));

/** One entry of a live story (content/live/<slug>/entries/<id>.md). */
export const LiveEntry = defineDocumentType(() => ({
  name: 'LiveEntry',
  filePathPattern: filePathPattern('liveEntry'),
  contentType: 'markdown',
  fields: contractFields(liveEntryFields),
  computedFields: {
    entryId: { type: 'string', resolve: (doc) => slugOfFile('liveEntry', doc._raw.sourceFilePath) },
    story: { type: 'string', resolve: (doc) => storyOfEntry(doc._raw.sourceFilePath) },
  },
}));

/**
 * Contentlayer parses and types the documents; it does not render them.
 * Rendering every body to HTML here cost more than half of the content build
 * (6 of 11 ms per article) for pages most of which are never prerendered, and
 * doubled what the build held in memory. Bodies are rendered with the one
 * pipeline in lib/content/markdown.ts when a page is (docs/performance.md), so
 * this builder leaves `body.html` empty.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function skipMarkdownRendering(builder: { use: (plugin: (this: any) => void) => unknown }) {
  builder.use(function () {
    this.parser = () => ({ type: 'root', children: [] });
    this.compiler = () => '';
  });
}

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [Article, Author, Category, LiveStory, LiveEntry],
  markdown: skipMarkdownRendering,
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
});
