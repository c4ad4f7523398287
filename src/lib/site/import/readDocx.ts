/**
 * A .docx as the importer's document: word/document.xml, unpacked within the limits and read
 * with fast-xml-parser (order kept, no DOCTYPE allowed), its body walked in order. Paragraphs
 * become paragraphs; each table becomes a grid with Word's merges as they are written:
 * `w:gridSpan` joins columns, `w:vMerge` (restart, then continue) joins a cell to the one
 * above, `w:gridBefore` shifts a row. A cell's paragraphs and line breaks (`w:br`) are its
 * lines. Nothing about the look (fonts, widths, borders) is read.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Block, Grid, GridCell, ImportedDocument } from '../../import/document.ts';
import { damagedFile, ImportError, overLimit } from '../../import/ImportError.ts';
import type { ImportLimits } from '../../import/limits.ts';
import { checkNoDoctype, unpack } from './ooxml.ts';

/** A node as fast-xml-parser gives it with preserveOrder: `{ tag: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@') ?? '';
const childrenOf = (node: XmlNode): XmlNode[] => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as XmlNode[]) : []);
const attribute = (node: XmlNode, name: string): string | undefined => (node[':@'] as Record<string, string> | undefined)?.[`@_${name}`];
const child = (node: XmlNode, tag: string) => childrenOf(node).find((c) => tagOf(c) === tag);

/** The lines of a paragraph: its runs' text, a new line at each break. */
function paragraphLines(paragraph: XmlNode): string[] {
  const lines = [''];
  const walk = (node: XmlNode) => {
    const tag = tagOf(node);
    if (tag === '#text') return;
    if (tag === 'w:t') lines[lines.length - 1] += childrenOf(node).map((text) => String(text['#text'] ?? '')).join('');
    else if (tag === 'w:tab') lines[lines.length - 1] += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') lines.push('');
    // Deleted text in tracked changes is not the document's text.
    else if (tag !== 'w:del' && tag !== 'w:instrText') childrenOf(node).forEach(walk);
  };
  childrenOf(paragraph).forEach(walk);
  return lines;
}

/** Every line of a cell or content block: paragraphs, and the text of any table nested in it. */
function blockLines(node: XmlNode): string[] {
  return childrenOf(node).flatMap((c) => {
    const tag = tagOf(c);
    if (tag === 'w:p') return paragraphLines(c);
    if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') return blockLines(c);
    return [];
  });
}

/** One Word table as a grid, merges resolved. */
function tableGrid(table: XmlNode, number: number, limits: ImportLimits, file: string, counted: { cells: number }): Grid {
  const rows = childrenOf(table).filter((c) => tagOf(c) === 'w:tr');
  const grid: Grid = { label: `table ${number}`, rows: [] };
  let above: GridCell[] = [];
  rows.forEach((row, r) => {
    const cells: GridCell[] = [];
    const before = Number(attribute(child(child(row, 'w:trPr') ?? {}, 'w:gridBefore') ?? {}, 'w:val') ?? 0);
    for (let i = 0; i < before; i++) cells.push({ lines: [] });
    for (const tc of childrenOf(row).filter((c) => tagOf(c) === 'w:tc')) {
      const properties = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(attribute(child(properties ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1) || 1);
      const vMerge = properties ? child(properties, 'w:vMerge') : undefined;
      const continues = vMerge !== undefined && attribute(vMerge, 'w:val') !== 'restart';
      const column = cells.length;
      const cell = continues && above[column] ? above[column]! : { lines: blockLines(tc) };
      for (let i = 0; i < span; i++) cells.push(cell);
    }
    counted.cells += cells.length;
    if (counted.cells > limits.maxCells) throw overLimit(file, `table ${number}, row ${r + 1}`, `the tables hold more cells than the limit of ${limits.maxCells}`);
    grid.rows.push({ origin: { table: number, row: r + 1 }, cells });
    above = cells;
  });
  return grid;
}

const noDocumentPart = (file: string) => new ImportError(file, null, 'the Word file has no document body (word/document.xml): it is damaged or not a Word file');

/** Reads a .docx's body into paragraphs and tables, in order. */
export function readDocx(file: string, bytes: Uint8Array, limits: ImportLimits): ImportedDocument {
  const what = 'Word file';
  const parts = unpack(file, bytes, what, limits, (name) => name === 'word/document.xml' || name === 'xl/workbook.xml');
  const xmlBytes = parts.get('word/document.xml');
  if (!xmlBytes) {
    if (parts.has('xl/workbook.xml')) throw new ImportError(file, null, 'the file is named .docx but is a workbook: give it the extension .xlsx');
    throw noDocumentPart(file);
  }
  const xml = new TextDecoder('utf-8').decode(xmlBytes);
  checkNoDoctype(file, 'word/document.xml', xml);
  let tree: XmlNode[];
  try {
    tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: false }).parse(xml) as XmlNode[];
  } catch (error) {
    throw damagedFile(file, what, error instanceof Error ? error.message : String(error));
  }
  const document = tree.find((node) => tagOf(node) === 'w:document');
  const body = document ? child(document, 'w:body') : undefined;
  if (!body) throw noDocumentPart(file);

  const blocks: Block[] = [];
  let tables = 0;
  let paragraphs = 0;
  const counted = { cells: 0 };
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        paragraphs += 1;
        for (const line of paragraphLines(node)) if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim(), at: `paragraph ${paragraphs}` });
      } else if (tag === 'w:tbl') {
        tables += 1;
        blocks.push({ kind: 'table', grid: tableGrid(node, tables, limits, file, counted) });
      } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') walk(childrenOf(node));
    }
  };
  walk(childrenOf(body));
  return { format: 'docx', blocks, decisions: [] };
}
