import { describe, expect, it } from 'vitest';
import { spreadInOrder } from '../../../src/lib/graph/spreadInOrder.ts';

describe('spreadInOrder', () => {
  it('leaves positions that are already far enough apart where they are', () => {
    expect(spreadInOrder([0, 30, 100], 20)).toEqual([0, 30, 100]);
  });

  it('spreads a crowd evenly around the crowd’s mean, keeping the order', () => {
    expect(spreadInOrder([50, 50, 50], 10)).toEqual([40, 50, 60]);
  });

  it('moves only the crowded items', () => {
    expect(spreadInOrder([0, 100, 104, 300], 10)).toEqual([0, 97, 107, 300]);
  });

  it('keeps every item within the bounds, shifting the crowd inwards', () => {
    expect(spreadInOrder([0, 0, 0, 100], 10, { min: 5, max: 100 })).toEqual([5, 15, 25, 100]);
    expect(spreadInOrder([0, 100, 100], 10, { min: 0, max: 100 })).toEqual([0, 90, 100]);
  });

  it('keeps the gap even when the bounds are too tight, running past the upper bound', () => {
    expect(spreadInOrder([0, 0, 0], 10, { min: 0, max: 5 })).toEqual([0, 10, 20]);
  });
});
