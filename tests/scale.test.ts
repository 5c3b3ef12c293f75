import { describe, expect, it } from 'vitest';
import { extraPageNumbers, prerenderedTags } from '@/lib/content/listings';
import { tagSummaries } from '@/lib/content/queries';
import { site } from '@/lib/site';
import { makeArticle } from './helpers/factory';

describe('prerendering a large archive', () => {
  it('prerenders only the most used tags', () => {
    const articles = [
      makeArticle({ slug: 'a', tags: ['Rare', 'Common', 'Middle'] }),
      makeArticle({ slug: 'b', tags: ['Common', 'Middle'] }),
      makeArticle({ slug: 'c', tags: ['Common'] }),
    ];
    expect(prerenderedTags(tagSummaries(articles), 2).map((t) => t.slug)).toEqual(['common', 'middle']);
  });

  it('prerenders at most the first five pages of a long listing', () => {
    expect(extraPageNumbers(site.pageSize * 1000)).toEqual(['2', '3', '4', '5']);
    expect(extraPageNumbers(site.pageSize + 1)).toEqual(['2']);
    expect(extraPageNumbers(site.pageSize)).toEqual([]);
  });
});
