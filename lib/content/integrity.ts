import { ContentError, type Problem } from './validation/problem';
import type { Article, Author, Category } from './types';

/**
 * A last guard for when the content build ran without `content:check`:
 * the references the pages rely on must hold, or the server refuses to start
 * rather than render broken pages.
 */
export function assertContentIntegrity(articles: Article[], authors: Author[], categories: Category[]): void {
  const authorSlugs = new Set(authors.map((a) => a.slug));
  const categorySlugs = new Set(categories.map((c) => c.slug));
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const a of articles) {
    if (!categorySlugs.has(a.category))
      problems.push({ severity: 'error', file: a.sourcePath, field: 'category', message: `"${a.category}" is not a known category.` });
    if (!authorSlugs.has(a.author))
      problems.push({ severity: 'error', file: a.sourcePath, field: 'author', message: `"${a.author}" is not a known author.` });
    const other = seen.get(a.slug);
    if (other)
      problems.push({ severity: 'error', file: a.sourcePath, field: 'slug', message: `has the same slug "${a.slug}" as ${other}.` });
    seen.set(a.slug, a.sourcePath);
  }
  if (problems.length) throw new ContentError(problems);
}
