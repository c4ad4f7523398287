import type { Measure } from './schema.ts';

/** Columns of measures.csv, in order, with how each is read from a measure. */
const COLUMNS: [string, (m: Measure) => string | number | boolean | null][] = [
  ['id', (m) => m.id],
  ['task_no', (m) => m.task.no],
  ['task', (m) => m.task.title],
  ['area_no', (m) => m.area.no],
  ['area', (m) => m.area.title],
  ['text', (m) => m.text],
  ['group', (m) => m.group],
  ['municipal', (m) => m.municipal.join('、')],
  ['district', (m) => m.district.join('、')],
  ['deadline', (m) => m.deadline.label],
  ['deadline_date', (m) => m.deadline.date],
  ['completed', (m) => m.deadline.completed],
  ['ongoing', (m) => m.deadline.ongoing],
  ['source_file', (m) => m.source.file],
  ['source_line', (m) => m.source.line],
];

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * measures.csv: one row per measure, department lists joined with "、". It starts with a
 * byte-order mark because spreadsheet programs otherwise open UTF-8 Chinese as mojibake.
 */
export function measuresCsv(measures: readonly Measure[]): string {
  const lines = [COLUMNS.map(([name]) => name), ...measures.map((m) => COLUMNS.map(([, read]) => field(read(m))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export const MEASURES_CSV_COLUMNS = COLUMNS.map(([name]) => name);
