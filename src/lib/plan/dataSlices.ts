import type { Department, Measure, Side } from './schema.ts';

interface DepartmentRef {
  slug: string;
  name: string;
  side: Side;
  role: 'lead' | 'support';
}

/** A measure with its departments resolved to slugs: /data/measures/<id>.json. */
export function measureSlice(measure: Measure, departmentOf: (side: Side, name: string) => Department): Measure & { departments: DepartmentRef[] } {
  const departments = (['municipal', 'district'] as const).flatMap((side) =>
    measure[side].map((name, i): DepartmentRef => ({ slug: departmentOf(side, name).slug, name, side, role: i === 0 ? 'lead' : 'support' })),
  );
  return { ...measure, departments };
}

/** A department with the full text of every measure it is on: /data/departments/<slug>.json. */
export function departmentSlice(department: Department, measureOf: (id: number) => Measure): Department & { measures: { lead: Measure[]; support: Measure[] } } {
  return { ...department, measures: { lead: department.lead.map(measureOf), support: department.support.map(measureOf) } };
}
