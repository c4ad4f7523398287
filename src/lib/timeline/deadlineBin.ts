import type { Deadline } from '../plan/schema.ts';

/**
 * Where a deadline falls on the timeline: a month (every deadline in the plan is a month's
 * end, so the month is the finest honest grain), or one of the two bins that have no date.
 */
export type DeadlineBin =
  | {
      kind: 'month';
      /** `YYYY-MM`: sorts chronologically and names the month page `/deadlines/YYYY-MM/`. */
      key: string;
      year: number;
      /** 1..12 */
      month: number;
    }
  | { kind: 'completed'; key: 'completed' }
  | { kind: 'ongoing'; key: 'ongoing' };

export type DeadlineBinKind = DeadlineBin['kind'];

/** The bin a measure's deadline belongs to. The day of the date is dropped on purpose: the plan only ever says "by the end of a month". */
export function deadlineBin(deadline: Deadline): DeadlineBin {
  if (deadline.completed) return { kind: 'completed', key: 'completed' };
  if (deadline.ongoing || deadline.date === null) return { kind: 'ongoing', key: 'ongoing' };
  const [year, month] = deadline.date.split('-').map(Number) as [number, number];
  return { kind: 'month', key: monthKey(year, month), year, month };
}

/** `2017-08` for August 2017. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
