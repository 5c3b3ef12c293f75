import { lastModified } from '@/lib/content/published';
import type { Article, Author, Category, LiveEntry, LiveStory } from '@/lib/content/types';

/** A valid published article; tests override what they care about. */
export function makeArticle(overrides: Partial<Article> & { slug: string }): Article {
  const category = overrides.category ?? 'world';
  const date = overrides.date ?? '2026-06-01T09:00:00.000Z';
  const text = overrides.text ?? overrides.markdown ?? 'Body';
  const article: Article = {
    title: `Title of ${overrides.slug}`,
    summary: `Summary of ${overrides.slug}`,
    category,
    authors: ['a-reporter'],
    genre: 'news',
    tags: [],
    draft: false,
    corrections: [],
    aliases: [],
    markdown: text,
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
    path: `/${category}/${overrides.slug}`,
    sourcePath: `content/articles/${overrides.slug}.md`,
    ...overrides,
    date,
    modified: date,
  };
  return { ...article, modified: overrides.modified ?? lastModified(article) ?? date };
}

export function makeAuthor(slug: string, overrides: Partial<Author> = {}): Author {
  return { slug, name: slug, kind: 'person', links: [], bioHtml: '', bioText: '', path: `/author/${slug}`, ...overrides };
}

export function makeCategory(slug: string, order: number, overrides: Partial<Category> = {}): Category {
  return { slug, title: slug, order, path: `/${slug}`, ...overrides };
}

/** A live story, status live, with no entries yet (the store counts them). */
export function makeLiveStory(slug: string, overrides: Partial<LiveStory> = {}): LiveStory {
  const base = makeArticle({ slug, ...overrides });
  return {
    ...base,
    path: `/live/${slug}`,
    sourcePath: `content/live/${slug}/index.md`,
    live: { status: 'live', entries: 0 },
    ...overrides,
  } as LiveStory;
}

/** An entry of story `story`, posted at `date`. */
export function makeLiveEntry(story: string, id: string, date: string, overrides: Partial<LiveEntry> = {}): LiveEntry {
  const text = overrides.text ?? `Update ${id}.`;
  return {
    id,
    story,
    date,
    author: 'a-reporter',
    key: false,
    pinned: false,
    markdown: text,
    html: `<p>${text}</p>`,
    text,
    path: `/live/${story}/entries/${id}`,
    sourcePath: `content/live/${story}/entries/${id}.md`,
    ...overrides,
  };
}
