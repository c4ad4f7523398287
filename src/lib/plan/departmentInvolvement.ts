import type { SiteDepartment, SiteMeasure } from '../model/siteModel.ts';

export interface Involvement {
  department: SiteDepartment;
  /** Measures among those given that this body is listed first on (its side's lead role). */
  lead: SiteMeasure[];
  /** Measures among those given that it is listed after the first on. */
  support: SiteMeasure[];
}

/**
 * Who carries a set of measures (a task's, an area's, a working group's): every body named,
 * with the measures it leads and supports, most involved first (total, then leads), ties in the
 * order the measures (given in document order) first name them.
 */
export function departmentInvolvement(measures: readonly SiteMeasure[]): Involvement[] {
  const bodies = new Map<SiteDepartment, Involvement>();
  for (const assignment of measures.flatMap((m) => m.assignments)) {
    const body = bodies.get(assignment.department) ?? { department: assignment.department, lead: [], support: [] };
    body[assignment.role].push(assignment.measure);
    bodies.set(assignment.department, body);
  }
  const total = (b: Involvement) => b.lead.length + b.support.length;
  // Array.prototype.sort is stable: equal bodies keep the order they were first named in.
  return [...bodies.values()].sort((a, b) => total(b) - total(a) || b.lead.length - a.lead.length);
}
