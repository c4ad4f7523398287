/**
 * Where a measure stands on the source page (/source/): one fragment scheme for the page that
 * sets the ids and every link that points at them. Pure, beside paths.ts: a link is
 * `paths.page(sitePaths.source()) + '#' + sourceAnchor(measure)`, or sourceHref(paths, measure).
 */
import type { Paths, PlanScope } from './paths.ts';

/** The id of a measure's row on the source page: "m-12". */
export function sourceAnchor(measure: { readonly id: number }): string {
  return `m-${measure.id}`;
}

/** The id of a source table: "table-3" for the document's third table. */
export function sourceTableAnchor(table: { readonly no: number }): string {
  return `table-${table.no}`;
}

/** The id of a row that holds no measure (a valid seed has none): "row-<seed order>-<line>". */
export function sourceLineAnchor(order: number, line: number): string {
  return `row-${order}-${line}`;
}

/** The link to a measure's row on the source page, in the edition of `paths`. */
export function sourceHref(paths: Pick<Paths, 'source'>, measure: { readonly id: number; readonly plan: PlanScope }): string {
  return `${paths.source(measure.plan)}#${sourceAnchor(measure)}`;
}
