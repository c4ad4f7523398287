import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
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

/** A top-level block of the seed that is not a table: a paragraph, a heading, a list, HTML… */
export interface LooseBlock {
  /** 1-based line where the block starts. */
  line: number;
  /** Its text, as remark reads it (empty for a block without text, such as a rule). */
  text: string;
  /** The seed's line where it starts, as written: "| 主要任务 | …" for rows Markdown read as text. */
  source: string;
  /** Whether it comes before the first table, where the title and the note stand. */
  beforeTables: boolean;
}

/** The YAML block at the top of an imported seed (`---` … `---`): where the seed came from. */
export interface FrontMatter {
  /** 1-based line of the opening `---`. */
  line: number;
  /** The YAML between the fences. */
  yaml: string;
}

export interface SeedDocument {
  /** The front matter, when the seed opens with one (an imported seed does). */
  frontMatter: FrontMatter | null;
  /** Paragraphs and headings before the first table, with their lines, in order. */
  preamble: { line: number; text: string }[];
  /** Every top-level block that is not a table, in order: the parser accounts for each one. */
  loose: LooseBlock[];
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

/**
 * Reads a seed's Markdown with remark + GFM: its front matter (remark-frontmatter; only at the
 * very top, as YAML front matter always is), its tables, the paragraphs and headings before
 * them (where the title and note stand), and every other block, with line numbers.
 */
export function readSeedDocument(markdown: string): SeedDocument {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown);
  const lines = markdown.split(/\r?\n/u);
  const preamble: SeedDocument['preamble'] = [];
  const loose: LooseBlock[] = [];
  const tables: SeedTable[] = [];
  let frontMatter: FrontMatter | null = null;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'yaml') {
      frontMatter = { line: lineOf(node), yaml: node.value };
      continue;
    }
    if (node.type === 'table') {
      tables.push(readTable(node));
      continue;
    }
    const line = lineOf(node);
    const text = toString(node).trim();
    const beforeTables = tables.length === 0;
    loose.push({ line, text, source: (lines[line - 1] ?? '').trim(), beforeTables });
    if (beforeTables && (node.type === 'paragraph' || node.type === 'heading')) preamble.push({ line, text });
  }
  return { frontMatter, preamble, loose, tables };
}
