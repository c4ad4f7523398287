import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface Row {
  /** 1-based line of the row in the seed. */
  line: number;
  /** Cell texts as written, trimmed. */
  cells: string[];
}

export interface SeedTable {
  /** Line of the header row. */
  line: number;
  /** The header row, kept only for messages: its labels do not line up with the data. */
  header: string[];
  rows: Row[];
}

export interface SeedDocument {
  /** Paragraphs and headings before the first table, with their lines, in order. */
  preamble: { line: number; text: string }[];
  tables: SeedTable[];
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number => node.position?.start.line ?? 1;

function readTable(table: Table): SeedTable {
  const [header, ...body] = table.children.map((row) => ({
    line: lineOf(row),
    cells: row.children.map((cell) => toString(cell).trim()),
  }));
  return { line: header?.line ?? lineOf(table), header: header?.cells ?? [], rows: body };
}

/** Reads a seed's Markdown with remark + GFM: its preamble text and its tables, with line numbers. */
export function readSeedDocument(markdown: string): SeedDocument {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const preamble: SeedDocument['preamble'] = [];
  const tables: SeedTable[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'table') tables.push(readTable(node));
    else if (tables.length === 0 && (node.type === 'paragraph' || node.type === 'heading')) {
      preamble.push({ line: lineOf(node), text: toString(node).trim() });
    }
  }
  return { preamble, tables };
}
