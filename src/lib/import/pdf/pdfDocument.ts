/**
 * A PDF's pages (geometry) as the importer's document: its tables found by their ruling lines
 * (findTables), text put into cells by position, and a table printed over several pages read
 * as one. Across a page break:
 *   - the header the printer repeats at the top of each page is read once;
 *   - a cell that no line closes at the bottom of a page goes on in the first cell of its
 *     column on the next page: a spanning cell (主要任务, an area) is one cell whose text is
 *     given to every row its lines enclose, wherever on the span the text is printed;
 *   - a row none of whose cells is closed at the page's end is one row with the next page's
 *     first row: a row split by the page break, rejoined.
 * Text outside the tables becomes paragraphs (the title, the 说明 above the first table).
 * Pure: geometry in, document out.
 */
import type { Block, Grid, GridCell, GridRow, ImportedDocument } from '../document.ts';
import { joinWrappedLines, repairRadicals } from '../text.ts';
import { findTables, type TableFragment } from './findTables.ts';
import type { PageGeometry, TextItem } from './geometry.ts';

/** A text line: items on one baseline, left to right. */
interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Items on one baseline as a line; a gap wider than a quarter em is a space. */
function linesOf(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows.find((candidate) => Math.abs(candidate[0]!.y - item.y) <= Math.min(candidate[0]!.size, item.size) * 0.5);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let right = -Infinity;
      for (const item of row) {
        if (text !== '' && item.x - right > item.size * 0.25 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
        text += item.text;
        right = Math.max(right, item.x + item.width);
      }
      return { text: text.trim(), left: row[0]!.x, right, y: row[0]!.y, size: Math.max(...row.map((item) => item.size)) };
    })
    .filter((line) => line.text !== '')
    .sort((a, b) => a.y - b.y);
}

/** Lines outside the tables as paragraphs: a new one where the type size changes, the gap grows, or the line before stopped short of the margin. */
function paragraphsOf(lines: Line[]): Line[][] {
  const right = Math.max(...lines.map((line) => line.right));
  const paragraphs: Line[][] = [];
  for (const line of lines) {
    const last = paragraphs.at(-1);
    const previous = last?.at(-1);
    const sameParagraph =
      previous !== undefined &&
      Math.abs(previous.size - line.size) <= previous.size * 0.1 &&
      line.y - previous.y <= previous.size * 1.9 &&
      previous.right >= right - previous.size * 2;
    if (sameParagraph) last!.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs;
}

/** The centre of an item, where it is placed: halfway along, a third of an em above the baseline. */
const centre = (item: TextItem) => ({ x: item.x + item.width / 2, y: item.y - item.size * 0.35 });

interface PageTables {
  page: number;
  fragments: { fragment: TableFragment; lines: string[][] }[];
  outside: Line[];
}

/** A page's tables with each cell's lines, and the lines outside them. */
function readPage(page: PageGeometry): PageTables {
  const fragments = findTables(page.segments).map((fragment) => ({ fragment, items: fragment.cells.map((): TextItem[] => []) }));
  const outside: TextItem[] = [];
  for (const item of page.texts) {
    const { x, y } = centre(item);
    const holder = fragments.find(({ fragment }) => x >= fragment.xs[0]! && x <= fragment.xs.at(-1)! && y >= fragment.ys[0]! && y <= fragment.ys.at(-1)!);
    const cell = holder?.fragment.cells.findIndex((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom) ?? -1;
    if (holder && cell >= 0) holder.items[cell]!.push(item);
    else outside.push(item);
  }
  return {
    page: page.page,
    fragments: fragments.map(({ fragment, items }) => ({ fragment, lines: rejoinWrappedWords(fragment, items.map(linesOf)) })),
    outside: linesOf(outside),
  };
}

/**
 * A cell's lines as text. A line of one or two characters under a line that fills its column
 * is the end of a word the printer wrapped ("横琴社保办" / "事处"): it joins that line without
 * a space. Every other line stays a line of its own (a department cell lists one name a line).
 */
function rejoinWrappedWords(fragment: TableFragment, cellLines: Line[][]): string[][] {
  const fullest = new Map<number, number>();
  fragment.cells.forEach((cell, i) => {
    if (cell.colSpan !== 1) return;
    for (const line of cellLines[i] ?? []) fullest.set(cell.col, Math.max(fullest.get(cell.col) ?? -Infinity, line.right));
  });
  return cellLines.map((lines, i) => {
    const widest = fullest.get(fragment.cells[i]!.col) ?? Infinity;
    const texts: string[] = [];
    lines.forEach((line, k) => {
      const above = lines[k - 1];
      if (above && [...line.text].length <= 2 && above.right >= widest - above.size && texts.length > 0) texts[texts.length - 1] += line.text;
      else texts.push(line.text);
    });
    return texts;
  });
}

/** Whether two fragments have the same columns, so the second can go on with the first. */
function sameColumns(a: TableFragment, b: TableFragment): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= 3);
}

/** The texts of one band of a fragment, for comparing headers. */
function bandTexts(fragment: TableFragment, lines: string[][], row: number): string {
  return fragment.cellAt[row]!.map((index) => joinWrappedLines(lines[index] ?? [])).join('|');
}

/**
 * Reads a PDF's pages into paragraphs and tables. Decisions the reading took (headers read
 * once, cells joined across page breaks, spanning cells, radicals repaired) are returned with
 * the document, for the import report.
 */
export function pdfDocument(pages: PageGeometry[]): ImportedDocument {
  const decisions: string[] = [];
  let repaired = 0;
  const repairedPages = pages.map((page) => ({
    ...page,
    texts: page.texts.map((item) => {
      const fixed = repairRadicals(item.text);
      repaired += fixed.repaired;
      return { ...item, text: fixed.text };
    }),
  }));
  const read = repairedPages.map(readPage);
  const blocks: Block[] = [];

  /** The table being read, while it may go on onto the next page. */
  let current: { grid: Grid; first: { fragment: TableFragment; lines: string[][] }; last: TableFragment; page: number; open: (GridCell | null)[]; rowOpen: boolean } | null = null;
  const headerDrops: number[] = [];
  const rowJoins: string[] = [];
  /** By the page a cell goes on to: the columns whose cells go on, and those whose text goes on too. */
  const cellJoins = new Map<number, { columns: number[]; withText: number[] }>();

  for (const page of read) {
    const events: ({ y: number; line: Line } | { y: number; fragment: PageTables['fragments'][number]; index: number })[] = [
      ...paragraphsOf(page.outside).map((paragraph) => ({ y: paragraph[0]!.y, line: { ...paragraph[0]!, text: joinWrappedLines(paragraph.map((line) => line.text)) } })),
      ...page.fragments.map((fragment, index) => ({ y: fragment.fragment.ys[0]!, fragment, index })),
    ].sort((a, b) => a.y - b.y);

    for (const event of events) {
      if ('line' in event) {
        blocks.push({ kind: 'paragraph', text: event.line.text, at: `page ${page.page}` });
        continue;
      }
      const { fragment, lines } = event.fragment;
      const continues = current !== null && event.index === 0 && current.page === page.page - 1 && sameColumns(current.last, fragment);
      if (!continues) {
        current = { grid: { label: `page ${page.page}`, rows: [] }, first: event.fragment, last: fragment, page: page.page, open: [], rowOpen: false };
        blocks.push({ kind: 'table', grid: current.grid });
      }
      const table = current!;

      // The header the printer repeats on every page: the first rows that read as the first page's do.
      let skip = 0;
      if (continues) {
        const firstBands = table.first.fragment.ys.length - 1;
        while (skip < Math.min(firstBands, fragment.ys.length - 1) && bandTexts(fragment, lines, skip) === bandTexts(table.first.fragment, table.first.lines, skip)) skip += 1;
        if (skip > 0) headerDrops.push(page.page);
      }

      const cellObjects = new Map<number, GridCell>();
      const columns = fragment.xs.length - 1;
      for (let row = skip; row < fragment.ys.length - 1; row++) {
        const cells: GridCell[] = [];
        let continuing = 0;
        for (let col = 0; col < columns; col++) {
          const index = fragment.cellAt[row]![col]!;
          let cell = cellObjects.get(index);
          if (!cell) {
            const fragmentCell = fragment.cells[index]!;
            const open = continues && fragmentCell.row === skip ? table.open[col] : null;
            if (open) {
              open.lines.push(...(lines[index] ?? []));
              cell = open;
              const joins = cellJoins.get(page.page) ?? { columns: [], withText: [] };
              joins.columns.push(col + 1);
              if ((lines[index] ?? []).length > 0) joins.withText.push(col + 1);
              cellJoins.set(page.page, joins);
            } else {
              cell = { lines: [...(lines[index] ?? [])] };
            }
            cellObjects.set(index, cell);
          }
          if (continues && row === skip && cell === table.open[col]) continuing += 1;
          cells.push(cell);
        }
        // A row whose every cell goes on from the page before is that page's last row, split by the break.
        if (continues && row === skip && table.rowOpen && continuing === columns && table.grid.rows.length > 0) {
          rowJoins.push(`${page.page - 1}–${page.page}`);
          continue;
        }
        table.grid.rows.push({ origin: { page: page.page, row: row + 1 }, cells } satisfies GridRow);
      }

      // What goes on past this page's end: cells no line closes at the bottom.
      const lastBand = fragment.ys.length - 2;
      const open: (GridCell | null)[] = [];
      let openCount = 0;
      for (let col = 0; col < columns; col++) {
        const index = fragment.cellAt[lastBand]![col]!;
        const isOpen = !fragment.cells[index]!.closedBelow;
        open.push(isOpen ? cellObjects.get(index) ?? null : null);
        if (isOpen) openCount += 1;
      }
      table.open = open;
      table.rowOpen = openCount === columns;
      table.last = fragment;
      table.page = page.page;
    }
  }

  if (repaired > 0) decisions.push(`read ${repaired} characters the PDF's text layer gives as CJK radicals (⼯, ⻔) or as the horizontal bar (―) as the ideographs and the dash they stand for (工, 门, —)`);
  if (headerDrops.length > 0) decisions.push(`read the header repeated at the top of pages ${headerDrops.join(', ')} once`);
  if (rowJoins.length > 0) decisions.push(`rejoined ${rowJoins.length} ${rowJoins.length === 1 ? 'row' : 'rows'} split by a page break (pages ${rowJoins.join(', ')})`);
  if (cellJoins.size > 0) {
    const breaks = [...cellJoins].map(([to, { columns, withText }]) => `pages ${to - 1}–${to}: columns ${columns.join(', ')}${withText.length > 0 ? `, text going on in ${withText.join(', ')}` : ''}`);
    const count = [...cellJoins.values()].reduce((sum, { columns }) => sum + columns.length, 0);
    decisions.push(`joined ${count} cells that no line closes at a page's end to their rest on the next page (${breaks.join('; ')})`);
  }
  return { format: 'pdf', blocks, decisions };
}

/** Whether the pages hold any text at all: a scan has none. */
export function hasTextLayer(pages: PageGeometry[]): boolean {
  return pages.some((page) => page.texts.some((item) => item.text.trim() !== ''));
}
