import type { Measure } from './schema.ts';

export interface GroupCount {
  /** The working group's name as the measures give it. */
  group: string;
  /** Ids of the given measures in this group, ascending. */
  measures: number[];
}

/** Which working groups a set of measures falls under, most measures first, ties in document order. */
export function workingGroupCounts(measures: readonly Measure[]): GroupCount[] {
  const groups = new Map<string, number[]>();
  for (const measure of [...measures].sort((a, b) => a.id - b.id)) {
    groups.set(measure.group, [...(groups.get(measure.group) ?? []), measure.id]);
  }
  return [...groups].map(([group, ids]) => ({ group, measures: ids })).sort((a, b) => b.measures.length - a.measures.length);
}
