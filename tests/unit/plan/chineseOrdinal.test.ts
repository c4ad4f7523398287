import { describe, expect, it } from 'vitest';
import { chineseOrdinal } from '../../../src/lib/plan/chineseOrdinal.ts';
import { chineseNumeral } from '../../../src/lib/seed/ordinal.ts';

describe('chineseOrdinal', () => {
  it('writes ordinals the way the plan prints them: 一, 十, 十六, 二十, 九十九', () => {
    expect([1, 10, 16, 20, 99].map(chineseOrdinal)).toEqual(['一', '十', '十六', '二十', '九十九']);
  });

  it('is undone by the parser’s reading of numerals for every ordinal from 1 to 99', () => {
    for (let n = 1; n <= 99; n += 1) expect(chineseNumeral(chineseOrdinal(n))).toBe(n);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(() => chineseOrdinal(100)).toThrow(RangeError);
  });
});
