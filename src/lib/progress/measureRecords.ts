/**
 * The measure records the open data publishes, with each one's current `status` and `overdue`
 * where its plan has a progress file, and exactly as parsed where it has none (no key added,
 * not even empty). One function for measures.json, the per-measure slices and measures.csv.
 */
import type { CsvColumns } from '../plan/csv.ts';
import { MEASURES_CSV_COLUMNS } from '../plan/measuresCsv.ts';
import type { Measure } from '../plan/schema.ts';
import type { PlanProgress } from './measureProgress.ts';
import { withProgressFields, type MeasureProgressFields } from './openData.ts';

/** A record with its progress fields, when the plan has progress. */
export function measureRecord<T extends Pick<Measure, 'id'>>(record: T, progress: PlanProgress | null): T | (T & MeasureProgressFields) {
  return withProgressFields(record, progress?.measure(record.id));
}

/** measures.csv's columns: the plan's, then `status` and `overdue` where the plan has progress. */
export function measureCsvColumns(progress: PlanProgress | null): CsvColumns<Measure> {
  if (!progress) return MEASURES_CSV_COLUMNS;
  return [...MEASURES_CSV_COLUMNS, ['status', (m) => progress.measure(m.id).status], ['overdue', (m) => progress.measure(m.id).overdue]];
}
