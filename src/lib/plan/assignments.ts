import type { SiteAssignment } from '../model/siteModel.ts';
import { toCsv, type CsvColumns } from './csv.ts';
import type { Side } from './schema.ts';

/** One department's place on one measure, as assignments.csv publishes it: names, not objects. */
export interface Assignment {
  /** The slug of the measure's plan. */
  plan: string;
  measure: number;
  department: string;
  slug: string;
  side: Side;
  role: 'lead' | 'support';
  /** 1-based place in the measure's list on that side; 1 is the lead. */
  position: number;
}

/** The model's assignments (by measure, municipal side first, in list order) as published rows. */
export function assignmentRows(assignments: readonly SiteAssignment[]): Assignment[] {
  return assignments.map((a) => ({ plan: a.measure.plan.slug, measure: a.measure.id, department: a.department.name, slug: a.department.slug, side: a.side, role: a.role, position: a.position }));
}

export const ASSIGNMENTS_CSV_COLUMNS: CsvColumns<Assignment> = [
  ['plan', (a) => a.plan],
  ['measure', (a) => a.measure],
  ['department', (a) => a.department],
  ['slug', (a) => a.slug],
  ['side', (a) => a.side],
  ['role', (a) => a.role],
  ['position', (a) => a.position],
];

/** assignments.csv: one row per department-measure assignment. */
export function assignmentsCsv(rows: readonly Assignment[]): string {
  return toCsv(ASSIGNMENTS_CSV_COLUMNS, rows);
}
