/**
 * How the search page answers a search, before asking Pagefind: a measure number goes straight
 * to that measure; the departments the query names (the shared name matcher over every form of
 * every name) are shown at once, in name-match order; Pagefind is then asked for the rest,
 * filtered as the reader chose, leaving out the pages already shown. Pure, so each rule is
 * unit-tested; the <site-search> element only carries it out.
 */
import { foldQuery, type QueryFold } from './matchNames.ts';
import { measureNumber } from './measureNumber.ts';
import { nameHits } from './nameHits.ts';
import { pagefindFilters, type NamedDepartment, type PagefindFilter } from './pagefindFilters.ts';
import type { SearchDepartment, SearchMeasure } from './searchPage.ts';
import type { SearchState } from './searchState.ts';

export interface SearchPlan {
  /** The measure the query names by number, shown first. */
  measure: SearchMeasure | null;
  /** The departments the query names, shown next, best match first. */
  departments: { department: SearchDepartment; whole: boolean }[];
  /** What to ask Pagefind: the query (null for filters only) and its filters. */
  query: string | null;
  filters: PagefindFilter;
  /** The reader chose a role, but the query names no department to take it. */
  roleIgnored: boolean;
}

export function planSearch(
  state: SearchState,
  data: { departments: readonly SearchDepartment[]; measures: readonly SearchMeasure[]; fold?: QueryFold },
): SearchPlan {
  const q = state.q.trim();
  const { task, area, group, month, side, role } = state.filters;
  const hits = nameHits(foldQuery(q, data.fold ?? []), data.departments, (d) => d.keys);
  const named: NamedDepartment[] = hits.map(({ item }) => ({ slug: item.slug, side: item.side }));
  const { filters, roleIgnored } = pagefindFilters(state, named);

  // Departments are filed under a side only: any other filter asks for measures.
  const departmentsShown = task || area || group || month || role ? [] : hits.filter(({ item }) => !side || item.side === side);
  const no = Object.keys(state.filters).length === 0 ? measureNumber(q, data.measures.length) : null;
  const measure = no === null ? null : (data.measures.find((m) => m.id === no) ?? null);

  const shown: PagefindFilter[] = [];
  if (departmentsShown.length > 0) shown.push({ department: { any: departmentsShown.map(({ item }) => item.slug) } });
  if (measure) shown.push({ measure: String(measure.id) });
  if (shown.length > 0) filters['not'] = shown.length === 1 ? shown[0]! : { any: shown };

  return {
    measure,
    departments: departmentsShown.map(({ item, strength }) => ({ department: item, whole: strength === 3 })),
    query: q === '' ? null : q,
    filters,
    roleIgnored,
  };
}
