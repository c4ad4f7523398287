/** A cell's value for sorting: counts compare as numbers, names as Chinese text. */
export type SortValue = number | string;

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The order to show rows in when sorted by one column: indices into `values`. Numbers sort
 * largest first when descending (the usual question is "who does the most"); equal values keep
 * their original order, so sorting never shuffles ties.
 */
export function sortOrder(values: readonly SortValue[], direction: 'ascending' | 'descending'): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: SortValue, b: SortValue) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return values.map((value, index) => ({ value, index })).sort((a, b) => sign * compare(a.value, b.value) || a.index - b.index).map((r) => r.index);
}
