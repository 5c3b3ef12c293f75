import { renderMarkdownSync } from '@/lib/content/markdown';
import { publicationState, type PublicationState } from '@/lib/content/published';
import { lastModified } from '@/lib/content/published';
import type { Article, Author, Category } from '@/lib/content/types';
import { cacheTags } from '@/lib/cache/tags';
import { routes } from '@/lib/routes';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { withSections, type Context, type Crumb, type ListedArticle, type PageModel, type Repository } from './model';

export type ArticlePageModel = PageModel & {
  article: Article;
  /** The body, rendered and sanitized (lib/content/markdown.ts). */
  html: string;
  /** Every author, in byline order. */
  authors: Author[];
  section: Category;
  /** When it last changed, if it has since publication. */
  updated?: string;
  related: ListedArticle[];
  state: PublicationState;
  crumbs: Crumb[];
};

/** How many related stories the page offers. */
export const RELATED_COUNT = 4;

/**
 * Everything the article page, its metadata and its JSON-LD need, or
 * undefined (a 404) for a story that does not exist or that readers may not
 * see yet. The body is rendered here, once per render of the page; the page
 * is then cached whole.
 */
export async function articlePage(
  repo: Repository,
  params: { category: string; slug: string },
  { now, preview = false }: Context,
): Promise<ArticlePageModel | undefined> {
  const article = await repo.article(params.category, params.slug, now, { preview });
  if (!article) return undefined;
  const [section, bySlug, related] = await Promise.all([
    repo.category(article.category),
    repo.authorsBySlug(article.authors),
    repo.related(article, RELATED_COUNT, now),
  ]);
  const authors = article.authors.flatMap((slug) => bySlug.get(slug) ?? []);
  // The content check and the publisher refuse dangling references; reaching this is a bug.
  if (!section || !authors.length || authors.length !== article.authors.length)
    throw new Error(`${article.sourcePath}: section or author missing from the store`);
  const crumbs: Crumb[] = [
    { name: 'Home', path: routes.home },
    { name: section.title, path: section.path },
    { name: article.title, path: article.path },
  ];
  return {
    article,
    html: renderMarkdownSync(article.markdown, { embeds: true }),
    authors,
    section,
    updated: lastModified(article),
    related: await withSections(repo, related),
    state: publicationState(article, now),
    crumbs,
    metadata: articleMetadata(article, section, authors, now),
    jsonLd: [newsArticleJsonLd(article, section, authors), breadcrumbJsonLd(crumbs)],
    tags: [
      cacheTags.site,
      cacheTags.article(article.path),
      ...authors.map((a) => cacheTags.author(a.slug)),
      ...related.map((r) => cacheTags.article(r.path)),
    ],
  };
}

/** A permanent redirect from a story's old path (one of its aliases) to where it is now. */
type ArticleRedirectModel = { location: string; tags: string[] };

/**
 * For a path that names no story readers may open: the story that used to
 * live there, if one lists it among its aliases. The redirect is cached like
 * a page, tagged with the story, so a publish that renames, moves or
 * unpublishes it again reaches the cached redirect too.
 */
export async function articleRedirect(
  repo: Repository,
  params: { category: string; slug: string },
  { now }: Context,
): Promise<ArticleRedirectModel | undefined> {
  const location = await repo.renamedTo(routes.article(params), now);
  return location ? { location, tags: [cacheTags.article(location)] } : undefined;
}
