/**
 * A seed as the document was published, for the source page (/source/): its preamble (附件,
 * the title, the 说明) and every table in order, each cell's text exactly as the seed has it
 * (ASCII punctuation and wrap spaces included). Only the layout is repaired: the stray empty
 * columns the PDF left are dropped (the same column recognition as the parser), and the header
 * labels are placed over the columns they name. Pure: seed text in, rows out.
 */
import { z } from 'zod';
import { originalSchema, originSchema } from '../plan/schema.ts';
import { measureOrdinal } from './ordinal.ts';
import { readProvenance } from './provenance.ts';
import { readSeedDocument } from './readTables.ts';
import { recogniseColumns, ROLES } from './recogniseColumns.ts';

/** A header label and how many of the table's columns it stands over. */
const headingSchema = z.object({
  /** The label as the seed writes it, e.g. `市支持指导部门 (含中央、省驻珠单位)`. */
  label: z.string(),
  /** Columns it spans: the PDF's 主要任务 stands over both the task and the area column. */
  span: z.number().int().positive(),
});

const rowSchema = z.object({
  /** 1-based line of the row in the seed. */
  line: z.number().int().positive(),
  /** One cell per column of the task table (task, area, measure, group, municipal, district, deadline), as written. */
  cells: z.array(z.string()).length(ROLES.length),
  /** Where the row stands in the original file, for a seed imported from one. */
  origin: originSchema.optional(),
});

const tableSchema = z.object({
  /** Line of the header row. */
  line: z.number().int().positive(),
  /** The header labels over the columns, spans adding up to the number of columns. */
  header: z.array(headingSchema),
  rows: z.array(rowSchema),
});

/** One seed file as published. */
export const sourceDocumentSchema = z.object({
  /** Reading order among the seeds, from 1. */
  order: z.number().int().positive(),
  /** The seed's path, as the plan's sources name it (never shown to readers). */
  file: z.string().min(1),
  /** Paragraphs and headings before the first table (附件, the title, the 说明), as written. */
  preamble: z.array(z.object({ line: z.number().int().positive(), text: z.string().min(1) })),
  tables: z.array(tableSchema),
  /** The official file the seed was imported from, as its front matter records it. */
  original: originalSchema.optional(),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type SourceTable = SourceDocument['tables'][number];
export type SourceRow = SourceTable['rows'][number];

/**
 * The header over the recognised columns. The PDF's header names six columns for seven (its
 * 主要任务 covers the task and the area): when the labels are six, the first spans two; when
 * seven, one each; otherwise they are kept one to a column as the seed writes them.
 */
function placeHeader(labels: string[]): SourceTable['header'] {
  const named = labels.filter((label) => label !== '');
  if (named.length === ROLES.length) return named.map((label) => ({ label, span: 1 }));
  if (named.length === ROLES.length - 1) return named.map((label, i) => ({ label, span: i === 0 ? 2 : 1 }));
  const kept = labels.slice(0, ROLES.length);
  while (kept.length < ROLES.length) kept.push('');
  return kept.map((label) => ({ label, span: 1 }));
}

/** A seed file's document as published, with its position among the seeds. */
export function readSourceDocument(seed: { file: string; text: string }, order: number): SourceDocument {
  const doc = readSeedDocument(seed.text);
  const provenance = readProvenance(seed.file, doc.frontMatter);
  const originOf = (cells: string[]) => {
    const measure = measureOrdinal(cells[ROLES.indexOf('measure')]?.replace(/\s+/gu, ' ').trim() ?? '');
    return measure ? provenance?.rows.get(measure.no) : undefined;
  };
  const tables = doc.tables.map((table): SourceTable => {
    const columns = recogniseColumns(table);
    // The parser has read the same table already and reported any problem at its line, so
    // this cannot happen for a seed that parsed: a plain Error, not a second SeedError message.
    if ('problem' in columns) throw new Error(`${seed.file}:${table.line}: the parser accepted a table the source reader cannot read (${columns.problem})`);
    return {
      line: table.line,
      header: placeHeader(table.header),
      rows: table.rows.map((row) => {
        const cells = ROLES.map((role) => row.cells[columns[role]] ?? '');
        const origin = originOf(cells);
        return origin ? { line: row.line, cells, origin } : { line: row.line, cells };
      }),
    };
  });
  return provenance ? { order, file: seed.file, preamble: doc.preamble, tables, original: provenance.original } : { order, file: seed.file, preamble: doc.preamble, tables };
}
