/**
 * The width a label takes at `size` px, without a browser to measure it: CJK characters and
 * full-width punctuation are one em wide, everything else about half. Only used to leave
 * room beside a column, so an estimate that errs wide is enough.
 */
export function labelWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D]/u.test(char) ? 1 : 0.6;
  return Math.ceil(ems * size);
}
