import { dutiesIn } from '../model/dutiesIn.ts';
import type { SiteDepartment, SiteGroup, SitePlan, SiteTask } from '../model/siteModel.ts';
import type { Side } from '../plan/schema.ts';

/**
 * How the timeline's rows are cut: by main task, by municipal working group, or by the
 * department listed first on each side (主要支持指导部门 on the municipal side, 牵头 on the
 * Hengqin side). The one definition of the modes: the page, the view model and the browser
 * element all import it.
 */
export const LANE_MODES = ['task', 'group', 'lead'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export function isLaneMode(value: unknown): value is LaneMode {
  return LANE_MODES.includes(value as LaneMode);
}

/** What a lane stands for; the page asks `paths` for its URL. */
export type LaneSubject =
  | { readonly kind: 'task'; readonly task: SiteTask }
  | { readonly kind: 'group'; readonly group: SiteGroup }
  | { readonly kind: 'department'; readonly department: SiteDepartment };

/** One row of the timeline. */
export interface TimelineLane {
  /** Unique within its mode: the task's number, or the group's or department's slug. */
  key: string;
  subject: LaneSubject;
  /** For department lanes, the department's side (the lanes come municipal first). */
  side?: Side;
  /** Measure numbers in the lane, ascending. */
  ids: number[];
}

const idsOf = (measures: readonly { id: number }[]) => measures.map((m) => m.id);

/**
 * The lanes of one mode, in the document's order. A measure has exactly one task and one
 * working group, but up to two first-listed departments (one per side), so in `lead` mode it
 * appears in both their lanes. Lanes with no measure are left out.
 */
export function timelineLanes(model: Pick<SitePlan, 'slug' | 'tasks' | 'groups' | 'departments'>, mode: LaneMode): TimelineLane[] {
  const lanes: TimelineLane[] =
    mode === 'task' ? model.tasks.map((task) => ({ key: String(task.no), subject: { kind: 'task', task }, ids: idsOf(task.measures) }))
    : mode === 'group' ? model.groups.map((group) => ({ key: group.slug, subject: { kind: 'group', group }, ids: idsOf(group.measures) }))
    : model.departments.map((department) => ({ key: department.slug, subject: { kind: 'department', department }, side: department.side, ids: idsOf(dutiesIn(department, model).lead) }));
  return lanes.filter((lane) => lane.ids.length > 0);
}
