import type { Measure, Task } from '../plan/schema.ts';
import { deadlineBin, type DeadlineBin } from '../timeline/deadlineBin.ts';
import { timelineColumns } from '../timeline/timelineColumns.ts';

export interface DeadlinePageProps {
  bin: DeadlineBin;
  /** How many measures fall in the bin. */
  count: number;
  /** The bin's measures under their tasks, in task order; tasks with none are left out. */
  byTask: { task: Task; measures: Measure[] }[];
  /** The neighbouring bins that have pages, for the pager. */
  previous: DeadlineBin | undefined;
  next: DeadlineBin | undefined;
}

/**
 * One page per deadline that some measure has (/deadlines/2017-08/, /deadlines/completed/,
 * /deadlines/ongoing/): months with nothing due get no page, so every link to one resolves.
 */
export function deadlinePaths(plan: { measures: readonly Measure[]; tasks: readonly Task[] }): { params: { bin: string }; props: DeadlinePageProps }[] {
  const columns = timelineColumns(plan.measures).filter((column) => column.ids.length > 0);
  return columns.map((column, i) => {
    const measures = plan.measures.filter((m) => deadlineBin(m.deadline).key === column.bin.key);
    return {
      params: { bin: column.bin.key },
      props: {
        bin: column.bin,
        count: measures.length,
        byTask: plan.tasks
          .map((task) => ({ task, measures: measures.filter((m) => m.task.no === task.no).sort((a, b) => a.id - b.id) }))
          .filter((group) => group.measures.length > 0),
        previous: columns[i - 1]?.bin,
        next: columns[i + 1]?.bin,
      },
    };
  });
}
