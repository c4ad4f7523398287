import type { SiteMeasure } from '../model/siteModel.ts';
import { departmentInvolvement, type Involvement } from '../plan/departmentInvolvement.ts';
import { groupMeasures, type TaskMeasures } from '../plan/groupMeasures.ts';

/** How many bodies a task, area or group page lists as most involved. */
export const INVOLVED_LIMIT = 10;

/** What every page about a set of measures (a task, an area, a working group) shows. */
export interface HeadingPageProps {
  /** The page's measures under their task and area. */
  grouped: TaskMeasures[];
  /** How many measures the page holds. */
  count: number;
  /** The bodies most involved in them. */
  involved: Involvement[];
}

/** The props of a page about these measures (a task's, area's or group's, in document order). */
export function headingPageProps(measures: readonly SiteMeasure[]): HeadingPageProps {
  return {
    grouped: groupMeasures(measures),
    count: measures.length,
    involved: departmentInvolvement(measures).slice(0, INVOLVED_LIMIT),
  };
}
