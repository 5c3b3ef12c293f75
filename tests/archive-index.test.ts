import { describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/lib/synthetic-articles';
import { byAuthor, byNewest, inCategory, related, tagSummaries, withTag } from '@/lib/content/queries';
import { tagSlug } from '@/lib/content/tags';
import type { Article } from '@/lib/content/types';
import { makeArticle } from './helpers/factory';

// The obvious versions, filtering and sorting the whole list on every call:
// what the indexed queries must keep answering, only faster.
const naive = {
  related(article: Article, candidates: Article[], limit: number) {
    const tags = new Set(article.tags.map(tagSlug));
    return candidates
      .filter((c) => c.slug !== article.slug)
      .map((c) => ({
        c,
        shared: new Set(c.tags.map(tagSlug).filter((t) => tags.has(t))).size,
        same: c.category === article.category ? 1 : 0,
      }))
      .sort((a, b) => b.shared - a.shared || b.same - a.same || byNewest(a.c, b.c))
      .slice(0, limit)
      .map((r) => r.c);
  },
  withTag: (articles: Article[], slug: string) => articles.filter((a) => a.tags.some((t) => tagSlug(t) === slug)),
};

describe('indexed archive queries', () => {
  // Shuffled, so nothing relies on the list arriving newest first.
  const archive = generateArticles(600, 11).sort((a, b) => a.slug.localeCompare(b.slug));

  it('rank related stories exactly as the full sort does', () => {
    for (const article of archive.slice(0, 150)) {
      for (const limit of [1, 4, 9]) {
        expect(
          related(article, archive, limit).map((a) => a.slug),
          article.slug,
        ).toEqual(naive.related(article, archive, limit).map((a) => a.slug));
      }
    }
  });

  it('fill up with the same section, then anything, when few stories share a tag', () => {
    const lonely = makeArticle({ slug: 'lonely', category: 'life', tags: ['Nowhere Else'] });
    const list = [lonely, ...archive];
    expect(related(lonely, list, 6).map((a) => a.slug)).toEqual(naive.related(lonely, list, 6).map((a) => a.slug));
    expect(related(lonely, list, 6).every((a) => a.category === 'life')).toBe(true);
  });

  it('filter by section, author and tag as a filter would, in the list order', () => {
    expect(inCategory(archive, 'world')).toEqual(archive.filter((a) => a.category === 'world'));
    expect(byAuthor(archive, archive[0]!.author)).toEqual(archive.filter((a) => a.author === archive[0]!.author));
    for (const { slug } of tagSummaries(archive)) expect(withTag(archive, slug)).toEqual(naive.withTag(archive, slug));
    expect(withTag(archive, 'no-such-tag')).toEqual([]);
  });

  it('count tags by slug and name each by its most used spelling', () => {
    const list = [
      makeArticle({ slug: 'a', tags: ['Zürich', 'AI'] }),
      makeArticle({ slug: 'b', tags: ['Zurich'] }),
      makeArticle({ slug: 'c', tags: ['Zürich'] }),
    ];
    expect(tagSummaries(list)).toEqual([
      { slug: 'zurich', tag: 'Zürich', count: 3 },
      { slug: 'ai', tag: 'AI', count: 1 },
    ]);
  });
});
