import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { publicImageSize } from './lib/content/images';
import { countWords, markdownToText, readingMinutes } from './lib/content/text';

// The schema here types the generated documents. The full content contract,
// with the rules contentlayer cannot express (references, unique slugs,
// editorial checks), lives in lib/content/validation and runs first.

const slugOf = (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.(md|markdown)$/i, '');

const Image = defineNestedType(() => ({
  name: 'Image',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string' },
    credit: { type: 'string' },
  },
}));

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true },
    text: { type: 'string', required: true },
  },
}));

const Link = defineNestedType(() => ({
  name: 'Link',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}));

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date' },
    category: { type: 'string', required: true },
    author: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    image: { type: 'nested', of: Image },
    draft: { type: 'boolean', default: false },
    corrections: { type: 'list', of: Correction, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    // Plain text itself is derived when the server loads content
    // (lib/content/source.ts): storing it too made the archive index a third
    // larger, and at 50,000 articles past the longest string V8 can hold.
    wordCount: { type: 'number', resolve: (doc) => countWords(markdownToText(doc.body.raw)) },
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(countWords(markdownToText(doc.body.raw))) },
    imageSize: { type: 'json', resolve: (doc) => (doc.image ? publicImageSize(doc.image.src) : null) },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/**/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string' },
    kind: { type: 'enum', options: ['person', 'organization'], default: 'person' },
    avatar: { type: 'string' },
    avatarAlt: { type: 'string' },
    links: { type: 'list', of: Link, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
    bioText: { type: 'string', resolve: (doc) => markdownToText(doc.body.raw) },
    avatarSize: { type: 'json', resolve: (doc) => (doc.avatar ? publicImageSize(doc.avatar) : null) },
  },
}));

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: 'categories/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string' },
    order: { type: 'number' },
  },
  computedFields: {
    slug: { type: 'string', resolve: slugOf },
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
  documentTypes: [Article, Author, Category],
  markdown: skipMarkdownRendering,
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
});
