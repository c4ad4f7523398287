import type { DeadlineBin } from './deadlineBin.ts';

/** The wording of bin labels, from the UI dictionary (so each edition brings its own script). */
export interface BinWords {
  /** A month's end in the plan's own year: `8月底`. */
  monthEnd: (month: number) => string;
  /** A month's end in another year: `2018年3月底`. */
  monthEndOfYear: (year: number, month: number) => string;
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
      return bin.year === planYear ? words.monthEnd(bin.month) : words.monthEndOfYear(bin.year, bin.month);
  }
}
