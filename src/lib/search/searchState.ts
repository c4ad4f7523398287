/** Filters a reader can set on the search page; each is one URL parameter. */
export const STATE_FILTERS = ['plan', 'task', 'area', 'group', 'month', 'side', 'role'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** Everything a search link holds: `/search/?q=工商局&side=district&role=lead`. */
export interface SearchState {
  q: string;
  filters: Partial<Record<StateFilter, string>>;
}

/** The search a URL's query string describes; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of STATE_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a search, `?q=…&task=…`, leaving out what is empty; "" for no search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const key of STATE_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
