/**
 * Counts of what became of a set of measures (a task's, a working group's, what a department
 * leads or supports), and the sentence that says them in the document's role words:
 * 牵头 13 项：已完成 5，推进中 4，逾期 4.
 */
import { fill } from '../i18n/template.ts';
import type { Ui } from '../i18n/ui.ts';
import type { MeasureProgress, StatusKey } from './measureProgress.ts';

/** A part of the sentence: a status, or 逾期. */
export type CountKey = StatusKey | 'overdue';

/** The order the parts are said in: closed first, then open, then 逾期 last, as a reader weighs them. */
export const COUNT_ORDER: readonly CountKey[] = ['done', 'adjusted', 'inProgress', 'notStarted', 'unreported', 'overdue'];

export interface ProgressCounts {
  readonly total: number;
  /** Every measure under its status, overdue or not. */
  readonly byStatus: Readonly<Record<StatusKey, number>>;
  /** How many are 逾期 (they are counted in byStatus as well). */
  readonly overdue: number;
  /**
   * Each measure once, so the parts add up to the total: an overdue measure under 逾期, any
   * other under its status. Non-zero parts only, in COUNT_ORDER.
   */
  readonly parts: readonly { readonly key: CountKey; readonly count: number }[];
}

export function countProgress(measures: readonly MeasureProgress[]): ProgressCounts {
  const byStatus: Record<StatusKey, number> = { notStarted: 0, inProgress: 0, done: 0, adjusted: 0, unreported: 0 };
  const parts: Record<CountKey, number> = { ...byStatus, overdue: 0 };
  for (const measure of measures) {
    byStatus[measure.statusKey] += 1;
    parts[measure.overdue ? 'overdue' : measure.statusKey] += 1;
  }
  return {
    total: measures.length,
    byStatus,
    overdue: parts.overdue,
    parts: COUNT_ORDER.filter((key) => parts[key] > 0).map((key) => ({ key, count: parts[key] })),
  };
}

/**
 * Counts per group, groups in the order they are first met (the plan's order when the items
 * are): by task `(m) => m.task`, by working group `(m) => m.group`.
 */
export function countProgressBy<T, K>(items: readonly T[], keyOf: (item: T) => K, progressOf: (item: T) => MeasureProgress): { key: K; counts: ProgressCounts }[] {
  const groups = new Map<K, MeasureProgress[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), progressOf(item)]);
  }
  return [...groups].map(([key, progress]) => ({ key, counts: countProgress(progress) }));
}

/** A department's counts per role: what it is listed first on, and after the first. */
export function departmentProgress<M>(duties: { readonly lead: readonly M[]; readonly support: readonly M[] }, progressOf: (measure: M) => MeasureProgress): { lead: ProgressCounts; support: ProgressCounts } {
  return { lead: countProgress(duties.lead.map(progressOf)), support: countProgress(duties.support.map(progressOf)) };
}

/**
 * The sentence: `{role} {n} 项：` and the parts. `role` is the plan's own word for the role on
 * the department's side (牵头, 配合, 主要支持指导…), given by the caller, since each plan's
 * 说明 may name its roles in its own words; `ui` is the edition's progress section, so the
 * Traditional edition says 推進中.
 */
export function progressSummary(counts: ProgressCounts, role: string, ui: Ui['progress']): string {
  const parts = counts.parts.map(({ key, count }) => fill(ui.part, { status: ui.status[key], n: count })).join(ui.partsJoin);
  return fill(ui.summary, { role, n: counts.total, parts });
}
