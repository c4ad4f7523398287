import type { Side } from '../plan/schema.ts';
import type { SearchState } from './searchState.ts';

/** A department the query names (a result whose name matches it). */
export interface NamedDepartment {
  slug: string;
  side: Side;
}

/** Pagefind's filter object: keys to values, combined with `any`, `not` (compound filters). */
export type PagefindFilter = { [key: string]: string | { any: string[] } | PagefindFilter | PagefindFilter[] };

export interface FilterPlan {
  filters: PagefindFilter;
  /** True when the reader asked for a role but the query names no department to take it. */
  roleIgnored: boolean;
}

const isSide = (value: string | undefined): value is Side => value === 'municipal' || value === 'district';

/**
 * The Pagefind filters for a search. Task, area, group and month filter every page directly.
 * Side and role are about departments, so they apply to the departments the query names:
 *   - role (lead / support): measures those departments lead, or support;
 *   - side alone: those departments on that side, and the measures they take part in;
 *   - side with a query that names no department: every page of that side.
 * A role needs a named department; without one it is dropped and reported.
 */
export function pagefindFilters(state: SearchState, named: readonly NamedDepartment[]): FilterPlan {
  const { plan, task, area, group, month, side, role } = state.filters;
  const filters: PagefindFilter = {};
  if (plan) filters['plan'] = plan;
  if (task) filters['task'] = task;
  if (area) filters['area'] = area;
  if (group) filters['group'] = group;
  if (month) filters['month'] = month;

  const onSide = isSide(side) ? named.filter((d) => d.side === side) : [...named];
  const slugs = onSide.map((d) => d.slug);
  const wantsRole = role === 'lead' || role === 'support';
  if (wantsRole && named.length > 0) {
    filters[role] = { any: slugs.length > 0 ? slugs : ['-'] };
  } else if (isSide(side)) {
    if (named.length === 0) filters['side'] = side;
    else filters['any'] = [{ kind: 'department', side }, { lead: { any: slugs.length > 0 ? slugs : ['-'] } }, { support: { any: slugs.length > 0 ? slugs : ['-'] } }];
  }
  return { filters, roleIgnored: wantsRole && named.length === 0 };
}
