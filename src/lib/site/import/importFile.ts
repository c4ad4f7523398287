/**
 * One official file in, one seed out (in memory): the file read within the limits, its kind
 * checked against its name, a legacy file converted by LibreOffice, the format's reader
 * library asked for its paragraphs and tables, and the pure importer (src/lib/import/) making
 * and checking the seed. Writing is the caller's (scripts/import.ts), all or nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSeed } from '../../import/checkSeed.ts';
import type { ImportedDocument } from '../../import/document.ts';
import { checkContainer, EXTENSIONS, extensionOf } from '../../import/fileKind.ts';
import { ImportError, overLimit } from '../../import/ImportError.ts';
import { DEFAULT_LIMITS, type ImportLimits } from '../../import/limits.ts';
import { pdfDocument, hasTextLayer } from '../../import/pdf/pdfDocument.ts';
import { toSeed, type SeedDraft } from '../../import/toSeed.ts';
import type { Plan } from '../../plan/schema.ts';
import { EMPTY_ALIAS_TABLE, type AliasTable } from '../../seed/aliasTable.ts';
import { convertWithLibreOffice, type LibreOffice } from './libreOffice.ts';
import { explainOleContainer } from './ooxml.ts';

export interface ImportOptions {
  /** The folder the seed will be written to: its path is the seed's name in messages and sources. */
  outDir: string;
  aliases?: AliasTable;
  limits?: ImportLimits;
  /** How to find LibreOffice for legacy files (tests say where, or that it is missing). */
  libreOffice?: LibreOffice;
}

export interface ImportResult {
  /** Where the seed goes, and what it holds. */
  seedFile: string;
  markdown: string;
  /** Where the original goes (beside the seed), and its bytes. */
  originalFile: string;
  original: Uint8Array;
  sha256: string;
  plan: Plan;
  draft: SeedDraft;
  /** Pages of a PDF, for the report. */
  pages: number | null;
}

/** Reads an official file into a seed; throws an ImportError for anything the file does wrong. */
export async function importFile(file: string, options: ImportOptions): Promise<ImportResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const started = performance.now();
  const extension = extensionOf(file);

  // 1. The bytes, within the size limit.
  let size = -1;
  try {
    const stat = statSync(file);
    if (stat.isFile()) size = stat.size;
  } catch {
    // Said below, with a folder of that name.
  }
  if (size < 0) throw new ImportError(file, null, 'no such file (or it is a folder)');
  if (size > limits.maxFileBytes) throw overLimit(file, null, `the file is ${size} bytes, over the limit of ${limits.maxFileBytes}`);
  const bytes = new Uint8Array(readFileSync(file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  // 2. What it is against what its name says.
  const container = checkContainer(file, extension, bytes);
  const kind = EXTENSIONS[extension];
  if (container === 'cfb' && kind.container === 'zip') throw explainOleContainer(file, bytes, kind.name);

  // 3. Read it with its format's library (a legacy file converted first).
  let document: ImportedDocument;
  let pages: number | null = null;
  const readable = kind.container === 'cfb' ? await convertWithLibreOffice(file, kind.reads, options.libreOffice) : bytes;
  // Each reader is loaded only for its format: pdfjs and exceljs are large, and an import reads one file.
  if (kind.reads === 'pdf') {
    const { readPdfGeometry } = await import('./readPdf.ts');
    const geometry = await readPdfGeometry(readable, file, limits, started);
    pages = geometry.length;
    if (!hasTextLayer(geometry)) throw new ImportError(file, null, `the PDF has no text layer (no page of the ${geometry.length} holds text, as in a scan): it cannot be read without OCR, which the importer does not do; import the Word or Excel file, or a PDF printed from one`);
    document = pdfDocument(geometry);
  } else if (kind.reads === 'docx') {
    const { readDocx } = await import('./readDocx.ts');
    document = readDocx(file, readable, limits);
  } else {
    const { readXlsx } = await import('./readXlsx.ts');
    document = await readXlsx(file, readable, limits);
  }
  if (kind.container === 'cfb') document.decisions.unshift(`converted the .${extension} file to .${kind.reads} with LibreOffice; rows are counted as in the converted file`);

  // 4. The seed, read back by the parser.
  const name = path.basename(file);
  const seedFile = path.join(options.outDir, `${name.replace(/\.[^.]+$/u, '')}.md`);
  const draft = toSeed(file, document, { name, format: extension, bytes: bytes.length, sha256 });
  const plan = checkSeed(file, seedFile, draft, options.aliases ?? EMPTY_ALIAS_TABLE, { name, bytes: bytes.length, sha256 });
  return { seedFile, markdown: draft.markdown, originalFile: path.join(options.outDir, name), original: bytes, sha256, plan, draft, pages };
}
