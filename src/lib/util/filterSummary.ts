import { fill } from '../i18n/template.ts';

/** The words of a folded set of filters (ui.filters): its name, and its name with what is chosen. */
export interface FilterWords {
  label: string;
  /** Slots: {n} the number chosen, {list} their values. */
  active: string;
  listJoin: string;
}

/** Longest a chosen value is shown in the label before it is cut. */
const SHOWN = 10;

/**
 * The summary line of a filter disclosure: its name alone while nothing is chosen, else what
 * is chosen ("筛选（已选2项：法制建设组、市级）"), each value cut short so the line stays a
 * line or two on a phone. The fold then says what narrows the drawing without being opened.
 */
export function filterSummary(words: FilterWords, chosen: readonly string[]): string {
  const values = chosen.map((value) => value.trim()).filter(Boolean);
  if (values.length === 0) return words.label;
  const list = values.map((value) => ([...value].length > SHOWN ? `${[...value].slice(0, SHOWN).join('')}…` : value)).join(words.listJoin);
  return fill(words.active, { n: values.length, list });
}
