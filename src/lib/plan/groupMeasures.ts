import type { SiteArea, SiteMeasure, SiteTask } from '../model/siteModel.ts';

export interface AreaMeasures {
  area: SiteArea;
  /** The area's measures among those given, in document order. */
  measures: SiteMeasure[];
}

export interface TaskMeasures {
  task: SiteTask;
  /** The task's areas that hold at least one of the measures, in document order. */
  areas: AreaMeasures[];
}

/**
 * Measures (in document order, as the model holds them) under their task and area, the way
 * the document prints them. Headings none of the given measures fall under are left out, so a
 * subset (one group's measures) groups cleanly.
 */
export function groupMeasures(measures: readonly SiteMeasure[]): TaskMeasures[] {
  const grouped: TaskMeasures[] = [];
  for (const measure of measures) {
    let task = grouped.at(-1);
    if (task?.task !== measure.task) grouped.push((task = { task: measure.task, areas: [] }));
    let area = task.areas.at(-1);
    if (area?.area !== measure.area) task.areas.push((area = { area: measure.area, measures: [] }));
    area.measures.push(measure);
  }
  return grouped;
}
