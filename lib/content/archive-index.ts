import { tagSlug } from './tags';
import type { Article } from './types';

export type TagSummary = { tag: string; slug: string; count: number };

/**
 * Lookups over one list of articles, built in one pass the first time the
 * list is asked about and kept for as long as the list lives. Every page of
 * the build asks the same published list for its section, author, tag or
 * related stories; filtering and ranking the whole archive on each page made
 * `next build` grow with the archive even with prerendering capped
 * (docs/performance.md). Lists are never mutated once made, which is what
 * makes keying on the array itself safe.
 */
export type ArchiveIndex = {
  byCategory: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  /** Articles per tag slug, each article once per slug. */
  byTag: Map<string, Article[]>;
  /** Distinct tag slugs of each article. */
  tagSlugs: Map<Article, Set<string>>;
  /** The articles newest first, and each one's place in that order. */
  newest: Article[];
  position: Map<Article, number>;
  tags: TagSummary[];
};

/** Newest first; ties (same minute) fall back to slug so order is stable. */
export function byNewest(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
}

const indexes = new WeakMap<readonly Article[], ArchiveIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(articles: readonly Article[]): ArchiveIndex {
  const newest = [...articles].sort(byNewest);
  const index: ArchiveIndex = {
    byCategory: new Map(),
    byAuthor: new Map(),
    byTag: new Map(),
    tagSlugs: new Map(),
    newest,
    position: new Map(newest.map((a, i) => [a, i])),
    tags: [],
  };
  const spellings = new Map<string, Map<string, number>>();
  // Lists keep the order of the list they come from, as a filter would.
  articles.forEach((a) => {
    push(index.byCategory, a.category, a);
    push(index.byAuthor, a.author, a);
    const slugs = new Set<string>();
    for (const tag of a.tags) {
      const slug = tagSlug(tag);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(slug, counts);
      if (!slugs.has(slug)) push(index.byTag, slug, a);
      slugs.add(slug);
    }
    index.tagSlugs.set(a, slugs);
  });
  // Most used first; the spelling used most often names the tag.
  index.tags = [...spellings.entries()]
    .map(([slug, counts]) => ({
      slug,
      count: [...counts.values()].reduce((n, c) => n + c, 0),
      tag: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
    }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  return index;
}

export function archiveIndex(articles: readonly Article[]): ArchiveIndex {
  let index = indexes.get(articles);
  if (!index) {
    index = build(articles);
    indexes.set(articles, index);
  }
  return index;
}
