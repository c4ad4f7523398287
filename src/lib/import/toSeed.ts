/**
 * The importer's document (paragraphs and grids, whatever the format) as a seed: the Markdown
 * the parser reads (src/lib/seed/), with a front-matter block naming the original file and,
 * per measure row, where it stands in it. The rules are general, as the parser's are:
 *   - a table is a task table when some row holds a numbered measure ("12. …"); the rows above
 *     the first such row are its header, and a later row that reads as the header (repeated
 *     per page or per table) is read once;
 *   - columns are recognised by their content (recogniseColumns, as the parser does), so the
 *     file's column order and header wording do not matter; a column of bare numbers beside
 *     measures without numbers is read as their numbers;
 *   - a merged cell is given to every row it spans: the task and area cells stated on the first
 *     row of their span (the parser carries them down, as the seed has always written them),
 *     any other column repeated on every row;
 *   - a row without a measure number that follows a measure's row goes on with it;
 *   - a cell's lines are joined as Chinese is written; a department cell's lines (one name a
 *     line) with spaces, as the seed writes them;
 *   - a deadline a spreadsheet typed as a date is said in the document's words ("8月底",
 *     "2018年3月底") when it is a month's last day, and is an error naming the cell otherwise.
 * The title (the first paragraph with a year), the 说明 and the 附件 label above the first
 * table are kept; any other text outside the tables is left out, and the report says so.
 * Pure: document in, seed text and report out.
 */
import type { Root, RootContent, Table, TableRow } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document as YamlDocument, isMap, isPair } from 'yaml';
import { measureOrdinal } from '../seed/ordinal.ts';
import { recogniseColumns, ROLES, type Role } from '../seed/recogniseColumns.ts';
import { describeOrigin, type Grid, type GridCell, type GridRow, type ImportedDocument, type Origin } from './document.ts';
import { ImportError } from './ImportError.ts';
import { joinListLines, joinWrappedLines } from './text.ts';

/** The original file as the seed records it. */
export interface OriginalFile {
  /** Its file name, as it is kept beside the seed. */
  name: string;
  format: ImportedDocument['format'] | 'doc' | 'wps' | 'xls' | 'et';
  bytes: number;
  sha256: string;
}

export interface SeedDraft {
  /** The seed's Markdown, front matter first. */
  markdown: string;
  /** The origin of each measure row, by measure number. */
  origins: Map<number, Origin>;
  /** For each table row of the seed, in order: where it came from (maps a parser message back to the original). */
  rowOrigins: Origin[];
  /** What the report says. */
  tables: number;
  rows: number;
  decisions: string[];
}

/** Roles whose merged cells the parser carries down from the row that states them. */
const CARRIED: ReadonlySet<Role> = new Set(['task', 'area']);
/** Roles whose cells are lists of names, one a line. */
const LISTS: ReadonlySet<Role> = new Set(['municipal', 'district']);

const provisional = (cell: GridCell | undefined) => (cell ? (cell.value?.kind === 'date' ? cell.value.iso : cell.value ? String(cell.value.value) : joinListLines(cell.lines)) : '');
const isMeasure = (cell: GridCell | undefined) => measureOrdinal(joinWrappedLines(cell?.lines ?? [])) !== null;
const rowText = (row: GridRow) => row.cells.map(provisional).join('|');
/** A row of a measure: a cell opens with its number ("12. …"), or the row's first cell is a bare number (a 序号 column). */
const holdsMeasure = (row: GridRow) => row.cells.some(isMeasure) || /^\d+$/u.test(provisional(row.cells.find((cell) => provisional(cell) !== '')));

/** The last day of a month, or null. */
function monthEnd(iso: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === last ? { year, month } : null;
}

/**
 * Excel's day count as a date: in the 1900 date system for serial numbers past 1900's
 * leap-year bug (day 1 is 1900-01-01, counted from 1899-12-30 from day 61 on), in the 1904
 * system from 1904-01-01 (day 0); up to 9999-12-31 in either.
 */
function excelSerialDate(serial: number, date1904 = false): string | null {
  const [epoch, first, last] = date1904 ? [Date.UTC(1904, 0, 1), 0, 2957003] : [Date.UTC(1899, 11, 30), 61, 2958465];
  if (!Number.isInteger(serial) || serial < first || serial > last) return null;
  return new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A typed deadline in the document's words. */
function deadlineWords(file: string, cell: GridCell, planYear: number | null, where: string): string {
  const value = cell.value!;
  const iso = value.kind === 'date' ? value.iso : excelSerialDate(value.value, value.date1904);
  if (iso === null) {
    throw new ImportError(file, where, `the deadline is the number ${value.kind === 'number' ? value.value : ''}, which is neither a date nor words such as "8月底": type it as the document words it`);
  }
  const end = monthEnd(iso);
  if (!end) {
    throw new ImportError(file, where, `the deadline is the date ${iso}, which is not the last day of a month: the document's words for it ("8月底") cannot be told; type it as the document words it`);
  }
  return end.year === planYear ? `${end.month}月底` : `${end.year}年${end.month}月底`;
}

/** The first paragraph with a year ("2017年…"), as the parser reads the title. */
function titleYear(paragraphs: string[]): number | null {
  for (const text of paragraphs) {
    const year = /(\d{4})年/u.exec(text.replace(/\s+/gu, ''));
    if (year && !text.trim().startsWith('说明')) return Number(year[1]);
  }
  return null;
}

interface TaskTable {
  grid: Grid;
  header: GridRow[];
  body: GridRow[];
}

/** Splits a grid into header and body; null when no row holds a numbered measure. */
function taskTable(grid: Grid, decisions: string[]): TaskTable | null {
  const firstMeasure = grid.rows.findIndex(holdsMeasure);
  if (firstMeasure < 0) return null;
  const header = grid.rows.slice(0, firstMeasure);
  const headerTexts = new Set(header.map(rowText));
  const body: GridRow[] = [];
  for (const row of grid.rows.slice(firstMeasure)) {
    if (headerTexts.has(rowText(row))) {
      decisions.push(`${describeOrigin(row.origin)}: read the repeated header once`);
      continue;
    }
    if (row.cells.every((cell) => provisional(cell) === '')) continue;
    const previous = body.at(-1);
    if (previous && !holdsMeasure(row)) {
      // A row with no measure number goes on with the measure above it.
      row.cells.forEach((cell, col) => {
        const above = previous.cells[col];
        if (above && cell !== above) above.lines.push(...cell.lines);
      });
      decisions.push(`${describeOrigin(row.origin)}: a row without a measure number, joined to the row above (${describeOrigin(previous.origin)})`);
      continue;
    }
    body.push(row);
  }
  return { grid, header, body };
}

/**
 * Where a column of bare numbers (a 序号 column) stands beside measures that carry none, reads
 * them as the measures' numbers: each is put before the text of its row's measure, the column
 * whose cells are one per row and hold the longest text.
 */
function numberColumn(table: TaskTable, decisions: string[]): void {
  const width = Math.max(...table.body.map((row) => row.cells.length));
  const numbered = (col: number) => table.body.filter((row) => isMeasure(row.cells[col])).length;
  if ([...Array(width).keys()].some((col) => numbered(col) * 2 >= table.body.length)) return;
  const numbers = [...Array(width).keys()].find((col) => table.body.every((row) => /^\d+$/u.test(provisional(row.cells[col]))));
  if (numbers === undefined) return;
  const ownCells = (col: number) => table.body.every((row, i) => row.cells[col] !== table.body[i - 1]?.cells[col]);
  const meanLength = (col: number) => table.body.reduce((sum, row) => sum + provisional(row.cells[col]).length, 0) / table.body.length;
  const texts = [...Array(width).keys()].filter((col) => col !== numbers && ownCells(col)).sort((a, b) => meanLength(b) - meanLength(a))[0];
  if (texts === undefined) return;
  for (const row of table.body) {
    const text = row.cells[texts]!;
    row.cells[texts] = { ...text, lines: [`${provisional(row.cells[numbers])}. ${joinWrappedLines(text.lines)}`] };
    row.cells.splice(numbers, 1);
  }
  for (const row of table.header) row.cells.splice(numbers, 1);
  decisions.push(`${table.grid.label}: read the column of bare numbers (column ${numbers + 1}) as the numbers of the measures in column ${texts + 1}`);
}

/** The front matter as YAML, one line per row's origin (`12: { page: 3, row: 2 }`). */
function frontMatterText(front: object): string {
  const yaml = new YamlDocument(front);
  const rows = yaml.get('rows', true);
  if (isMap(rows)) for (const pair of rows.items) if (isPair(pair) && isMap(pair.value)) pair.value.flow = true;
  return yaml.toString({ lineWidth: 0 }).replace(/\n$/u, '');
}

const cellNode = (text: string) => ({ type: 'tableCell' as const, children: text === '' ? [] : [{ type: 'text' as const, value: text }] });
const rowNode = (texts: string[]): TableRow => ({ type: 'tableRow', children: texts.map(cellNode) });

/**
 * The document as seed Markdown, with its report. `file` names the original in messages;
 * `original` is recorded in the front matter.
 */
export function toSeed(file: string, document: ImportedDocument, original: OriginalFile): SeedDraft {
  const decisions = [...document.decisions];
  const firstTable = document.blocks.findIndex((block) => block.kind === 'table' && block.grid.rows.some(holdsMeasure));
  const tablesInFile = document.blocks.filter((block) => block.kind === 'table').length;
  if (firstTable < 0) {
    throw new ImportError(file, null, `no task table: ${tablesInFile === 0 ? 'the file holds no table' : `its ${tablesInFile} tables hold no numbered measures ("12. …")`}`);
  }

  // The preamble: the annex label, the title and the 说明 above the first table.
  const preamble: string[] = [];
  for (const [i, block] of document.blocks.entries()) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text.trim();
    const isTitle = i < firstTable && /\d{4}年/u.test(text.replace(/\s+/gu, '')) && !preamble.some((kept) => /\d{4}年/u.test(kept) && !kept.startsWith('说明'));
    const isNote = i < firstTable && /^说明[:：]/u.test(text);
    const isAnnex = i < firstTable && /^附件\s*\d*$/u.test(text.replace(/[:：]$/u, ''));
    if (isTitle || isNote || isAnnex) preamble.push(isAnnex ? '附件' : text);
    else decisions.push(`${block.at}: left out text that is not the title, the 说明 or 附件: "${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`);
  }
  const planYear = titleYear(preamble);

  const tree: Root = { type: 'root', children: [] };
  const origins = new Map<number, Origin>();
  const rowOrigins: Origin[] = [];
  let tables = 0;
  let rows = 0;
  const spanCounts = new Map<Role, number>();

  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    const table = taskTable(block.grid, decisions);
    if (!table) {
      decisions.push(`${block.grid.label}: left out a table without numbered measures`);
      continue;
    }
    numberColumn(table, decisions);
    const width = Math.max(...table.body.map((row) => row.cells.length));
    const headerLabels = [...Array(width).keys()].map((col) => {
      const labels: string[] = [];
      for (const row of table.header) {
        const cell = row.cells[col];
        // A header cell over several columns names the first; the parser's source reader spans it.
        if (!cell || row.cells.indexOf(cell) !== col) continue;
        const label = joinWrappedLines(cell.lines);
        if (label && !labels.includes(label)) labels.push(label);
      }
      return labels.join(' ');
    });
    const columns = recogniseColumns({
      line: 1,
      header: headerLabels,
      rows: table.body.map((row, i) => ({ line: i + 1, cells: [...Array(width).keys()].map((col) => provisional(row.cells[col])) })),
    });
    if ('problem' in columns) {
      const reason = columns.problem;
      throw new ImportError(file, table.grid.label, `cannot tell which column holds what, as the parser needs (${reason})`);
    }

    const markdownRows: TableRow[] = [rowNode(ROLES.map((role) => headerLabels[columns[role]] ?? ''))];
    table.body.forEach((row, i) => {
      const texts = ROLES.map((role) => {
        const cell = row.cells[columns[role]];
        if (!cell) return '';
        const above = table.body[i - 1]?.cells[columns[role]];
        if (above === cell) {
          spanCounts.set(role, (spanCounts.get(role) ?? 0) + 1);
          if (CARRIED.has(role)) return '';
        }
        if (role === 'deadline' && cell.value) return deadlineWords(file, cell, planYear, cell.at ?? describeOrigin(row.origin));
        return LISTS.has(role) ? joinListLines(cell.lines) : joinWrappedLines(cell.lines);
      });
      markdownRows.push(rowNode(texts));
      rowOrigins.push(row.origin);
      const measure = measureOrdinal(texts[ROLES.indexOf('measure')] ?? '');
      if (measure) origins.set(measure.no, row.origin);
    });
    tree.children.push({ type: 'table', align: ROLES.map(() => null), children: markdownRows } satisfies Table);
    tables += 1;
    rows += table.body.length;
  }
  for (const [role, count] of spanCounts) {
    decisions.push(`gave ${count} rows the ${role} of a merged cell above them${CARRIED.has(role) ? ' (stated on the first row of the span; the parser carries it down)' : ''}`);
  }

  const front = {
    original: { file: original.name, format: original.format, bytes: original.bytes, sha256: original.sha256 },
    rows: Object.fromEntries([...origins].sort(([a], [b]) => a - b).map(([no, origin]) => [String(no), origin])),
  };
  const body: RootContent[] = [
    { type: 'yaml', value: frontMatterText(front) } as RootContent,
    ...preamble.map((text): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
    ...tree.children,
  ];
  const markdown = unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', fences: true })
    .stringify({ type: 'root', children: body });
  return { markdown, origins, rowOrigins, tables, rows, decisions };
}
