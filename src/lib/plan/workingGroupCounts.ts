import type { SiteGroup, SiteMeasure } from '../model/siteModel.ts';

export interface GroupCount {
  group: SiteGroup;
  /** The given measures in this group, in document order. */
  measures: SiteMeasure[];
}

/** Which working groups a set of measures (in document order) falls under, most measures first, ties in document order. */
export function workingGroupCounts(measures: readonly SiteMeasure[]): GroupCount[] {
  const groups = new Map<SiteGroup, SiteMeasure[]>();
  for (const measure of measures) groups.set(measure.group, [...(groups.get(measure.group) ?? []), measure]);
  return [...groups].map(([group, list]) => ({ group, measures: list })).sort((a, b) => b.measures.length - a.measures.length);
}
