import type { SiteDepartment, SiteMeasure, SiteModel } from '../model/siteModel.ts';
import { departmentRecord, measureRecord, type DepartmentRecord, type MeasureRecord } from './openRecords.ts';
import type { Side } from './schema.ts';

interface DepartmentRef {
  slug: string;
  name: string;
  side: Side;
  role: 'lead' | 'support';
}

/** A measure's record with its departments as the model resolved them: /data/measures/<id>.json. */
export function measureSlice(measure: SiteMeasure): MeasureRecord & { departments: DepartmentRef[] } {
  const departments = measure.assignments.map((a): DepartmentRef => ({ slug: a.department.slug, name: a.department.name, side: a.side, role: a.role }));
  return { ...measureRecord(measure), departments };
}

/** A department's record with the full record of every measure it is on: /data/departments/<slug>.json. */
export function departmentSlice(department: SiteDepartment, model: Pick<SiteModel, 'several'>): DepartmentRecord & { measures: { lead: MeasureRecord[]; support: MeasureRecord[] } } {
  return { ...departmentRecord(department, model), measures: { lead: department.lead.map(measureRecord), support: department.support.map(measureRecord) } };
}
