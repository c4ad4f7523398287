import type { Measure, Side } from './schema.ts';

export interface Involvement {
  side: Side;
  name: string;
  /** Measures among those given that this body leads (first on its side). */
  lead: number[];
  /** Measures among those given that it supports or cooperates on. */
  support: number[];
}

/**
 * Who carries a set of measures (a task's, an area's, a working group's): every body named,
 * with the measures it leads and supports, most involved first (total, then leads), ties in the
 * order the document first names them.
 */
export function departmentInvolvement(measures: readonly Measure[]): Involvement[] {
  const bodies = new Map<string, Involvement>();
  for (const measure of [...measures].sort((a, b) => a.id - b.id)) {
    for (const side of ['municipal', 'district'] as const) {
      measure[side].forEach((name, position) => {
        const key = `${side}:${name}`;
        const body = bodies.get(key) ?? { side, name, lead: [], support: [] };
        const list = position === 0 ? body.lead : body.support;
        if (!list.includes(measure.id)) list.push(measure.id);
        bodies.set(key, body);
      });
    }
  }
  const total = (b: Involvement) => b.lead.length + b.support.length;
  return [...bodies.values()].sort((a, b) => total(b) - total(a) || b.lead.length - a.lead.length);
}
