import { coAssignments, type CoAssignment } from '../plan/coAssignments.ts';
import type { Department, Measure } from '../plan/schema.ts';
import { sortByDeadline } from '../plan/sortByDeadline.ts';
import { workingGroupCounts, type GroupCount } from '../plan/workingGroupCounts.ts';
import type { SitePlan } from '../site/getPlan.ts';

/** How many partners a duty sheet names: enough to show who to call, short enough to print. */
export const PARTNER_LIMIT = 10;

export interface DepartmentPageProps {
  department: Department;
  /** The measures it leads, earliest deadline first. */
  lead: Measure[];
  /** The measures it supports, earliest deadline first. */
  support: Measure[];
  groups: GroupCount[];
  partners: CoAssignment[];
}

/** One duty sheet per department (/departments/<slug>/). */
export function departmentPaths(plan: Pick<SitePlan, 'measures' | 'departments'>): { params: { slug: string }; props: DepartmentPageProps }[] {
  const byId = new Map(plan.measures.map((m) => [m.id, m]));
  const pick = (ids: number[]) => ids.map((id) => byId.get(id)).filter((m): m is Measure => m !== undefined);
  return plan.departments.map((department) => {
    const lead = pick(department.lead);
    const support = pick(department.support);
    return {
      params: { slug: department.slug },
      props: {
        department,
        lead: sortByDeadline(lead),
        support: sortByDeadline(support),
        groups: workingGroupCounts([...lead, ...support]),
        partners: coAssignments(department, plan.measures).slice(0, PARTNER_LIMIT),
      },
    };
  });
}
