/**
 * Where everything stands on a reporting sheet: one definition that the writer lays the sheet
 * out by and the reader reads it back by, so the two cannot drift apart.
 */

/** Marks a workbook as one `npm run progress -- sheet` wrote, in its hidden meta sheet. */
export const SHEET_FORMAT = 'progress-reporting-sheet';
/** Raised when the layout changes in a way an older sheet cannot be read by. */
export const SHEET_VERSION = 1;
/** The hidden sheet that holds what the reader must know: format, version, department, layout. */
export const META_SHEET = 'meta';

export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_ROW = 4;

export type ColumnKey = 'plan' | 'measure' | 'text' | 'role' | 'deadline' | 'current' | 'status' | 'date' | 'note' | 'evidenceTitle' | 'evidenceUrl' | 'key';

export interface SheetColumn {
  readonly key: ColumnKey;
  /** In characters of the default font; a Chinese character takes two. */
  readonly width: number;
  /** Whether the department fills it in (unlocked, white); the others are the plan's, locked. */
  readonly fill: boolean;
  /** Wraps its text over several lines. */
  readonly wrap: boolean;
  /** The row's key (plan and measure), which the reader trusts over what a person may have moved: hidden. */
  readonly hidden?: boolean;
}

/**
 * Left to right: what the plan says (locked), then what the department fills in. Widths add up
 * to what A4 landscape prints at a readable scale (about 80 %) when the sheet is fitted to the
 * page's width.
 */
export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: 'plan', width: 12, fill: false, wrap: true },
  { key: 'measure', width: 6, fill: false, wrap: false },
  { key: 'text', width: 40, fill: false, wrap: true },
  { key: 'role', width: 10, fill: false, wrap: true },
  { key: 'deadline', width: 10, fill: false, wrap: true },
  { key: 'current', width: 14, fill: false, wrap: true },
  { key: 'status', width: 10, fill: true, wrap: false },
  { key: 'date', width: 11, fill: true, wrap: false },
  { key: 'note', width: 30, fill: true, wrap: true },
  { key: 'evidenceTitle', width: 20, fill: true, wrap: true },
  { key: 'evidenceUrl', width: 24, fill: true, wrap: true },
  { key: 'key', width: 12, fill: false, wrap: false, hidden: true },
];

export const FILL_COLUMNS: readonly ColumnKey[] = SHEET_COLUMNS.filter((c) => c.fill).map((c) => c.key);

/** The column letter of a key: `status` is G. */
export function columnLetter(key: ColumnKey): string {
  const index = SHEET_COLUMNS.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no sheet column ${key}`);
  return String.fromCharCode('A'.charCodeAt(0) + index);
}

/** The last visible column's letter: where the title and note rows end. */
export const LAST_VISIBLE = columnLetter(SHEET_COLUMNS.filter((c) => !c.hidden).at(-1)!.key);

/** A row's key in the hidden column: the plan's slug and the measure's number. */
export function rowKey(plan: string, measure: number): string {
  return `${plan}:${measure}`;
}

export function readRowKey(text: string): { plan: string; measure: number } | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):([1-9]\d*)$/u.exec(text);
  return match ? { plan: match[1]!, measure: Number(match[2]) } : null;
}

/** The meta sheet's entries, one a row: key in column A, value in B. */
export interface SheetMeta {
  readonly format: string;
  readonly version: number;
  /** The department's slug. */
  readonly department: string;
  /** The name of the sheet to fill in. */
  readonly sheet: string;
  /** The last row of the table (the first is FIRST_ROW). */
  readonly lastRow: number;
}
