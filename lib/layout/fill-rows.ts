/**
 * Column spans that fill every row of a grid of `columns` columns with `count`
 * items, in order: the items are spread over as few rows as possible, rows as
 * even as can be, the fuller rows last so the first stories get the widest
 * cells; within a row the first items take the leftover columns.
 *
 * fillRows(3, 4) → [2, 1, 1]; fillRows(5, 4) → [2, 2, 2, 1, 1]; fillRows(6, 4) → [2, 1, 1, 2, 1, 1].
 */
export function fillRows(count: number, columns: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(columns) || columns < 1) throw new RangeError(`columns must be a whole number ≥ 1, got ${columns}`);
  const rowCount = Math.ceil(count / columns);
  const spans: number[] = [];
  for (let row = 0; row < rowCount; row++) {
    // Rows hold floor(count/rowCount) items; the last (count % rowCount) rows hold one more.
    const items = Math.floor(count / rowCount) + (row >= rowCount - (count % rowCount) ? 1 : 0);
    const base = Math.floor(columns / items);
    const wider = columns % items;
    for (let i = 0; i < items; i++) spans.push(base + (i < wider ? 1 : 0));
  }
  return spans;
}
