import type { Department, Side } from '../plan/schema.ts';

/** The department a report names, as the site knows it. */
export interface ReportingDepartment {
  readonly slug: string;
  /** The name the site uses (the alias table's choice), whatever name the report wrote. */
  readonly name: string;
  readonly side: Side;
}

export type NameMatch =
  | { readonly department: ReportingDepartment }
  | { readonly ambiguous: readonly ReportingDepartment[] }
  | { readonly unknown: true; readonly suggestions: readonly string[] };

const SUGGESTIONS = 3;

/**
 * Finds the department a report's `by` names, as the parser resolves the seed's names: the
 * name the site uses, or one of the other names the alias table gives it (国际仲裁院 for
 * 珠海国际仲裁院). A report has no side column, so an alias that one side uses for one body
 * and the other side for another is ambiguous; the names the site uses are unique (the slugs
 * are). An unknown name gets suggestions: the names that contain it or that it contains.
 */
export function departmentNamer(departments: readonly Department[]): (name: string) => NameMatch {
  const refs = departments.map((d): ReportingDepartment => ({ slug: d.slug, name: d.name, side: d.side }));
  const byName = new Map(refs.map((ref) => [ref.name, ref]));
  const byAlias = new Map<string, ReportingDepartment[]>();
  departments.forEach((d, i) => {
    for (const alias of d.aliases) byAlias.set(alias, [...(byAlias.get(alias) ?? []), refs[i]!]);
  });
  return (name) => {
    const exact = byName.get(name);
    if (exact) return { department: exact };
    const aliased = byAlias.get(name) ?? [];
    if (aliased.length === 1) return { department: aliased[0]! };
    if (aliased.length > 1) return { ambiguous: aliased };
    const suggestions = refs.filter((ref) => ref.name.includes(name) || name.includes(ref.name)).slice(0, SUGGESTIONS).map((ref) => ref.name);
    return { unknown: true, suggestions };
  };
}
