/** Chinese numerals as the plan writes its ordinals: 一 … 十, 十一 … 十九, 二十 … 九十九. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十六 → 16; returns null for anything that is not a numeral from 1 to 99. */
export function chineseNumeral(text: string): number | null {
  const digit = (char: string | undefined) => (char === undefined || char === '' ? null : (DIGITS[char] ?? null));
  if (text.length === 1) return digit(text) ?? (text === '十' ? 10 : null);
  const ten = text.indexOf('十');
  if (ten < 0 || ten !== text.lastIndexOf('十') || text.length > 3) return null;
  const tens = ten === 0 ? 1 : digit(text.slice(0, ten));
  const units = ten === text.length - 1 ? 0 : digit(text.slice(ten + 1));
  return tens === null || units === null || (ten > 1) ? null : tens * 10 + units;
}

export interface Ordinal {
  no: number;
  rest: string;
}

/** "一、加快构建…" → {no: 1, rest: "加快构建…"}: how a main task (主要任务) opens. */
export function taskOrdinal(text: string): Ordinal | null {
  const match = /^([一二三四五六七八九十]+)[、．.]\s*(.*)$/su.exec(text);
  const no = match ? chineseNumeral(match[1] ?? '') : null;
  return match && no !== null ? { no, rest: match[2] ?? '' } : null;
}

/** "(十六)争取…" or "（十六）争取…" → {no: 16, rest: "争取…"}: how an area opens. */
export function areaOrdinal(text: string): Ordinal | null {
  const match = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.*)$/su.exec(text);
  const no = match ? chineseNumeral(match[1] ?? '') : null;
  return match && no !== null ? { no, rest: match[2] ?? '' } : null;
}

/** "12. 探索…" → {no: 12, rest: "探索…"}: how a measure opens. */
export function measureOrdinal(text: string): Ordinal | null {
  const match = /^(\d+)\s*[.．、]\s*(.*)$/su.exec(text);
  return match ? { no: Number(match[1]), rest: match[2] ?? '' } : null;
}
