import { departmentInvolvement, type Involvement } from '../plan/departmentInvolvement.ts';
import { groupMeasures, type TaskMeasures } from '../plan/groupMeasures.ts';
import type { Measure } from '../plan/schema.ts';
import type { SitePlan } from '../site/getPlan.ts';

/** How many bodies a task, area or group page lists as most involved. */
export const INVOLVED_LIMIT = 10;

export type HeadingPlan = Pick<SitePlan, 'measures' | 'tasks' | 'areas' | 'groups'>;

/** What every page about a set of measures (a task, an area, a working group) shows. */
export interface HeadingPageProps {
  /** The page's measures under their task and area. */
  grouped: TaskMeasures[];
  /** How many measures the page holds. */
  count: number;
  /** The bodies most involved in them. */
  involved: Involvement[];
}

/** The props of a page about the measures `keep` selects. */
export function headingPageProps(plan: HeadingPlan, keep: (measure: Measure) => boolean): HeadingPageProps {
  const measures = plan.measures.filter(keep);
  return {
    grouped: groupMeasures(measures, plan.tasks, plan.areas),
    count: measures.length,
    involved: departmentInvolvement(measures).slice(0, INVOLVED_LIMIT),
  };
}
