import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/** First path segments the app uses itself; a category with one of these names would be unreachable. */
export const RESERVED_SECTION_SLUGS = new Set([
  'api',
  'author',
  'authors',
  'tag',
  'tags',
  'search',
  'page',
  'feed.xml',
  'atom.xml',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  'favicon.ico',
  'icon',
  'opengraph-image',
  'images',
  'fonts',
  '_next',
  'live',
]);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlugs(files: SourceFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!SLUG.test(file.slug))
      problems.push({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'slug',
        message: `the file name "${file.slug}" is not a valid URL slug.`,
        fix: 'rename the file to lowercase words joined by "-", e.g. "floods-close-coast-road.md".',
      });
    if (file.kind === 'category' && RESERVED_SECTION_SLUGS.has(file.slug))
      problems.push({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'slug',
        message: `"${file.slug}" is a reserved address on the site and cannot be a section.`,
        fix: 'rename the category file.',
      });
  }
  for (const kind of ['article', 'author', 'category', 'live'] as const) {
    const seen = new Map<string, SourceFile>();
    for (const file of files.filter((f) => f.kind === kind)) {
      const first = seen.get(file.slug);
      if (first)
        problems.push({
          severity: 'error',
          file: file.path,
          line: 1,
          field: 'slug',
          message: `has the same slug "${file.slug}" as ${first.path}; both would claim one URL.`,
          fix: 'rename one of the two files.',
        });
      else seen.set(file.slug, file);
    }
  }
  return problems;
}

/** Every article's and live story's category and authors, and every live entry's author, must name an existing file. */
export function checkReferences(files: SourceFile[]): Problem[] {
  const slugs = (kind: SourceFile['kind']) => new Set(files.filter((f) => f.kind === kind).map((f) => f.slug));
  const categories = slugs('category');
  const authors = slugs('author');
  const problems: Problem[] = [];
  const check = (file: SourceFile, value: unknown, field: string, known: Set<string>, kind: string, folder: string) => {
    if (typeof value === 'string' && value && !known.has(value))
      problems.push({
        severity: 'error',
        file: file.path,
        line: file.lineOf(field),
        field,
        message: `"${value}" is not a known ${kind}.`,
        fix: `use one of: ${[...known].sort().join(', ') || '(none yet)'}; or add content/${folder}/${value}.md.`,
      });
  };
  for (const file of files.filter((f) => f.kind === 'article' || f.kind === 'live' || f.kind === 'liveEntry')) {
    if (file.kind !== 'liveEntry') check(file, file.data.category, 'category', categories, 'category', 'categories');
    check(file, file.data.author, 'author', authors, 'author', 'authors');
    if (Array.isArray(file.data.authors))
      file.data.authors.forEach((slug, i) => check(file, slug, `authors.${i}`, authors, 'author', 'authors'));
  }
  return problems;
}
