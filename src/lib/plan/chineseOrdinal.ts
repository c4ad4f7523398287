const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 16 → 十六, the way the plan numbers its tasks and areas (1 to 99). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese ordinal for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
