import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPublished, previewEnabled, publicationState } from '@/lib/content/published';
import { lastModified } from '@/lib/content/queries';
import { findArticle, publishedArticles, relatedArticles, tags } from '@/lib/content/repository';

const at = (iso: string) => new Date(iso);

describe('isPublished and publicationState', () => {
  const story = { draft: false, date: '2026-11-25T09:00:00Z' };

  it('publishes a story from its date and time, not before', () => {
    expect(isPublished(story, at('2026-11-25T08:59:59Z'))).toBe(false);
    expect(publicationState(story, at('2026-11-25T08:59:59Z'))).toBe('scheduled');
    expect(isPublished(story, at('2026-11-25T09:00:00Z'))).toBe(true);
    expect(publicationState(story, at('2026-11-25T09:00:00Z'))).toBe('published');
  });

  it('never publishes a draft, whatever its date', () => {
    const draft = { ...story, draft: true };
    expect(isPublished(draft, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(publicationState(draft, at('2030-01-01T00:00:00Z'))).toBe('draft');
  });

  it('compares moments, not clock readings, across offsets', () => {
    expect(isPublished({ draft: false, date: '2026-11-25T10:00:00+01:00' }, at('2026-11-25T09:00:00Z'))).toBe(true);
  });
});

describe('previewEnabled', () => {
  it('previews unpublished stories only in development', () => {
    expect(previewEnabled('development')).toBe(true);
    expect(previewEnabled('production')).toBe(false);
    expect(previewEnabled('test')).toBe(false);
    expect(previewEnabled(undefined)).toBe(false);
  });
});

describe('lastModified', () => {
  const base = { date: '2026-11-24T07:45:00Z', updated: undefined, corrections: [] };

  it('is undefined for an article never changed', () => {
    expect(lastModified(base)).toBeUndefined();
  });

  it('is the later of updated and the newest correction', () => {
    const corrections = [
      { date: '2026-11-24T16:20:00Z', text: 'a' },
      { date: '2026-11-24T09:00:00Z', text: 'b' },
    ];
    expect(lastModified({ ...base, updated: '2026-11-24T12:10:00Z', corrections })).toBe('2026-11-24T16:20:00Z');
    expect(lastModified({ ...base, updated: '2026-11-25T08:00:00Z', corrections })).toBe('2026-11-25T08:00:00Z');
    expect(lastModified({ ...base, corrections: corrections.slice(1) })).toBe('2026-11-24T09:00:00Z');
  });

  it('ignores an update dated before publication', () => {
    expect(lastModified({ ...base, updated: '2026-11-23T00:00:00Z' })).toBeUndefined();
  });
});

// The sample content has a draft (world/harbour-tunnel-costs) and a story
// scheduled for 2099-01-01T09:00Z (tech-science/climate-forecasts-2100).
describe('repository publication filter', () => {
  const paths = (now: Date) => publishedArticles(now).map((a) => a.path);
  const before = at('2098-12-31T23:59:00Z');
  const after = at('2099-01-01T09:00:00Z');

  it('hides drafts and scheduled stories from every list', () => {
    expect(paths(before)).not.toContain('/world/harbour-tunnel-costs');
    expect(paths(before)).not.toContain('/tech-science/climate-forecasts-2100');
    expect(paths(before)).toContain('/social-media/flood-rumour-debunked');
    const all = publishedArticles(before);
    for (const a of all) expect(relatedArticles(a, 50, before).map((r) => r.slug)).not.toContain('climate-forecasts-2100');
  });

  it('shows a scheduled story once its time comes, without reloading content', () => {
    const early = paths(before);
    const late = paths(after);
    expect(late).toContain('/tech-science/climate-forecasts-2100');
    expect(late).toHaveLength(early.length + 1);
    expect(late).not.toContain('/world/harbour-tunnel-costs');
    // Asking about an earlier moment again must not reuse the later list.
    expect(paths(before)).toEqual(early);
  });

  it('serves a scheduled article page only from its time, and a draft never outside development', () => {
    expect(findArticle('tech-science', 'climate-forecasts-2100', before)).toBeUndefined();
    expect(findArticle('tech-science', 'climate-forecasts-2100', after)?.slug).toBe('climate-forecasts-2100');
    expect(findArticle('world', 'harbour-tunnel-costs', at('2100-01-01T00:00:00Z'))).toBeUndefined();
    expect(findArticle('world', 'climate-forecasts-2100', after)).toBeUndefined();
  });

  describe('in npm run dev', () => {
    afterEach(() => vi.unstubAllEnvs());

    it('opens drafts and scheduled stories for preview, but still lists neither', () => {
      vi.stubEnv('NODE_ENV', 'development');
      expect(findArticle('world', 'harbour-tunnel-costs', before)?.draft).toBe(true);
      expect(findArticle('tech-science', 'climate-forecasts-2100', before)?.slug).toBe('climate-forecasts-2100');
      expect(paths(before)).not.toContain('/world/harbour-tunnel-costs');
    });
  });

  it('builds tag pages from published stories only', () => {
    const tagCount = (now: Date) => tags(now).find((t) => t.slug === 'space')?.count ?? 0;
    expect(tagCount(after)).toBe(tagCount(before) + 1);
  });
});
