import type { Department, Measure } from './schema.ts';

/**
 * The order departments are listed in everywhere (data files, tables): municipal before
 * district, then as the document first names them (by measure number, then place in the list).
 */
export function sortDepartments(departments: Department[], measures: readonly Measure[]): Department[] {
  const firstMention = new Map<string, number>();
  for (const measure of measures) {
    for (const side of ['municipal', 'district'] as const) {
      measure[side].forEach((name, position) => {
        const key = `${side}:${name}`;
        if (!firstMention.has(key)) firstMention.set(key, measure.id * 1000 + position);
      });
    }
  }
  const rank = (d: Department) => (d.side === 'municipal' ? 0 : 1e9) + (firstMention.get(`${d.side}:${d.name}`) ?? 0);
  return departments.sort((a, b) => rank(a) - rank(b));
}
