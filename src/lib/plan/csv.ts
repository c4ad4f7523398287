/** A value as one CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Named columns, each read from a row. */
export type CsvColumns<T> = [string, (row: T) => string | number | boolean | null][];

/**
 * A CSV file for spreadsheets: header line, CRLF line ends, and a byte-order mark, because
 * spreadsheet programs otherwise open UTF-8 Chinese as mojibake.
 */
export function toCsv<T>(columns: CsvColumns<T>, rows: readonly T[]): string {
  const lines = [columns.map(([name]) => name), ...rows.map((row) => columns.map(([, read]) => field(read(row))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
