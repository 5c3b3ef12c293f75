import type { Article } from '@/lib/content/types';

/** A valid published article; tests override what they care about. */
export function makeArticle(overrides: Partial<Article> & { slug: string }): Article {
  const category = overrides.category ?? 'world';
  return {
    title: `Title of ${overrides.slug}`,
    summary: `Summary of ${overrides.slug}`,
    date: '2026-06-01T09:00:00.000Z',
    category,
    author: 'a-reporter',
    tags: [],
    draft: false,
    corrections: [],
    markdown: 'Body',
    text: 'Body',
    wordCount: 1,
    readingMinutes: 1,
    path: `/${category}/${overrides.slug}`,
    sourcePath: `content/articles/${overrides.slug}.md`,
    ...overrides,
  };
}
