/**
 * The PDF table logic on saved geometry (tests/fixtures/import/geometry/: the text items and
 * ruling lines pdfjs gave for a small table Chromium printed over two pages, a header in a
 * <thead>, task and area cells spanning rows, one row long enough to be split by the page
 * break), and on lines drawn by hand, as pdfplumber's and Camelot's lattice tests do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/lib/import/document.ts';
import { findTables } from '../../../src/lib/import/pdf/findTables.ts';
import type { PageGeometry, Segment } from '../../../src/lib/import/pdf/geometry.ts';
import { pdfDocument } from '../../../src/lib/import/pdf/pdfDocument.ts';
import { joinWrappedLines } from '../../../src/lib/import/text.ts';

const pages: PageGeometry[] = JSON.parse(readFileSync('tests/fixtures/import/geometry/split-across-pages.json', 'utf8'));
const document = pdfDocument(pages);
const grid = document.blocks.find((block): block is { kind: 'table'; grid: Grid } => block.kind === 'table')!.grid;
const texts = (row: number) => grid.rows[row]!.cells.map((cell) => joinWrappedLines(cell.lines));
/** The measure number at the start of a row's third cell, as the seed would read it. */
const measureOf = (row: number) => Number(/^(\d+)\./u.exec(texts(row)[2] ?? '')?.[1]);

describe('a table printed over two pages', () => {
  it('is one table, its header read once, the split row rejoined: one row per measure after the header', () => {
    expect(pages.length).toBe(2);
    const measures = grid.rows.slice(1).map((_, i) => measureOf(i + 1));
    expect(measures).toEqual(measures.map((_, i) => i + 1));
    expect(texts(0)[0]).toBe('主要任务');
    expect(grid.rows.filter((_, i) => texts(i)[0] === '主要任务')).toHaveLength(1);
  });

  it('gives a spanning cell to every row its lines enclose, across the page break', () => {
    const task = grid.rows[1]!.cells[0]!;
    expect(grid.rows.slice(1).every((row) => row.cells[0] === task)).toBe(true);
    expect(joinWrappedLines(task.lines)).toMatch(/^一、/u);
    // The area cells: two spans, the second one crossing the page break.
    const areas = new Set(grid.rows.slice(1).map((row) => row.cells[1]));
    expect([...areas].map((cell) => joinWrappedLines(cell!.lines))).toEqual(['（一）第一个领域', '（二）第二个领域']);
  });

  it('joins the split row\'s text from both pages, wrapped lines without spaces between Chinese characters', () => {
    // Measure 3 of the fixture: its text, printed as it was given to Chromium, runs onto page 2.
    const row = grid.rows.findIndex((_, i) => i > 0 && measureOf(i) === 3);
    expect(grid.rows[row]!.origin).toEqual({ page: 1, row: 4 });
    expect(texts(row)[2]).toBe(`3. 第三项措施。${'探索建立跨境联合调解机制，促进涉澳民商事纠纷及时有效化解。'.repeat(18)}`);
  });

  it('keeps the department cell one name a line, a word the printer wrapped rejoined', () => {
    expect(grid.rows[1]!.cells[4]!.lines).toEqual(['市第一局', '市第二局']);
  });

  it('reports what it decided: the header once, the row rejoined, the cells that go on', () => {
    expect(document.decisions.join('\n')).toMatch(/header repeated at the top of pages 2 once[\s\S]*rejoined 1 row split by a page break[\s\S]*no line closes at a page.s end/u);
  });

  it('reads the text outside the table as paragraphs, in order', () => {
    expect(document.blocks.filter((block) => block.kind === 'paragraph').map((block) => (block as { text: string }).text)).toEqual(['附件', '2017年几何测试任务分工表']);
  });
});

/** The segments of a grid drawn by hand: every line, less those listed as missing. */
function drawn(xs: number[], ys: number[], missing: (s: Segment) => boolean = () => false): Segment[] {
  const segments: Segment[] = [];
  for (let r = 0; r < ys.length; r++) for (let c = 0; c + 1 < xs.length; c++) segments.push({ x1: xs[c]!, y1: ys[r]!, x2: xs[c + 1]!, y2: ys[r]! });
  for (let c = 0; c < xs.length; c++) for (let r = 0; r + 1 < ys.length; r++) segments.push({ x1: xs[c]!, y1: ys[r]!, x2: xs[c]!, y2: ys[r + 1]! });
  return segments.filter((s) => !missing(s));
}

describe('findTables', () => {
  it('joins the units no line separates into one cell, down and across', () => {
    // A 3×3 grid without the line under the first column's top cell, nor the one between the bottom row's last two cells.
    const [table] = findTables(drawn([0, 10, 20, 30], [0, 10, 20, 30], (s) => (s.y1 === 10 && s.y2 === 10 && s.x1 === 0) || (s.x1 === 20 && s.x2 === 20 && s.y1 === 20)));
    expect(table!.cells.map(({ row, col, rowSpan, colSpan }) => [row, col, rowSpan, colSpan])).toEqual([
      [0, 0, 2, 1], [0, 1, 1, 1], [0, 2, 1, 1], [1, 1, 1, 1], [1, 2, 1, 1], [2, 0, 1, 1], [2, 1, 1, 2],
    ]);
  });

  it('says which cells no line closes at the bottom: they go on past the page', () => {
    const [table] = findTables(drawn([0, 10, 20], [0, 10, 20], (s) => s.y1 === 20 && s.y2 === 20 && s.x1 === 0));
    expect(table!.cells.filter((cell) => cell.row === 1).map((cell) => cell.closedBelow)).toEqual([false, true]);
  });

  it('takes a double rule (a border drawn as a thin box) as one line, and finds two tables apart as two', () => {
    const first = drawn([0, 10, 20], [0, 10, 20]);
    const doubled = first.map((s) => ({ ...s, x1: s.x1 + 0.4, x2: s.x2 + 0.4, y1: s.y1 + 0.4, y2: s.y2 + 0.4 }));
    const second = drawn([0, 10, 20], [100, 110]);
    const tables = findTables([...first, ...doubled, ...second]);
    expect(tables.map((table) => [table.xs.length, table.ys.length])).toEqual([[3, 3], [3, 2]]);
  });
});
