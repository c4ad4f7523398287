import { fill } from '../i18n/template.ts';
import type { DeadlineBin } from './deadlineBin.ts';

/** The wording of bin labels, from the UI dictionary (so each edition brings its own script). */
export interface BinWords {
  /** A month's end in the plan's own year: `{month}月底`. */
  monthEnd: string;
  /** A month's end in another year: `{year}年{month}月底`. */
  monthEndOfYear: string;
  completed: string;
  ongoing: string;
}

/**
 * How a bin is named on the page: as the plan writes deadlines, a month's end and never a
 * precise day ("8月底", not "8月31日"). The year is only spelt out when it is not the
 * plan's own year, as the document itself does ("2018年3月底" in a 2017 plan).
 */
export function binLabel(bin: DeadlineBin, planYear: number, words: BinWords): string {
  switch (bin.kind) {
    case 'completed':
      return words.completed;
    case 'ongoing':
      return words.ongoing;
    case 'month':
      return bin.year === planYear ? fill(words.monthEnd, { month: bin.month }) : fill(words.monthEndOfYear, { year: bin.year, month: bin.month });
  }
}

/** A month's end with its year always spelt out ("2017年8月底"), for a page that must be clear on its own. */
export function binLabelWithYear(bin: DeadlineBin, words: BinWords): string {
  return bin.kind === 'month' ? fill(words.monthEndOfYear, { year: bin.year, month: bin.month }) : binLabel(bin, Number.NaN, words);
}
