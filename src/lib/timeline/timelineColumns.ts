import { utcMonth } from 'd3';
import type { Measure } from '../plan/schema.ts';
import { deadlineBin, monthKey, type DeadlineBin } from './deadlineBin.ts';

/** One column of the timeline: a bin and the measures due in it, by number. */
export interface TimelineColumn {
  bin: DeadlineBin;
  /** Measure numbers, ascending; empty for a month inside the span where nothing falls due. */
  ids: number[];
}

/**
 * The timeline's columns, all read from the data: "completed" first (done before the plan
 * started counting), then every month from the earliest to the latest deadline, then
 * "ongoing" (no end). Months in between with nothing due stay as empty columns, so a gap
 * in time looks like a gap; a deadline in another year (a 2018 deadline in a 2017 plan) is
 * simply a later month. The two undated bins appear only when some measure is in them.
 */
export function timelineColumns(measures: readonly Pick<Measure, 'id' | 'deadline'>[]): TimelineColumn[] {
  const byKey = new Map<string, { bin: DeadlineBin; ids: number[] }>();
  for (const measure of measures) {
    const bin = deadlineBin(measure.deadline);
    const column = byKey.get(bin.key) ?? { bin, ids: [] };
    column.ids.push(measure.id);
    byKey.set(bin.key, column);
  }
  for (const column of byKey.values()) column.ids.sort((a, b) => a - b);

  const months = [...byKey.values()].map((c) => c.bin).filter((b) => b.kind === 'month');
  const monthColumns: TimelineColumn[] = [];
  if (months.length > 0) {
    const starts = months.map((b) => Date.UTC(b.year, b.month - 1, 1));
    const first = new Date(Math.min(...starts));
    const last = new Date(Math.max(...starts));
    // utcMonth.range excludes its end, so step one month past the last deadline.
    for (const start of utcMonth.range(first, utcMonth.offset(last, 1))) {
      const year = start.getUTCFullYear();
      const month = start.getUTCMonth() + 1;
      const key = monthKey(year, month);
      monthColumns.push(byKey.get(key) ?? { bin: { kind: 'month', key, year, month }, ids: [] });
    }
  }
  const undated = (key: 'completed' | 'ongoing') => {
    const column = byKey.get(key);
    return column ? [column] : [];
  };
  return [...undated('completed'), ...monthColumns, ...undated('ongoing')];
}
