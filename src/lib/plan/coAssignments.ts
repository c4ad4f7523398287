import type { Measure, Side } from './schema.ts';

export interface CoAssignment {
  side: Side;
  name: string;
  /** Ids of the measures both bodies are assigned to, ascending. */
  measures: number[];
}

const SIDES = ['municipal', 'district'] as const;

/**
 * The bodies a department shares measures with, most shared first. A body counts once per
 * measure whatever its role, on either side; ties keep the order in which the document first
 * pairs them, so the list is stable from build to build.
 */
export function coAssignments(department: { side: Side; name: string }, measures: readonly Measure[]): CoAssignment[] {
  const partners = new Map<string, CoAssignment>();
  for (const measure of [...measures].sort((a, b) => a.id - b.id)) {
    if (!measure[department.side].includes(department.name)) continue;
    for (const side of SIDES) {
      for (const name of new Set(measure[side])) {
        if (side === department.side && name === department.name) continue;
        const key = `${side}:${name}`;
        const partner = partners.get(key) ?? { side, name, measures: [] };
        partner.measures.push(measure.id);
        partners.set(key, partner);
      }
    }
  }
  // Array.prototype.sort is stable: equal counts stay in first-pairing order.
  return [...partners.values()].sort((a, b) => b.measures.length - a.measures.length);
}
