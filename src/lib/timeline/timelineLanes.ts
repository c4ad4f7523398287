import type { Plan, Side } from '../plan/schema.ts';

/** How the timeline's rows are cut: by main task, by municipal working group, or by lead department. */
export const LANE_MODES = ['task', 'group', 'lead'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** One row of the timeline. */
export interface TimelineLane {
  /** Unique within its mode: the task's ordinal, or the group's or department's slug. */
  key: string;
  /** The name as the data gives it (convert it for the Traditional edition). */
  name: string;
  /** The reading page of what the lane stands for, as a site path. */
  path: string;
  /** For task lanes, the task's ordinal (一、二…). */
  no?: number;
  /** For lead-department lanes, the department's side. */
  side?: Side;
  /** Measure numbers in the lane, ascending. */
  ids: number[];
}

/**
 * The lanes of one mode, in the document's order. A measure has exactly one task and one
 * working group, but up to two lead departments (the first named on each side), so in
 * `lead` mode it appears in both its leads' lanes. Lanes with no measure are left out.
 */
export function timelineLanes(plan: Pick<Plan, 'tasks' | 'groups' | 'departments' | 'measures'>, mode: LaneMode): TimelineLane[] {
  const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const lanes: TimelineLane[] =
    mode === 'task'
      ? plan.tasks.map((task) => ({
          key: String(task.no),
          name: task.title,
          path: `/tasks/${task.no}/`,
          no: task.no,
          ids: ascending(plan.measures.filter((m) => m.task.no === task.no).map((m) => m.id)),
        }))
      : mode === 'group'
        ? plan.groups.map((group) => ({
            key: group.slug,
            name: group.name,
            path: `/groups/${group.slug}/`,
            ids: ascending(plan.measures.filter((m) => m.group === group.name).map((m) => m.id)),
          }))
        : plan.departments.map((department) => ({
            key: department.slug,
            name: department.name,
            path: `/departments/${department.slug}/`,
            side: department.side,
            ids: ascending(department.lead),
          }));
  return lanes.filter((lane) => lane.ids.length > 0);
}
