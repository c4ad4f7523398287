import type { SiteMeasure, SiteTask } from '../model/siteModel.ts';
import type { Deadline } from '../plan/schema.ts';
import { deadlineBin, type DeadlineBin } from '../timeline/deadlineBin.ts';
import { timelineColumns } from '../timeline/timelineColumns.ts';

type DueMeasure = { id: number; deadline: Deadline; task: { no: number } };

export interface DeadlinePageProps<M extends DueMeasure = SiteMeasure, T extends { no: number } = SiteTask> {
  bin: DeadlineBin;
  /** How many measures fall in the bin. */
  count: number;
  /** The bin's measures under their tasks, in task order; tasks with none are left out. */
  byTask: { task: T; measures: M[] }[];
  /** The neighbouring bins that have pages, for the pager. */
  previous: DeadlineBin | undefined;
  next: DeadlineBin | undefined;
}

/**
 * One page per deadline that some measure has (/deadlines/2017-08/, /deadlines/completed/,
 * /deadlines/ongoing/): months with nothing due get no page, so every link to one resolves.
 * Measures and tasks arrive in document order (the site model's); nothing is re-sorted.
 */
export function deadlinePaths<M extends DueMeasure, T extends { no: number }>(plan: {
  measures: readonly M[];
  tasks: readonly T[];
}): { params: { bin: string }; props: DeadlinePageProps<M, T> }[] {
  const columns = timelineColumns(plan.measures).filter((column) => column.ids.length > 0);
  return columns.map((column, i) => {
    const measures = plan.measures.filter((m) => deadlineBin(m.deadline).key === column.bin.key);
    return {
      params: { bin: column.bin.key },
      props: {
        bin: column.bin,
        count: measures.length,
        byTask: plan.tasks.map((task) => ({ task, measures: measures.filter((m) => m.task.no === task.no) })).filter((group) => group.measures.length > 0),
        previous: columns[i - 1]?.bin,
        next: columns[i + 1]?.bin,
      },
    };
  });
}
