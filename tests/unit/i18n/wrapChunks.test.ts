import { describe, expect, it } from 'vitest';
import { wrapChunks } from '../../../src/lib/i18n/wrapChunks.ts';

describe('wrapChunks', () => {
  it('lets 主要支持指导 wrap between its words, four characters on the first line', () => {
    expect(wrapChunks('主要支持指导')).toEqual(['主要支持', '指导']);
  });

  it('does the same in the Traditional edition', () => {
    expect(wrapChunks('主要支持指導')).toEqual(['主要支持', '指導']);
  });

  it.each(['支持配合', '合计', '牵头', '第一位'])('keeps %s whole: no line of it would hold four characters', (head) => {
    expect(wrapChunks(head)).toEqual([head]);
  });

  it('keeps an opening bracket with the word after it, a closing one with the word before, and joins back to the text', () => {
    expect(wrapChunks('支持配合（市级）部门')).toEqual(['支持配合', '（市级）', '部门']);
    for (const text of ['主要支持指导（市级）', '部门（市级）合计数', '“两建”办公室主任']) {
      const chunks = wrapChunks(text);
      expect(chunks.join('')).toBe(text);
      expect(chunks.filter((chunk, i) => /[（“]$/u.test(chunk) || (i > 0 && /^[）”]/u.test(chunk)))).toEqual([]);
    }
  });
});
