import { describe, expect, it } from 'vitest';
import { coverSizes, coverWidth } from '@/lib/images/cover-sizes';
import { fillRows } from '@/lib/layout/fill-rows';

describe('fillRows', () => {
  it('fills rows for the counts the home page has', () => {
    expect(fillRows(4, 4)).toEqual([1, 1, 1, 1]);
    expect(fillRows(3, 4)).toEqual([2, 1, 1]);
    expect(fillRows(2, 4)).toEqual([2, 2]);
    expect(fillRows(1, 4)).toEqual([4]);
    expect(fillRows(3, 2)).toEqual([2, 1, 1]);
    expect(fillRows(0, 4)).toEqual([]);
  });

  it('gives the first stories the wider cells and the fuller rows come last', () => {
    expect(fillRows(5, 4)).toEqual([2, 2, 2, 1, 1]);
    expect(fillRows(6, 4)).toEqual([2, 1, 1, 2, 1, 1]);
    expect(fillRows(7, 4)).toEqual([2, 1, 1, 1, 1, 1, 1]);
  });

  it('every row adds up to the column count, for any count and column count', () => {
    for (let columns = 1; columns <= 6; columns++)
      for (let count = 0; count <= 30; count++) {
        const spans = fillRows(count, columns);
        expect(spans).toHaveLength(count);
        expect(spans.every((s) => s >= 1 && s <= columns)).toBe(true);
        // Placed in order, each item either fits the current row or starts a new one: no row may be left short.
        let used = 0;
        for (const span of spans) {
          expect(used + span, `count ${count}, columns ${columns}`).toBeLessThanOrEqual(columns);
          used = (used + span) % columns;
        }
        expect(used, `count ${count}, columns ${columns}: last row full`).toBe(0);
        // As few rows as possible.
        expect(spans.reduce((a, b) => a + b, 0)).toBe(Math.ceil(count / columns) * columns);
      }
  });

  it('refuses nonsense', () => {
    expect(() => fillRows(-1, 4)).toThrow(RangeError);
    expect(() => fillRows(2.5, 4)).toThrow(RangeError);
    expect(() => fillRows(3, 0)).toThrow(RangeError);
  });
});

describe('coverSizes', () => {
  const wide = { width: 1600, height: 900 };
  it('asks for a wider file when a wide picture is cropped to a narrower box', () => {
    // 16:9 in 4:3: the height fills the box, so the file must be 4/3 of the box wide.
    expect(coverWidth(wide, 4 / 3, 112)).toBe(150);
    expect(coverWidth(wide, 4 / 3, 176)).toBe(235);
  });
  it('asks for the box width when the picture is narrower in shape than the box', () => {
    expect(coverWidth({ width: 900, height: 1200 }, 4 / 3, 112)).toBe(112);
    expect(coverWidth({ width: 800, height: 600 }, 4 / 3, 176)).toBe(176);
  });
  it('writes one entry per slot, the default last', () => {
    expect(
      coverSizes(wide, 4 / 3, [
        { media: '(min-width: 1024px)', width: 176 },
        { media: '(min-width: 768px)', width: 112 },
        { width: 112 },
      ]),
    ).toBe('(min-width: 1024px) 235px, (min-width: 768px) 150px, 150px');
  });
  it('refuses a missing default slot and sizes that make no sense', () => {
    expect(() => coverSizes(wide, 4 / 3, [{ media: '(min-width: 1px)', width: 10 }])).toThrow(RangeError);
    expect(() => coverSizes(wide, 4 / 3, [])).toThrow(RangeError);
    expect(() => coverWidth({ width: 0, height: 10 }, 4 / 3, 10)).toThrow(RangeError);
  });
});
