import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article as ArticleDoc, Author as AuthorDoc, Category as CategoryDoc } from 'contentlayer/generated';
import { renderMarkdownSync } from './markdown';
import { markdownToText } from './text';
import type { Article, Author, Category } from './types';
import { typesetArticle, typesetAuthor } from './typography';

/**
 * The only module that reads the content build's output. Swapping the
 * content source (a CMS, a database) means rewriting this file alone.
 *
 * The generated JSON is read from disk at run time rather than imported:
 * an import makes the bundler copy the whole archive into server chunks,
 * which at 10,000+ articles dominates build time and memory (docs/performance.md).
 * Each server process reads it once (lib/content/repository.ts caches it).
 */

const generatedDir = () => join(process.cwd(), '.contentlayer', 'generated');

function readDocuments<T>(type: 'Article' | 'Author' | 'Category'): T[] {
  return JSON.parse(readFileSync(join(generatedDir(), type, '_index.json'), 'utf8')) as T[];
}

/** Changes whenever the content build rewrites its output; dev reloads on it. */
export function contentStamp(): number {
  return statSync(join(generatedDir(), 'Article', '_index.json')).mtimeMs;
}

type Size = { width: number; height: number; bytes: number } | null | undefined;

function withSize<T extends object>(value: T, size: Size): (T & { width: number; height: number; bytes: number }) | undefined {
  return size ? { ...value, width: size.width, height: size.height, bytes: size.bytes } : undefined;
}

export function loadArticles(): Article[] {
  return readDocuments<ArticleDoc>('Article').map((doc) => typesetArticle({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    date: doc.date,
    updated: doc.updated,
    category: doc.category,
    author: doc.author,
    tags: doc.tags ?? [],
    image: doc.image
      ? withSize(
          { src: doc.image.src, alt: doc.image.alt, caption: doc.image.caption, credit: doc.image.credit },
          doc.imageSize as Size,
        )
      : undefined,
    draft: doc.draft ?? false,
    corrections: (doc.corrections ?? []).map((c) => ({ date: c.date, text: c.text })),
    markdown: doc.body.raw,
    text: markdownToText(doc.body.raw),
    wordCount: doc.wordCount,
    readingMinutes: doc.readingMinutes,
    path: `/${doc.category}/${doc.slug}`,
    sourcePath: `content/${doc._raw.sourceFilePath}`,
  }));
}

export function loadAuthors(): Author[] {
  return readDocuments<AuthorDoc>('Author').map((doc) => typesetAuthor({
    slug: doc.slug,
    name: doc.name,
    role: doc.role,
    kind: doc.kind === 'organization' ? 'organization' : 'person',
    avatar: doc.avatar ? withSize({ src: doc.avatar, alt: doc.avatarAlt ?? doc.name }, doc.avatarSize as Size) : undefined,
    links: (doc.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    // A handful of short bios: rendered once, when the process loads content.
    bioHtml: renderMarkdownSync(doc.body.raw),
    bioText: doc.bioText,
    path: `/author/${doc.slug}`,
  }));
}

export function loadCategories(): Category[] {
  return readDocuments<CategoryDoc>('Category').map((doc) => ({
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    order: doc.order ?? Number.MAX_SAFE_INTEGER,
    path: `/${doc.slug}`,
  }));
}
