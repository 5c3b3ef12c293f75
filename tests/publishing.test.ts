import { describe, expect, it } from 'vitest';
import { isPublished, previewEnabled, publicationState } from '@/lib/content/published';
import { lastModified } from '@/lib/content/published';

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
