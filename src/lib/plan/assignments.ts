import { toCsv, type CsvColumns } from './csv.ts';
import type { Department, Measure, Side } from './schema.ts';

/** One department's place on one measure: the edge between them in the responsibility network. */
export interface Assignment {
  measure: number;
  department: string;
  slug: string;
  side: Side;
  role: 'lead' | 'support';
  /** 1-based place in the measure's list on that side; 1 is the lead. */
  position: number;
}

/** Every department-measure assignment, by measure, municipal side first, in list order. */
export function assignments(measures: readonly Measure[], departments: readonly Department[]): Assignment[] {
  const slugOf = new Map(departments.map((d) => [`${d.side}:${d.name}`, d.slug]));
  return measures.flatMap((measure) =>
    (['municipal', 'district'] as const).flatMap((side) =>
      measure[side].map((name, i) => {
        const slug = slugOf.get(`${side}:${name}`);
        if (slug === undefined) throw new Error(`measure ${measure.id} names "${name}" (${side}), which is not a department`);
        return { measure: measure.id, department: name, slug, side, role: i === 0 ? 'lead' : 'support', position: i + 1 } as const;
      }),
    ),
  );
}

export const ASSIGNMENTS_CSV_COLUMNS: CsvColumns<Assignment> = [
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
