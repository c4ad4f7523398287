/**
 * The status layer of the timeline and the network: what each measure's mark shows (its part of
 * the counts, a one-character text mark beside the colour, and the words its accessible name
 * gains), the legend, and the layer's switch in the URL (`?progress=off`; on by default). Pure:
 * the charts render the entries, the <status-layer> element only flips the switch.
 */
import { fill } from '../i18n/template.ts';
import type { Ui } from '../i18n/ui.ts';
import type { PlanProgress } from './measureProgress.ts';
import { COUNT_ORDER, type CountKey } from './progressCounts.ts';

export interface StatusLayerEntry {
  /** The part of the counts it is under: 逾期 when overdue, its status otherwise. */
  readonly part: CountKey;
  /** The text mark drawn beside the colour: 完, 进, 逾… */
  readonly mark: string;
  /** Its status in words (推进中，逾期), for its accessible name and card. */
  readonly label: string;
}

export type StatusLayer = ReadonlyMap<number, StatusLayerEntry>;

/** The layer's words, from the edition's ui.progress. */
export type StatusLayerWords = Pick<Ui['progress'], 'status'> & { readonly layer: Pick<Ui['progress']['layer'], 'marks' | 'overdueStatus' | 'markLabel'> };

/** Every given measure's entry, from its plan's progress. */
export function statusLayer(progress: PlanProgress, ids: readonly number[], words: StatusLayerWords): StatusLayer {
  return new Map(
    ids.map((id) => {
      const p = progress.measure(id);
      const part: CountKey = p.overdue ? 'overdue' : p.statusKey;
      const status = words.status[p.statusKey];
      return [id, { part, mark: words.layer.marks[part], label: p.overdue ? fill(words.layer.overdueStatus, { status }) : status }];
    }),
  );
}

/** A mark's accessible name with its status added. */
export function withStatus(label: string, entry: StatusLayerEntry | undefined, words: StatusLayerWords): string {
  return entry ? fill(words.layer.markLabel, { label, status: entry.label }) : label;
}

/** The legend: each part the layer can show, in the counts' order, with its mark and word. */
export function layerLegend(words: StatusLayerWords): { part: CountKey; mark: string; word: string }[] {
  return COUNT_ORDER.map((part) => ({ part, mark: words.layer.marks[part], word: words.status[part] }));
}

/** The attributes of a mark in HTML (the timeline): its part and its text mark, which CSS draws. */
export function statusAttributes(entry: StatusLayerEntry | undefined): Record<string, string> {
  return entry ? { 'data-part': entry.part, 'data-mark': entry.mark } : {};
}

/** The URL parameter that switches the layer off. */
export const LAYER_PARAM = 'progress';

/** Whether a query string leaves the layer on (it is, unless `progress=off`). */
export function layerOn(search: string): boolean {
  return new URLSearchParams(search).get(LAYER_PARAM) !== 'off';
}

/** A query string with the layer's switch set, every other parameter kept as it was. */
export function withLayer(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.delete(LAYER_PARAM);
  else params.set(LAYER_PARAM, 'off');
  const text = params.toString();
  return text ? `?${text}` : '';
}
