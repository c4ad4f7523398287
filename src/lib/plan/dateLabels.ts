/**
 * Dates as the pages print them, in Chinese: "2017年8月31日", "2017年8月". Pure formatters,
 * not dictionary entries: the characters are the same in both editions and nothing here is
 * translated.
 */

/** "2017-08-31" → "2017年8月31日". */
export function dayLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** "2017-08" (or a full date) → "2017年8月". */
export function monthLabel(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number);
  return `${y}年${m}月`;
}
