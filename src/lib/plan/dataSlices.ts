import type { SiteDepartment, SiteMeasure } from '../model/siteModel.ts';
import type { Department, Measure, Side } from './schema.ts';

interface DepartmentRef {
  slug: string;
  name: string;
  side: Side;
  role: 'lead' | 'support';
}

/** A measure's record with its departments as the model resolved them: /data/measures/<id>.json. */
export function measureSlice(measure: SiteMeasure): Measure & { departments: DepartmentRef[] } {
  const departments = measure.assignments.map((a): DepartmentRef => ({ slug: a.department.slug, name: a.department.name, side: a.side, role: a.role }));
  return { ...measure.record, departments };
}

/** A department's record with the full record of every measure it is on: /data/departments/<slug>.json. */
export function departmentSlice(department: SiteDepartment): Department & { measures: { lead: Measure[]; support: Measure[] } } {
  return { ...department.record, measures: { lead: department.lead.map((m) => m.record), support: department.support.map((m) => m.record) } };
}
