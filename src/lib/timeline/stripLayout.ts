/**
 * The department strip's sizes, from its counts: how many marks sit side by side in each
 * deadline's column, and how wide the strip must be to read as a table of columns. Below that
 * width the strip reads as rows, one per deadline, so it never scrolls sideways.
 */

/** Rows of marks the fuller role of a column may take before the column widens. */
export const STRIP_MARK_ROWS = 3;
/** Marks a column always has room for side by side, so a few marks never stack one per line. */
export const STRIP_MIN_ACROSS = 3;
/** A mark with its margins, in rem (DeadlineStrip's CSS: 1.75rem + 2 × 0.125rem). */
export const STRIP_MARK = 2;
/** A column's padding, and the least a column takes for its label ("11月底"), in rem. */
export const STRIP_COLUMN_PAD = 1;
export const STRIP_COLUMN_MIN = 4;
/** The text size of the strip (var(--text-sm)) in rem, for the role labels' column. */
const LABEL_EM = 0.875;

export interface StripLayout {
  /** Marks side by side per column. */
  across: number[];
  /** The least width, in rem, at which every column fits side by side. */
  need: number;
}

/**
 * `counts` holds each column's [listed first, listed after] counts; `labelChars` the length
 * of the longest role label (主要支持指导 is six characters, 牵头 two).
 */
export function stripLayout(counts: readonly (readonly [number, number])[], labelChars: number): StripLayout {
  const across = counts.map(([led, supported]) => {
    const fuller = Math.max(led, supported);
    return Math.max(1, Math.min(fuller, Math.max(STRIP_MIN_ACROSS, Math.ceil(fuller / STRIP_MARK_ROWS))));
  });
  const columns = across.reduce((sum, n) => sum + Math.max(STRIP_COLUMN_MIN, n * STRIP_MARK + STRIP_COLUMN_PAD), 0);
  // The keys column: a key square, a gap and the label, with the cell's padding.
  const keys = 1.5 + labelChars * LABEL_EM + STRIP_COLUMN_PAD;
  return { across, need: Math.ceil(keys + columns) };
}
