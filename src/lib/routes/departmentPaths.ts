import type { CoWorker, PlanDuties, SiteDepartment, SiteMeasure, SiteModel } from '../model/siteModel.ts';
import { sortByDeadline } from '../plan/sortByDeadline.ts';
import { workingGroupCounts, type GroupCount } from '../plan/workingGroupCounts.ts';

/** How many partners a duty sheet names: enough to show who to call, short enough to print. */
export const PARTNER_LIMIT = 10;

export interface DepartmentPageProps {
  department: SiteDepartment;
  /** The measures it is listed first on, earliest deadline first. */
  lead: SiteMeasure[];
  /** The measures it is listed after the first on, earliest deadline first. */
  support: SiteMeasure[];
  groups: GroupCount[];
  partners: readonly CoWorker[];
  /** Plan by plan (in the site's plan order), what it is first on and what it supports, earliest deadline first. */
  duties: { duties: PlanDuties; lead: SiteMeasure[]; support: SiteMeasure[] }[];
}

/** One duty sheet per department (/departments/<slug>/). */
export function departmentPaths(model: Pick<SiteModel, 'departments'>): { params: { slug: string }; props: DepartmentPageProps }[] {
  return model.departments.map((department) => ({
    params: { slug: department.slug },
    props: {
      department,
      lead: sortByDeadline(department.lead),
      support: sortByDeadline(department.support),
      groups: workingGroupCounts(department.assignments.map((a) => a.measure)),
      partners: department.coWorkers.slice(0, PARTNER_LIMIT),
      duties: department.duties.map((duties) => ({ duties, lead: sortByDeadline(duties.lead), support: sortByDeadline(duties.support) })),
    },
  }));
}
