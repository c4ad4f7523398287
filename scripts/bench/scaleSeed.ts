import type { AliasTable } from '../../src/lib/seed/aliasTable.ts';
import { readSeedDocument } from '../../src/lib/seed/readTables.ts';
import { recogniseColumns, ROLES, type Role } from '../../src/lib/seed/recogniseColumns.ts';
import { isCompleteBodyName } from '../../src/lib/seed/splitDepartments.ts';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 2 → 二, 12 → 十二, 30 → 三十: the numeral a copy's marker uses (1..99). */
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (n < 1 || n > 99) throw new Error(`no marker for copy ${n}`);
  return tens === 0 ? NUMERALS[units]! : `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[units]}`;
}

/**
 * The prefix that turns a body into its copy: copy 1 of 市工商局 is 二号市工商局. A prefix
 * keeps the end of every token as it was, so names a line wrap split stay split the same way,
 * and its pinyin ("er hao …") keeps every copy's slug apart.
 */
export function copyMarker(copy: number): string {
  return `${numeral(copy + 1)}号`;
}

/** Prefixes every name in a department cell, keeping the cell's spacing, split names included. */
function markNames(cell: string, marker: string): string {
  let pending = '';
  return cell
    .split(/(\s+)/u)
    .map((piece) => {
      if (piece.trim() === '') return piece;
      const marked = pending === '' ? `${marker}${piece}` : piece;
      pending += piece;
      if (isCompleteBodyName(pending)) pending = '';
      return marked;
    })
    .join('');
}

/** One copy of a table row, as a Markdown table line. */
function copyRow(cells: string[], roleOf: Map<number, Role>, copy: number, measureCount: number): string {
  const marker = copyMarker(copy);
  const copied = cells.map((cell, column) => {
    switch (roleOf.get(column)) {
      case 'measure':
        return cell.replace(/^\d+/u, (no) => String(copy * measureCount + Number(no)));
      // Left empty, a copy repeats the task and area of the row above: the seed's own habit.
      case 'task':
      case 'area':
        return '';
      case 'municipal':
      case 'district':
        return markNames(cell, marker);
      default:
        return cell;
    }
  });
  return `| ${copied.join(' | ')} |`;
}

/**
 * A synthetic seed with `factor` times the measures and departments of a real one, for
 * growth benchmarks. Every row is followed by `factor - 1` copies in the same table: copy j of
 * measure n is numbered j × measureCount + n (measureCount: measures across all seed files,
 * so numbers still run 1..N) and names copy j of each body (see copyMarker). The real rows
 * stay byte for byte, so the header shifts, empty columns, wrap spaces, split names, variant
 * wordings and "8 月底" deadlines all reach the parser again.
 */
export function scaleSeed(markdown: string, factor: number, measureCount: number): string {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, not ${factor}`);
  const copiesAfter = new Map<number, string[]>();
  for (const table of readSeedDocument(markdown).tables) {
    const columns = recogniseColumns(table);
    if ('problem' in columns) throw new Error(`line ${table.line}: ${columns.problem}`);
    const roleOf = new Map(ROLES.map((role) => [columns[role], role]));
    for (const row of table.rows) {
      copiesAfter.set(row.line, Array.from({ length: factor - 1 }, (_, i) => copyRow(row.cells, roleOf, i + 1, measureCount)));
    }
  }
  return markdown
    .split('\n')
    .flatMap((line, i) => [line, ...(copiesAfter.get(i + 1) ?? [])])
    .join('\n');
}

/** The alias table for a scaled seed: every alias also holds for each copy of its body. */
export function scaleAliasTable(table: AliasTable, factor: number): AliasTable {
  const copies = Array.from({ length: factor - 1 }, (_, i) => copyMarker(i + 1));
  return {
    ...table,
    aliases: [
      ...table.aliases,
      ...copies.flatMap((marker) =>
        table.aliases.map((alias) => ({ ...alias, name: `${marker}${alias.name}`, also: alias.also.map((name) => `${marker}${name}`) })),
      ),
    ],
  };
}
