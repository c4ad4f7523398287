import type { Area, Measure, Task } from './schema.ts';

export interface AreaMeasures {
  area: Area;
  /** The area's measures, in document order. */
  measures: Measure[];
}

export interface TaskMeasures {
  task: Task;
  /** The task's areas that hold at least one of the measures, in document order. */
  areas: AreaMeasures[];
}

/**
 * Measures under their task and area, the way the document prints them. Headings none of the
 * given measures fall under are left out, so a subset (one group's measures) groups cleanly.
 */
export function groupMeasures(measures: readonly Measure[], tasks: readonly Task[], areas: readonly Area[]): TaskMeasures[] {
  const sorted = [...measures].sort((a, b) => a.id - b.id);
  return [...tasks]
    .sort((a, b) => a.no - b.no)
    .map((task) => ({
      task,
      areas: areas
        .filter((area) => area.task === task.no)
        .sort((a, b) => a.no - b.no)
        .map((area) => ({ area, measures: sorted.filter((m) => m.area.no === area.no) }))
        .filter((group) => group.measures.length > 0),
    }))
    .filter((group) => group.areas.length > 0);
}
