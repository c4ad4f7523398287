import type { SiteMeasure, SitePlan, SiteTask } from '../model/siteModel.ts';
import { deadlineBin, type DeadlineBin } from '../timeline/deadlineBin.ts';
import { timelineColumns } from '../timeline/timelineColumns.ts';

export interface DeadlinePageProps {
  bin: DeadlineBin;
  /** How many measures fall in the bin. */
  count: number;
  /** The bin's measures under their tasks, in task order; tasks with none are left out. */
  byTask: { task: SiteTask; measures: SiteMeasure[] }[];
  /** The neighbouring bins that have pages, for the pager. */
  previous: DeadlineBin | undefined;
  next: DeadlineBin | undefined;
}

/**
 * One page per deadline that some measure has (/deadlines/2017-08/, /deadlines/completed/,
 * /deadlines/ongoing/): months with nothing due get no page, so every link to one resolves.
 * The model's tasks hold their measures in document order already.
 */
export function deadlinePaths(model: Pick<SitePlan, 'measures' | 'tasks'>): { params: { bin: string }; props: DeadlinePageProps }[] {
  const columns = timelineColumns(model.measures).filter((column) => column.ids.length > 0);
  return columns.map((column, i) => {
    const due = (m: SiteMeasure) => deadlineBin(m.deadline).key === column.bin.key;
    return {
      params: { bin: column.bin.key },
      props: {
        bin: column.bin,
        count: column.ids.length,
        byTask: model.tasks.map((task) => ({ task, measures: task.measures.filter(due) })).filter((group) => group.measures.length > 0),
        previous: columns[i - 1]?.bin,
        next: columns[i + 1]?.bin,
      },
    };
  });
}
