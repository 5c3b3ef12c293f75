import { describe, expect, it } from 'vitest';
import { authorListing, sectionListing, tagListing } from '@/lib/content/listings';
import { articlesInCategory, authors, tags } from '@/lib/content/repository';
import { site } from '@/lib/site';

describe('listings over the sample content', () => {
  const world = articlesInCategory('world');

  it('serve page 1 at the listing address, and nowhere else', () => {
    expect(sectionListing('world')?.page.page).toBe(1);
    expect(sectionListing('world', '1')).toBeUndefined();
    expect(authorListing(authors()[0]!.slug, '1')).toBeUndefined();
    expect(tagListing(tags()[0]!.slug, '1')).toBeUndefined();
  });

  it('list the section newest first, a page at a time', () => {
    const first = sectionListing('world')!;
    expect(first.subject.slug).toBe('world');
    expect(first.page.items.map((i) => i.article.slug)).toEqual(world.slice(0, site.pageSize).map((a) => a.slug));
    expect(first.page.totalItems).toBe(world.length);
  });

  it('answer undefined (a 404) for unknown subjects, odd page numbers and pages past the end', () => {
    expect(sectionListing('no-such-section')).toBeUndefined();
    expect(authorListing('no-such-author')).toBeUndefined();
    expect(tagListing('no-such-tag')).toBeUndefined();
    for (const page of ['0', '02', '2.0', '-1', 'x']) expect(sectionListing('world', page), page).toBeUndefined();
    expect(sectionListing('world', String(Math.ceil(world.length / site.pageSize) + 1))).toBeUndefined();
  });
});
