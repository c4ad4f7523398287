import { describe, expect, it } from 'vitest';
import { growthRatios } from '../../../scripts/bench/growthRatios.ts';

describe('growthRatios', () => {
  it('calls growth linear when the value grows no faster than the data', () => {
    expect(growthRatios([{ factor: 1, value: 10 }, { factor: 10, value: 60 }, { factor: 30, value: 300 }])).toEqual([
      { factor: 1, ratio: 1, linear: true },
      { factor: 10, ratio: 6, linear: true },
      { factor: 30, ratio: 30, linear: true },
    ]);
  });

  it('flags growth faster than the data', () => {
    expect(growthRatios([{ factor: 1, value: 2 }, { factor: 10, value: 25 }])[1]).toEqual({ factor: 10, ratio: 12.5, linear: false });
  });

  it('refuses to judge without a 1× measurement', () => {
    expect(() => growthRatios([{ factor: 10, value: 5 }])).toThrow(/1×/u);
  });
});
