/**
 * Tables on one PDF page, found by their ruling lines as lattice extractors do (Camelot's
 * lattice mode, pdfplumber's explicit edges): lines that touch each other form one table;
 * their x and y positions cut it into a grid of units; two neighbouring units with no line
 * between them belong to one cell, so a merged cell is the units it joins. Pure geometry.
 */
import type { Segment } from './geometry.ts';

/** Positions this close (points) are one line: a border drawn as a 0.75 pt box has two edges. */
const TOLERANCE = 2;

/** One cell of a table fragment: the grid units it covers, and whether its bottom edge is drawn. */
export interface FragmentCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** False when no line closes the cell at the bottom of the table: it goes on past the page's end. */
  closedBelow: boolean;
}

/** A table as one page prints it. */
export interface TableFragment {
  /** Column edges, left to right; columns are the gaps between them. */
  xs: number[];
  /** Row edges, top to bottom. */
  ys: number[];
  /** Every cell, each once, in reading order (by row, then column). */
  cells: FragmentCell[];
  /** cellAt[row][col]: the index in `cells` of the cell covering that unit. */
  cellAt: number[][];
}

const horizontal = (s: Segment) => Math.abs(s.y1 - s.y2) < 1e-6;

/** Sorted positions with those closer than the tolerance taken as one (their mean). */
function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const last = groups.at(-1);
    if (last && value - last[last.length - 1]! <= TOLERANCE) last.push(value);
    else groups.push([value]);
  }
  return groups.map((group) => group.reduce((sum, v) => sum + v, 0) / group.length);
}

/** Whether two segments touch or cross (within the tolerance). */
function touches(a: Segment, b: Segment): boolean {
  return a.x1 - TOLERANCE <= b.x2 && b.x1 - TOLERANCE <= a.x2 && a.y1 - TOLERANCE <= b.y2 && b.y1 - TOLERANCE <= a.y2;
}

/** The groups of segments that touch one another: each is a table, or a stray rule. */
function connectedGroups(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Sweep by left edge so only segments that can overlap in x are compared.
  const order = segments.map((_, i) => i).sort((a, b) => segments[a]!.x1 - segments[b]!.x1);
  for (let i = 0; i < order.length; i++) {
    const a = segments[order[i]!]!;
    for (let j = i + 1; j < order.length && segments[order[j]!]!.x1 <= a.x2 + TOLERANCE; j++) {
      if (touches(a, segments[order[j]!]!)) parent[find(order[i]!)] = find(order[j]!);
    }
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((segment, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), segment]));
  return [...groups.values()];
}

/** Whether some segment of `lines` lies along `at` and covers the point `across` on it. */
function drawnAt(lines: Segment[], at: number, across: number, isHorizontal: boolean): boolean {
  return lines.some((line) =>
    isHorizontal
      ? Math.abs(line.y1 - at) <= TOLERANCE && line.x1 - TOLERANCE <= across && across <= line.x2 + TOLERANCE
      : Math.abs(line.x1 - at) <= TOLERANCE && line.y1 - TOLERANCE <= across && across <= line.y2 + TOLERANCE,
  );
}

/** One table fragment from a group of touching lines, or null when they do not make a grid. */
function fragmentOf(lines: Segment[]): TableFragment | null {
  const across = lines.filter(horizontal);
  const down = lines.filter((line) => !horizontal(line));
  if (across.length < 1 || down.length < 2) return null;
  const xs = clusterPositions(down.map((line) => line.x1));
  // The row edges are the horizontal lines, and the ends of the vertical ones: a table cut by
  // the page's end has no line under the cells that go on.
  const ys = clusterPositions([...across.map((line) => line.y1), ...down.flatMap((line) => [line.y1, line.y2])]);
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const mid = (edges: number[], i: number) => (edges[i]! + edges[i + 1]!) / 2;

  // Units with no line between them are one cell.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !drawnAt(down, xs[c + 1]!, mid(ys, r), false)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !drawnAt(across, ys[r + 1]!, mid(xs, c), true)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const cells: FragmentCell[] = [];
  const indexOfRoot = new Map<number, number>();
  const cellAt = Array.from({ length: rows }, () => Array.from({ length: cols }, () => -1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let index = indexOfRoot.get(root);
      if (index === undefined) {
        index = cells.length;
        indexOfRoot.set(root, index);
        cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, left: xs[c]!, top: ys[r]!, right: xs[c + 1]!, bottom: ys[r + 1]!, closedBelow: true });
      }
      const cell = cells[index]!;
      cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1);
      cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1);
      cell.right = Math.max(cell.right, xs[c + 1]!);
      cell.bottom = Math.max(cell.bottom, ys[r + 1]!);
      cellAt[r]![c] = index;
    }
  }
  for (const cell of cells) {
    if (cell.row + cell.rowSpan === rows) {
      const columns = Array.from({ length: cell.colSpan }, (_, k) => mid(xs, cell.col + k));
      cell.closedBelow = columns.some((x) => drawnAt(across, ys[rows]!, x, true));
    }
  }
  return { xs, ys, cells, cellAt };
}

/** The tables a page draws, top to bottom: groups of touching lines that make a grid of at least two columns. */
export function findTables(segments: Segment[]): TableFragment[] {
  return connectedGroups(segments)
    .map(fragmentOf)
    .filter((fragment): fragment is TableFragment => fragment !== null && fragment.xs.length >= 3 && fragment.ys.length >= 2)
    .sort((a, b) => a.ys[0]! - b.ys[0]! || a.xs[0]! - b.xs[0]!);
}
