import { renderMarkdownSync } from './markdown';
import { isPublished, previewEnabled } from './published';
import { byAuthor, byNewest, inCategory, related, tagSummaries, withTag, type TagSummary } from './queries';
import { contentStamp, loadArticles, loadAuthors, loadCategories } from './source';
import { tagSlug } from './tags';
import type { Article, Author, Category } from './types';
import { assertContentIntegrity } from './integrity';

/**
 * The content repository: every route and feed asks it, never the content
 * build directly. Data is loaded and indexed once per server process;
 * only the publication filter depends on the time of the request.
 */

type Store = {
  articles: Article[]; // newest first, all states
  articleByPath: Map<string, Article>;
  authors: Map<string, Author>;
  categories: Category[];
  categoryBySlug: Map<string, Category>;
  published?: { list: Article[]; from: number; until: number };
  stamp?: number;
};

let store: Store | undefined;

// In development the content build rewrites its output while the server
// runs; production output never changes under a running server.
const watchContent = process.env.NODE_ENV === 'development';

function load(): Store {
  if (store && (!watchContent || store.stamp === contentStamp())) return store;
  const articles = loadArticles().sort(byNewest);
  const authors = loadAuthors();
  const categories = loadCategories().sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  assertContentIntegrity(articles, authors, categories);
  store = {
    articles,
    articleByPath: new Map(articles.map((a) => [`${a.category}/${a.slug}`, a])),
    authors: new Map(authors.map((a) => [a.slug, a])),
    categories,
    categoryBySlug: new Map(categories.map((c) => [c.slug, c])),
    stamp: watchContent ? contentStamp() : undefined,
  };
  return store;
}

/**
 * Published articles, newest first, as of `now`. The list only changes when
 * a scheduled story's time comes, so it is kept until then rather than
 * refiltered on every request.
 */
export function publishedArticles(now: Date = new Date()): Article[] {
  const s = load();
  const t = now.getTime();
  if (s.published && t >= s.published.from && t < s.published.until) return s.published.list;
  const list = s.articles.filter((a) => isPublished(a, now));
  const next = s.articles.reduce((min, a) => {
    const at = Date.parse(a.date);
    return !a.draft && at > t && at < min ? at : min;
  }, Number.POSITIVE_INFINITY);
  s.published = { list, from: t, until: next };
  return list;
}

/**
 * An article readers may open: published, or (in `npm run dev` only) a
 * draft or scheduled story for editors to preview.
 */
export function findArticle(category: string, slug: string, now: Date = new Date()): Article | undefined {
  const article = load().articleByPath.get(`${category}/${slug}`);
  if (!article) return undefined;
  return isPublished(article, now) || previewEnabled() ? article : undefined;
}

export function latestArticles(limit: number, now: Date = new Date()): Article[] {
  return publishedArticles(now).slice(0, limit);
}

export function categories(): Category[] {
  return load().categories;
}

export function findCategory(slug: string): Category | undefined {
  return load().categoryBySlug.get(slug);
}

/** The category of an article that the repository already validated. */
export function categoryOf(article: Article): Category {
  return load().categoryBySlug.get(article.category)!;
}

export function authors(): Author[] {
  return [...load().authors.values()];
}

export function findAuthor(slug: string): Author | undefined {
  return load().authors.get(slug);
}

export function authorOf(article: Article): Author {
  return load().authors.get(article.author)!;
}

export function articlesInCategory(slug: string, now: Date = new Date()): Article[] {
  return inCategory(publishedArticles(now), slug);
}

export function articlesByAuthor(slug: string, now: Date = new Date()): Article[] {
  return byAuthor(publishedArticles(now), slug);
}

export function articlesWithTag(slug: string, now: Date = new Date()): Article[] {
  return withTag(publishedArticles(now), slug);
}

export function tags(now: Date = new Date()): TagSummary[] {
  return tagSummaries(publishedArticles(now));
}

export function findTag(slug: string, now: Date = new Date()): TagSummary | undefined {
  return tags(now).find((t) => t.slug === slug);
}

export function relatedArticles(article: Article, limit = 4, now: Date = new Date()): Article[] {
  return related(article, publishedArticles(now), limit);
}

/**
 * The body as sanitized HTML. Rendered when a page asks for it, not at
 * content-build time: only the pages that are built or requested pay for it,
 * and their HTML is then cached with the page (docs/performance.md).
 */
export function articleHtml(article: Article): string {
  return renderMarkdownSync(article.markdown, { embeds: true });
}

export { tagSlug };
