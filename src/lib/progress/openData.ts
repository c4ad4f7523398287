/**
 * The progress layer's open data: `/data/progress.json` and `progress.csv` (one row per
 * report) and the `status` / `overdue` fields of each measure record. Names, not objects, as
 * the other open-data files publish them. A site without a progress file publishes none of
 * this: no file, and no field on any measure.
 */
import { toCsv, type CsvColumns } from '../plan/csv.ts';
import type { MeasureProgress, PlanProgress } from './measureProgress.ts';
import type { Evidence, ReportedStatus } from './schema.ts';

/** One report as published. */
export interface ProgressRow {
  /** The plan's slug. */
  readonly plan: string;
  readonly measure: number;
  readonly date: string;
  readonly status: ReportedStatus;
  /** The reporting department by the name the site uses; null when the report names none. */
  readonly by: string | null;
  readonly note: string | null;
  readonly evidence: readonly Evidence[];
}

/** Every report of the given plans: plan by plan as given, then by measure, each measure's history oldest first. */
export function progressRows(plans: readonly PlanProgress[]): ProgressRow[] {
  return plans.flatMap((plan) =>
    [...plan.measures]
      .sort((a, b) => a.measure - b.measure)
      .flatMap((measure) =>
        measure.history.map((report): ProgressRow => ({
          plan: report.plan,
          measure: report.measure,
          date: report.date,
          status: report.status,
          by: report.by?.name ?? null,
          note: report.note,
          evidence: report.evidence.map((e) => ({ title: e.title, url: e.url })),
        })),
      ),
  );
}

/** Several evidence titles or addresses in one CSV field: one a line, so titles and addresses pair up line by line. */
const LINES = '\n';

export const PROGRESS_CSV_COLUMNS: CsvColumns<ProgressRow> = [
  ['plan', (r) => r.plan],
  ['measure', (r) => r.measure],
  ['date', (r) => r.date],
  ['status', (r) => r.status],
  ['by', (r) => r.by],
  ['note', (r) => r.note],
  ['evidence_titles', (r) => r.evidence.map((e) => e.title).join(LINES)],
  ['evidence_urls', (r) => r.evidence.map((e) => e.url).join(LINES)],
];

/** progress.csv: one row per report, for spreadsheets (UTF-8 with a byte-order mark, CRLF). */
export function progressCsv(rows: readonly ProgressRow[]): string {
  return toCsv(PROGRESS_CSV_COLUMNS, rows);
}

/** What a measure record gains when its plan has a progress file. */
export interface MeasureProgressFields {
  /** The current status; null when nothing was reported on or before asOf (未报告). */
  readonly status: ReportedStatus | null;
  /** 逾期, computed as of the file's asOf. */
  readonly overdue: boolean;
}

/**
 * A measure record with its current `status` and `overdue` added, when its plan has a progress
 * file (`progress` given); the record exactly as it was otherwise, without even empty keys.
 */
export function withProgressFields<T extends object>(record: T, progress: MeasureProgress | undefined): T | (T & MeasureProgressFields) {
  if (!progress) return record;
  return { ...record, status: progress.status, overdue: progress.overdue };
}
