/**
 * A Markdown table with each column padded to its widest cell, so it reads in a terminal and
 * pastes into a note as is. Numbers are right-aligned.
 */
export function formatTable(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  // Chinese characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);
  const widths = headers.map((_, column) => Math.max(3, ...cells.map((row) => width(row[column] ?? ''))));
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const pad = (text: string, column: number) => {
    const fill = ' '.repeat(widths[column]! - width(text));
    return numeric[column] ? fill + text : text + fill;
  };
  const line = (row: string[]) => `| ${row.map((cell, column) => pad(cell, column)).join(' | ')} |`;
  const rule = `|${widths.map((w, column) => (numeric[column] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map((row) => line(row.map(String)))].join('\n');
}
