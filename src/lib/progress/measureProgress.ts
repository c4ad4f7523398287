/**
 * What became of each measure, as of the progress file's asOf: its history, its current
 * status and whether it is 逾期 (overdue). Nothing here reads the clock: a build made today and
 * one made next year from the same files say the same, because everything is computed against
 * asOf, the date the file says its reports are current to.
 */
import type { Deadline } from '../plan/schema.ts';
import type { ProgressFile, ProgressReport } from './parseProgress.ts';
import { CLOSING_STATUSES, type ReportedStatus } from './schema.ts';

/** The status words as the UI keys them (`ui.progress.status`); `unreported` is 未报告, no report at all. */
export type StatusKey = 'notStarted' | 'inProgress' | 'done' | 'adjusted' | 'unreported';

const KEY_OF_STATUS: Readonly<Record<ReportedStatus, StatusKey>> = { 未启动: 'notStarted', 推进中: 'inProgress', 已完成: 'done', 已调整: 'adjusted' };

/** The UI key of a measure's status; null (no report on or before asOf) is 未报告. */
export function statusKey(status: ReportedStatus | null): StatusKey {
  return status === null ? 'unreported' : KEY_OF_STATUS[status];
}

/** The measure fields the layer reads: its number and its deadline. */
export interface MeasureDue {
  readonly id: number;
  readonly deadline: Deadline;
}

export interface MeasureProgress {
  readonly plan: string;
  readonly measure: number;
  /** Every report on it, oldest first; reports of one day in the order of the file. */
  readonly history: readonly ProgressReport[];
  /** The latest report on or before asOf; null when there is none. */
  readonly current: ProgressReport | null;
  /** The current report's status; null is 未报告 (the site never invents a status). */
  readonly status: ReportedStatus | null;
  readonly statusKey: StatusKey;
  /** 逾期: computed, never reported (see isOverdue). */
  readonly overdue: boolean;
  readonly asOf: string;
}

/**
 * 逾期: the deadline has a date, that date is before asOf, and the measure is not 已完成 or
 * 已调整 by then. A measure with no report (未报告) is overdue once its deadline has passed.
 * A deadline on asOf itself is not yet passed: `8月底` allows the whole of 31 August.
 *
 * Deadlines without a date are never overdue: 持续推进 / 长期坚持 / 长期 (deadline.ongoing)
 * have no end; and a measure the document itself marks 已完成 (deadline.completed) was done
 * when the document was issued. That 已完成 is the document's statement, not a report: such a
 * measure counts under whatever was reported on it, and as 未报告 while nothing was; it just
 * never counts as overdue.
 */
export function isOverdue(deadline: Deadline, status: ReportedStatus | null, asOf: string): boolean {
  if (deadline.date === null) return false;
  if (status !== null && CLOSING_STATUSES.has(status)) return false;
  return deadline.date < asOf;
}

/** Oldest first; one day's reports in file order. */
function byDate(a: ProgressReport, b: ProgressReport): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order;
}

/** One measure's progress from the reports of its plan's file. */
export function measureProgress(measure: MeasureDue, file: ProgressFile): MeasureProgress {
  const history = file.reports.filter((report) => report.measure === measure.id).sort(byDate);
  const current = history.filter((report) => report.date <= file.asOf).at(-1) ?? null;
  const status = current?.status ?? null;
  return {
    plan: file.plan,
    measure: measure.id,
    history,
    current,
    status,
    statusKey: statusKey(status),
    overdue: isOverdue(measure.deadline, status, file.asOf),
    asOf: file.asOf,
  };
}

/** A plan's progress: every measure's, looked up by number. */
export interface PlanProgress {
  readonly plan: string;
  readonly file: string;
  readonly asOf: string;
  /** The file's reports, in file order. */
  readonly reports: readonly ProgressReport[];
  /** Every measure of the plan, in the order given (the plan's order). */
  readonly measures: readonly MeasureProgress[];
  /** A measure's progress; a number the plan does not have is a mistake in the caller. */
  measure(id: number): MeasureProgress;
}

/** Every measure's progress in one plan. `measures` are the plan's, in its order. */
export function planProgress(measures: readonly MeasureDue[], file: ProgressFile): PlanProgress {
  const all = measures.map((measure) => measureProgress(measure, file));
  const byId = new Map(all.map((progress) => [progress.measure, progress]));
  return {
    plan: file.plan,
    file: file.file,
    asOf: file.asOf,
    reports: file.reports,
    measures: all,
    measure: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`plan ${file.plan} has no measure ${id}`);
      return found;
    },
  };
}
