import type { Article, Author, Category } from '@/lib/content/types';

/** Small hand-made content for the SEO tests: two sections, a person and an agency. */

export const world: Category = { slug: 'world', title: 'World', description: 'World news.', order: 1, html: '', path: '/world' };
export const life: Category = { slug: 'life', title: 'Life', order: 2, html: '', path: '/life' };

export const reporter: Author = {
  slug: 'ada-reporter',
  name: 'Ada Reporter',
  kind: 'person',
  links: [{ label: 'Site', url: 'https://ada.example.org' }, { label: 'Email', url: 'mailto:ada@example.org' }],
  bioHtml: '<p>Ada covers the world. She lives in Leeds.</p>',
  bioText: 'Ada covers the world. She lives in Leeds.',
  path: '/author/ada-reporter',
};

export const agency: Author = {
  slug: 'wire',
  name: 'The Wire Agency',
  kind: 'organization',
  links: [],
  bioHtml: '',
  bioText: '',
  path: '/author/wire',
};

export function article(overrides: Partial<Article> & Pick<Article, 'slug'>): Article {
  const category = overrides.category ?? 'world';
  return {
    title: `Headline ${overrides.slug}`,
    summary: `Summary of ${overrides.slug}.`,
    date: '2026-11-20T10:00:00Z',
    category,
    author: 'ada-reporter',
    tags: ['Climate'],
    draft: false,
    corrections: [],
    html: '<p>Body</p>',
    text: 'Body',
    wordCount: 1,
    readingMinutes: 1,
    path: `/${category}/${overrides.slug}`,
    sourcePath: `content/articles/${overrides.slug}.md`,
    ...overrides,
  };
}

export const hero = { src: '/images/articles/hero.jpg', alt: 'A harbour at dawn', width: 1600, height: 900 };

export const categoryOf = (a: Article): Category => (a.category === 'life' ? life : world);
export const authorOf = (a: Article): Author => (a.author === 'wire' ? agency : reporter);

export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
