/**
 * The measure records the open data publishes, with each one's current `status` and `overdue`
 * where its plan has a progress file, and exactly as parsed where it has none (no key added,
 * not even empty). One function for measures.json, the per-measure slices and measures.csv.
 */
import type { CsvColumns } from '../plan/csv.ts';
import { MEASURES_CSV_COLUMNS } from '../plan/measuresCsv.ts';
import type { MeasureRecord } from '../plan/openRecords.ts';
import type { Measure } from '../plan/schema.ts';
import type { MeasureProgress, PlanProgress } from './measureProgress.ts';
import { withProgressFields, type MeasureProgressFields } from './openData.ts';

/** A record with its progress fields, when the plan has progress. */
export function withPlanProgress<T extends Pick<Measure, 'id'>>(record: T, progress: PlanProgress | null): T | (T & MeasureProgressFields) {
  return withProgressFields(record, progress?.measure(record.id));
}

/**
 * measures.csv's columns: the plans', then `status` and `overdue` where a plan has progress
 * (`progressOf` gives a measure's, undefined for a measure of a plan without a progress file,
 * whose cells stay empty); without any progress file, the plans' columns alone.
 */
export function measureCsvColumns(progressOf: ((record: MeasureRecord) => MeasureProgress | undefined) | null): CsvColumns<MeasureRecord> {
  if (!progressOf) return MEASURES_CSV_COLUMNS;
  return [...MEASURES_CSV_COLUMNS, ['status', (m) => progressOf(m)?.status ?? null], ['overdue', (m) => progressOf(m)?.overdue ?? null]];
}
