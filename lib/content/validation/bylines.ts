import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/**
 * An article names its authors one way: `author: slug` for one, or
 * `authors: [slug, …]` for a shared byline. Neither leaves the story
 * unsigned; both would leave readers and editors guessing which one counts.
 */
export function checkBylineFields(file: SourceFile): Problem[] {
  if (file.kind !== 'article') return [];
  const has = (name: string) => file.data[name] !== undefined && file.data[name] !== null;
  if (has('author') && has('authors'))
    return [
      {
        severity: 'error',
        file: file.path,
        line: file.lineOf('authors'),
        field: 'authors',
        message: `gives the authors a second time: the file has both "author" (line ${file.lineOf('author') ?? '?'}) and "authors".`,
        fix: 'keep one: author: slug for a single author, or authors: [slug, slug] for all of them.',
      },
    ];
  if (!has('author') && !has('authors'))
    return [
      {
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'author',
        message: 'is missing; every article needs author (one) or authors (several).',
        fix: 'add a line like author: newswire, or authors: [elena-varga, newswire] to the frontmatter.',
      },
    ];
  return [];
}
