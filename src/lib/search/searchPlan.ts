/**
 * How the search page answers a search, before asking Pagefind: a measure number goes straight
 * to that measure; the departments the query names (the shared name matcher over every form of
 * every name) and the tasks, areas and working groups whose titles hold it are shown at once,
 * in match order; Pagefind is then asked for the rest, filtered as the reader chose, leaving
 * out the pages already shown, in two parts: the measures, which are about what they say and
 * who is on them, and the other pages, which it finds only in their lists of co-workers or of
 * measures (the names and titles that are about the query are all shown already), so these
 * fold into one line after the rest. Pure, so each rule is unit-tested; the <site-search>
 * element only carries it out.
 */
import { foldQuery, type QueryFold } from './matchNames.ts';
import { measureNumber } from './measureNumber.ts';
import { nameHits } from './nameHits.ts';
import { pagefindFilters, type NamedDepartment, type PagefindFilter } from './pagefindFilters.ts';
import type { SearchDepartment, SearchHeading, SearchMeasure } from './searchPage.ts';
import type { SearchState } from './searchState.ts';

export interface SearchPlan {
  /** The measure the query names by number, shown first. */
  measure: SearchMeasure | null;
  /** The departments the query names, shown next, best match first. */
  departments: { department: SearchDepartment; whole: boolean }[];
  /** The tasks, areas and working groups whose titles the query is in, shown after them. */
  headings: SearchHeading[];
  /** What to ask Pagefind: the query (null for filters only) and its filters. */
  query: string | null;
  filters: PagefindFilter;
  /** `filters` narrowed to measure pages, and to every other page: the two questions put to Pagefind. */
  measureFilters: PagefindFilter;
  otherFilters: PagefindFilter;
  /** The reader chose a role, but the query names no department to take it. */
  roleIgnored: boolean;
}

export function planSearch(
  state: SearchState,
  data: { departments: readonly SearchDepartment[]; measures: readonly SearchMeasure[]; headings?: readonly SearchHeading[]; fold?: QueryFold },
): SearchPlan {
  const q = state.q.trim();
  const { plan, task, area, group, month, side, role } = state.filters;
  const folded = foldQuery(q, data.fold ?? []);
  const hits = nameHits(folded, data.departments, (d) => d.keys);
  const named: NamedDepartment[] = hits.map(({ item }) => ({ slug: item.slug, side: item.side }));
  const { filters, roleIgnored } = pagefindFilters(state, named);

  // Departments are filed under a side only: any other filter asks for measures.
  const departmentsShown = plan || task || area || group || month || role ? [] : hits.filter(({ item }) => !side || item.side === side);
  // Heading pages are filed under no filter: any filter leaves them out.
  const headingsShown = Object.keys(state.filters).length > 0 ? [] : nameHits(folded, data.headings ?? [], (h) => h.keys).map(({ item }) => item);
  const no = Object.keys(state.filters).length === 0 ? measureNumber(q, data.measures.length) : null;
  const measure = no === null ? null : (data.measures.find((m) => m.id === no) ?? null);

  const shown: PagefindFilter[] = [];
  if (departmentsShown.length > 0) shown.push({ department: { any: departmentsShown.map(({ item }) => item.slug) } });
  if (headingsShown.length > 0) shown.push({ heading: { any: headingsShown.map((h) => h.key) } });
  if (measure) shown.push({ measure: measure.filter });
  if (shown.length > 0) filters['not'] = shown.length === 1 ? shown[0]! : { any: shown };

  return {
    measure,
    departments: departmentsShown.map(({ item, strength }) => ({ department: item, whole: strength === 3 })),
    headings: headingsShown,
    query: q === '' ? null : q,
    filters,
    measureFilters: { ...filters, kind: 'measure' },
    otherFilters: { ...filters, all: [{ not: { kind: 'measure' } }] },
    roleIgnored,
  };
}
