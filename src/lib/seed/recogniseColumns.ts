import { areaOrdinal, measureOrdinal, taskOrdinal } from './ordinal.ts';
import type { SeedTable } from './readTables.ts';

/** The columns every task table holds, in this order, whatever its header says. */
export const ROLES = ['task', 'area', 'measure', 'group', 'municipal', 'district', 'deadline'] as const;
export type Role = (typeof ROLES)[number];

/** A table's column index for each role. */
export type ColumnMap = Record<Role, number>;

const DEADLINE_LIKE = /月底|年底|已完成|持续推进|长期/u;

/** How well a cell fits a role: 1 fits, 0 says nothing (empty), -1 contradicts. */
function fit(role: Role, cell: string): number {
  if (cell === '') return 0;
  const looksLike = {
    task: taskOrdinal(cell) !== null,
    area: areaOrdinal(cell) !== null,
    measure: measureOrdinal(cell) !== null,
    deadline: DEADLINE_LIKE.test(cell),
    group: cell.replace(/\s+/gu, '').endsWith('组'),
  };
  switch (role) {
    case 'task':
    case 'area':
    case 'measure':
    case 'deadline':
    case 'group':
      return looksLike[role] ? 1 : -1;
    default:
      // A department list is whatever is not one of the recognisable kinds.
      return Object.values(looksLike).some(Boolean) ? -1 : 1;
  }
}

/** All ways to drop `count` of the given columns. */
function* combinations(columns: number[], count: number): Generator<number[]> {
  if (count === 0) return yield [];
  for (const [i, column] of columns.entries()) {
    for (const rest of combinations(columns.slice(i + 1), count - 1)) yield [column, ...rest];
  }
}

/**
 * Finds which column holds what. Headers cannot be trusted (the PDF shifted their labels and
 * put an empty column at the end of some tables and second in others), so the columns are
 * recognised by their cells: a table with more than seven columns has its extra, empty columns
 * dropped in whichever way makes the cells fit their roles best. Returns a reason when no
 * single arrangement fits.
 */
export function recogniseColumns(table: SeedTable): ColumnMap | { problem: string } {
  const width = Math.max(0, ...table.rows.map((row) => row.cells.length));
  if (table.rows.length === 0) return { problem: 'the table has a header but no rows' };
  if (width < ROLES.length) {
    return { problem: `the table has ${width} columns; a task table has ${ROLES.length} (${ROLES.join(', ')})` };
  }
  const cell = (row: number, column: number) => table.rows[row]?.cells[column] ?? '';
  const empty = [...Array(width).keys()].filter((column) => table.rows.every((_, row) => cell(row, column) === ''));

  let best: { score: number; map: ColumnMap }[] = [];
  for (const dropped of combinations(empty, width - ROLES.length)) {
    const kept = [...Array(width).keys()].filter((column) => !dropped.includes(column));
    const map = Object.fromEntries(ROLES.map((role, i) => [role, kept[i] ?? -1])) as ColumnMap;
    const score = table.rows.reduce((sum, _, row) => sum + ROLES.reduce((s, role) => s + fit(role, cell(row, map[role])), 0), 0);
    if (best.length === 0 || score > (best[0]?.score ?? -Infinity)) best = [{ score, map }];
    else if (score === best[0]?.score) best.push({ score, map });
  }

  const [winner] = best;
  if (!winner) {
    return { problem: `the table has ${width} columns and not enough empty ones to drop; a task table has ${ROLES.length} (${ROLES.join(', ')})` };
  }
  if (best.length > 1) return { problem: 'the columns can be read in more than one way: cannot tell which column is which' };
  const measureFits = table.rows.filter((_, row) => fit('measure', cell(row, winner.map.measure)) === 1).length;
  if (measureFits * 2 < table.rows.length) {
    return { problem: 'no column of numbered measures ("12. …") where one is expected: cannot tell which column is which' };
  }
  return winner.map;
}
