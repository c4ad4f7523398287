import { chineseNumeral } from '../seed/ordinal.ts';

/**
 * The measure a query names by its number, as readers write it: 12, １２, 第12项, 第十二项,
 * 第12項措施, 12项; null for anything else, or a number the plan does not have. A number with
 * other words ("12月") is a search for those words, not a measure.
 */
export function measureNumber(query: string, count: number): number | null {
  const text = query.trim().replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, '');
  const match = /^第?([0-9]+|[一二三四五六七八九十]+)(?:[项項](?:措施)?)?$/u.exec(text);
  if (!match) return null;
  const written = match[1]!;
  const no = /^[0-9]+$/u.test(written) ? Number(written) : chineseNumeral(written);
  return no !== null && no >= 1 && no <= count ? no : null;
}
