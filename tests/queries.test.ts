import { describe, expect, it } from 'vitest';
import { byNewest, lastModified, paginate, parsePageParam, related, tagSummaries, withTag } from '@/lib/content/queries';
import { isPublished, publicationState } from '@/lib/content/published';
import { makeArticle } from './helpers/factory';

describe('related articles', () => {
  const base = makeArticle({ slug: 'base', category: 'world', tags: ['Climate', 'Cities', 'Oceans'] });
  const twoTags = makeArticle({ slug: 'two-tags', category: 'life', tags: ['Climate', 'Cities'], date: '2026-01-01T00:00:00Z' });
  const oneTagSameSection = makeArticle({
    slug: 'one-tag-same',
    category: 'world',
    tags: ['oceans'],
    date: '2026-02-01T00:00:00Z',
  });
  const oneTagOtherSection = makeArticle({
    slug: 'one-tag-other',
    category: 'life',
    tags: ['Climate'],
    date: '2026-09-01T00:00:00Z',
  });
  const sameSectionOnly = makeArticle({ slug: 'same-section', category: 'world', tags: [], date: '2026-03-01T00:00:00Z' });
  const newerSameSection = makeArticle({ slug: 'newer-same-section', category: 'world', tags: [], date: '2026-10-01T00:00:00Z' });
  const unrelated = makeArticle({ slug: 'unrelated', category: 'life', tags: [], date: '2026-11-01T00:00:00Z' });
  const all = [unrelated, sameSectionOnly, newerSameSection, oneTagOtherSection, base, oneTagSameSection, twoTags];

  it('ranks by shared tags, then same section, then recency', () => {
    expect(related(base, all, 6).map((a) => a.slug)).toEqual([
      'two-tags',
      'one-tag-same',
      'one-tag-other',
      'newer-same-section',
      'same-section',
      'unrelated',
    ]);
  });

  it('never includes the article itself and honours the limit', () => {
    const result = related(base, all, 4);
    expect(result).toHaveLength(4);
    expect(result.map((a) => a.slug)).not.toContain('base');
  });

  it('matches tags case-insensitively by their slug', () => {
    expect(related(base, [oneTagSameSection], 1)[0]?.slug).toBe('one-tag-same');
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);

  it('returns the requested page and totals', () => {
    expect(paginate(items, 1, 10)).toMatchObject({
      items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      page: 1,
      totalPages: 3,
      totalItems: 23,
    });
    expect(paginate(items, 3, 10)?.items).toEqual([20, 21, 22]);
  });

  it('has no page past the end, nor page 0 or fractions', () => {
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
  });

  it('keeps page 1 of an empty list', () => {
    expect(paginate([], 1, 10)).toMatchObject({ items: [], totalPages: 1 });
    expect(paginate([], 2, 10)).toBeUndefined();
  });

  it('accepts only canonical page numbers from URLs', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '02', '2.0', '-1', 'two', '', '1e3', '9999999']) expect(parsePageParam(bad)).toBeUndefined();
  });
});

describe('listing helpers', () => {
  it('sorts newest first with a stable tie-break', () => {
    const a = makeArticle({ slug: 'a', date: '2026-01-01T00:00:00Z' });
    const b = makeArticle({ slug: 'b', date: '2026-02-01T00:00:00Z' });
    const c = makeArticle({ slug: 'c', date: '2026-02-01T00:00:00Z' });
    expect([a, c, b].sort(byNewest).map((x) => x.slug)).toEqual(['b', 'c', 'a']);
  });

  it('finds articles by tag slug and names tags by their most used spelling', () => {
    const x = makeArticle({ slug: 'x', tags: ['Artificial Intelligence'] });
    const y = makeArticle({ slug: 'y', tags: ['Artificial Intelligence', 'Space'] });
    expect(withTag([x, y], 'artificial-intelligence')).toHaveLength(2);
    expect(withTag([x, y], 'space').map((a) => a.slug)).toEqual(['y']);
    expect(tagSummaries([x, y])).toEqual([
      { tag: 'Artificial Intelligence', slug: 'artificial-intelligence', count: 2 },
      { tag: 'Space', slug: 'space', count: 1 },
    ]);
  });

  it('takes the later of updated and the newest correction as last modified', () => {
    const date = '2026-05-01T09:00:00Z';
    expect(lastModified({ date, corrections: [] })).toBeUndefined();
    expect(lastModified({ date, updated: '2026-05-02T09:00:00Z', corrections: [] })).toBe('2026-05-02T09:00:00Z');
    expect(
      lastModified({ date, updated: '2026-05-02T09:00:00Z', corrections: [{ date: '2026-05-03T10:00:00Z', text: 'x' }] }),
    ).toBe('2026-05-03T10:00:00Z');
  });
});

describe('publication', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('hides drafts and scheduled stories until their time', () => {
    expect(isPublished({ draft: false, date: '2026-06-01T11:59:00Z' }, now)).toBe(true);
    expect(isPublished({ draft: true, date: '2026-06-01T11:59:00Z' }, now)).toBe(false);
    expect(isPublished({ draft: false, date: '2026-06-01T12:01:00Z' }, now)).toBe(false);
    expect(publicationState({ draft: false, date: '2026-06-01T12:01:00Z' }, now)).toBe('scheduled');
    expect(publicationState({ draft: true, date: '2026-06-01T12:01:00Z' }, now)).toBe('draft');
  });
});
