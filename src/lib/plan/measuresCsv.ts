import { toCsv, type CsvColumns } from './csv.ts';
import type { MeasureRecord } from './openRecords.ts';

/** Columns of measures.csv, in order, with how each is read from a measure. */
export const MEASURES_CSV_COLUMNS: CsvColumns<MeasureRecord> = [
  ['plan', (m) => m.plan],
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

/** measures.csv: one row per measure, department lists joined with "、" (lead first). */
export function measuresCsv(measures: readonly MeasureRecord[]): string {
  return toCsv(MEASURES_CSV_COLUMNS, measures);
}
