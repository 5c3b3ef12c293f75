/**
 * Shared bylines. An article names its authors with `author: slug` or
 * `authors: [slug, …]`; everything past the content check sees one list,
 * `authors`, in byline order, so no page can show only the first of them.
 */

/** The authors' slugs a frontmatter names, in order: `authors`, else `author`; empty when it names none usable. */
export function bylineSlugs(data: { author?: unknown; authors?: unknown }): string[] {
  if (Array.isArray(data.authors)) return data.authors.filter((a): a is string => typeof a === 'string' && a !== '');
  return typeof data.author === 'string' && data.author ? [data.author] : [];
}

/** One part of a byline: a name, or the words between names. */
type BylinePart<T> = { name: T } | { separator: string };

/**
 * Names joined as a byline reads: "A", "A and B", "A, B and C". Each name is
 * kept whole (a link on the page), only the joins are text.
 */
export function joinNames<T>(names: readonly T[]): BylinePart<T>[] {
  return names.flatMap((name, i): BylinePart<T>[] => {
    if (i === 0) return [{ name }];
    return [{ separator: i === names.length - 1 ? ' and ' : ', ' }, { name }];
  });
}
