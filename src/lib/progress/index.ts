/**
 * The progress layer's public face for the site: a plan's progress file in, each measure's
 * status, 逾期 and history out, with the counts, the sentence and the open-data rows. Pure, and
 * safe to import from pages and client code; the reporting sheet (./sheet/, which loads
 * exceljs) is the CLI's and is not exported here.
 */
export { parseProgress, type ProgressFile, type ProgressReport, type ProgressTarget } from './parseProgress.ts';
export { ProgressError } from './ProgressError.ts';
export { isOverdue, measureProgress, planProgress, statusKey, type MeasureDue, type MeasureProgress, type PlanProgress, type StatusKey } from './measureProgress.ts';
export { COUNT_ORDER, countProgress, countProgressBy, departmentProgress, progressSummary, type CountKey, type ProgressCounts } from './progressCounts.ts';
export { progressCsv, progressRows, PROGRESS_CSV_COLUMNS, withProgressFields, type MeasureProgressFields, type ProgressRow } from './openData.ts';
export { REPORTED_STATUSES, CLOSING_STATUSES, type Evidence, type ReportedStatus } from './schema.ts';
export type { ReportingDepartment } from './departmentNames.ts';
