import { describe, expect, it } from 'vitest';
import { sortOrder } from '../../../src/lib/table/sortOrder.ts';

describe('sortOrder', () => {
  it('puts the largest count first when descending and the smallest first when ascending', () => {
    expect(sortOrder([3, 12, 0, 7], 'descending')).toEqual([1, 3, 0, 2]);
    expect(sortOrder([3, 12, 0, 7], 'ascending')).toEqual([2, 0, 3, 1]);
  });

  it('compares counts as numbers, not as text (12 after 7 ascending)', () => {
    expect(sortOrder([12, 7], 'ascending')).toEqual([1, 0]);
  });

  it('keeps tied rows in their original order in both directions', () => {
    expect(sortOrder([1, 2, 1, 2], 'descending')).toEqual([1, 3, 0, 2]);
    expect(sortOrder([1, 2, 1, 2], 'ascending')).toEqual([0, 2, 1, 3]);
  });

  it('orders names as Chinese text', () => {
    const names = ['市商务局', '市财政局', '市商务局'];
    const order = sortOrder(names, 'ascending');
    expect(order.map((i) => names[i])).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(2));
  });
});
