import { describe, expect, it } from 'vitest';
import { quotedText } from '../../../src/lib/i18n/quotedText.ts';

describe('quotedText', () => {
  it('cuts text at its quotation marks, leaving the marks out', () => {
    expect(quotedText('把“税”转成“稅”。')).toEqual([
      { text: '把', quoted: false },
      { text: '税', quoted: true },
      { text: '转成', quoted: false },
      { text: '稅', quoted: true },
      { text: '。', quoted: false },
    ]);
  });

  it('keeps text without quotations whole, and an unmatched mark in the text', () => {
    expect(quotedText('没有引号')).toEqual([{ text: '没有引号', quoted: false }]);
    expect(quotedText('见“附件')).toEqual([{ text: '见“附件', quoted: false }]);
  });
});
