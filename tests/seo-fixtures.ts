import type { Article, ArticleSummary, Author, Category } from '@/lib/content/types';
import { makeArticle } from './helpers/factory';

/** Small hand-made content for the SEO tests: two sections, a person and an agency. */

export const world: Category = { slug: 'world', title: 'World', description: 'World news.', order: 1, path: '/world' };
export const life: Category = { slug: 'life', title: 'Life', order: 2, path: '/life' };

export const reporter: Author = {
  slug: 'ada-reporter',
  name: 'Ada Reporter',
  kind: 'person',
  links: [
    { label: 'Site', url: 'https://ada.example.org' },
    { label: 'Email', url: 'mailto:ada@example.org' },
  ],
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

/** An article with the SEO tests' defaults; the shared factory fills in the rest. */
export function article(overrides: Partial<Article> & Pick<Article, 'slug'>): Article {
  return makeArticle({
    title: `Headline ${overrides.slug}`,
    summary: `Summary of ${overrides.slug}.`,
    date: '2026-11-20T10:00:00Z',
    authors: ['ada-reporter'],
    tags: ['Climate'],
    ...overrides,
  });
}

export const hero = { src: '/images/articles/hero.jpg', alt: 'A harbour at dawn', width: 1600, height: 900, bytes: 48213 };

export const categoryOf = (a: ArticleSummary): Category => (a.category === 'life' ? life : world);
export const authorsOf = (a: ArticleSummary): Author[] => a.authors.map((slug) => (slug === 'wire' ? agency : reporter));

export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
