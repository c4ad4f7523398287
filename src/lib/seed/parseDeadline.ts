import type { Deadline } from '../plan/schema.ts';

/** Labels that mean the work has no end date. */
const ONGOING = new Set(['持续推进', '长期坚持', '长期']);

/** The last day of a month, as YYYY-MM-DD. */
function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a deadline label. `planYear` is the year in the document's title: the table writes
 * "8月底" and means the end of August of that year. Returns null for a label it cannot read,
 * so the caller can say where that label stands.
 */
export function parseDeadline(raw: string, planYear: number): Deadline | null {
  const label = raw.replace(/\s+/gu, '');
  const dated = (year: number, month: number): Deadline | null =>
    month >= 1 && month <= 12 ? { label, date: monthEnd(year, month), completed: false, ongoing: false } : null;

  if (label === '已完成') return { label, date: null, completed: true, ongoing: false };
  if (ONGOING.has(label)) return { label, date: null, completed: false, ongoing: true };

  const yearEnd = /^(?:(\d{4})年年?|年)底$/u.exec(label);
  if (yearEnd) return dated(yearEnd[1] ? Number(yearEnd[1]) : planYear, 12);

  const monthEndMatch = /^(?:(\d{4})年)?(\d{1,2})月底$/u.exec(label);
  if (monthEndMatch) return dated(monthEndMatch[1] ? Number(monthEndMatch[1]) : planYear, Number(monthEndMatch[2]));

  return null;
}
