import { describe, expect, it } from 'vitest';
import { STRIP_COLUMN_MIN, STRIP_MARK, STRIP_MARK_ROWS, STRIP_MIN_ACROSS, stripLayout } from '../../../src/lib/timeline/stripLayout.ts';

describe('stripLayout', () => {
  it('sets a few marks side by side rather than one per line', () => {
    expect(stripLayout([[0, STRIP_MIN_ACROSS]], 2).across).toEqual([STRIP_MIN_ACROSS]);
    expect(stripLayout([[1, 0]], 2).across).toEqual([1]);
    expect(stripLayout([[0, 0]], 2).across).toEqual([1]);
  });

  it('widens a crowded column so its fuller role stays within a few rows of marks', () => {
    const many = STRIP_MARK_ROWS * 5 + 1;
    const [across] = stripLayout([[many, 2]], 2).across;
    expect(Math.ceil(many / across!)).toBeLessThanOrEqual(STRIP_MARK_ROWS);
  });

  it('needs more width for more and fuller columns, and for longer role labels', () => {
    const few = stripLayout([[1, 0]], 2).need;
    const more = stripLayout([[1, 0], [1, 0]], 2).need;
    const fuller = stripLayout([[20, 0]], 2).need;
    expect(more - few).toBeGreaterThanOrEqual(STRIP_COLUMN_MIN);
    expect(fuller - few).toBeGreaterThanOrEqual(STRIP_MARK * 5);
    expect(stripLayout([[1, 0]], 6).need).toBeGreaterThan(few);
  });
});
