/**
 * A PDF's pages as geometry (src/lib/import/pdf/geometry.ts), read with pdfjs-dist's legacy
 * build for Node: the text layer's items with their positions, and the ruling lines the page
 * draws, from the operator list (stroked paths, and the thin filled rectangles that most
 * printers, Chromium included, draw table borders with). Nothing here decides what a table
 * is; it only turns pdfjs's output into plain data.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageGeometry, Segment, TextItem } from '../../import/pdf/geometry.ts';
import { damagedFile, ImportError, overLimit } from '../../import/ImportError.ts';
import type { ImportLimits } from '../../import/limits.ts';

type Matrix = [number, number, number, number, number, number];

/** The matrix that applies `inner` first, then `outer`. */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = inner;
  const [A, B, C, D, E, F] = outer;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdfjs's path operators inside a constructPath's data (its DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const { OPS } = pdfjs;
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** A filled rectangle this thin (points) is a ruling line, not a shaded cell. */
const THIN = 2.5;
/** Two coordinates this close (points) are the same line. */
const SAME = 0.5;

/** The subpaths of a constructPath as lists of points in page space (curves by their end points). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const paths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      if (current.length > 0) paths.push(current);
      current = [apply(ctm, data[i]!, data[i + 1]!)];
      i += 2;
    } else if (op === DRAW.lineTo) {
      current.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === DRAW.curveTo) {
      current.push(apply(ctm, data[i + 4]!, data[i + 5]!));
      i += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      current.push(apply(ctm, data[i + 2]!, data[i + 3]!));
      i += 4;
    } else if (op === DRAW.closePath) {
      if (current[0]) current.push(current[0]);
    } else break;
  }
  if (current.length > 0) paths.push(current);
  return paths;
}

const segment = (x1: number, y1: number, x2: number, y2: number): Segment => ({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });

/** Ruling lines of one painted path: a thin filled box is a line along its middle; a stroked path gives its straight axis-aligned pieces. */
function rulings(paths: [number, number][][], filled: boolean, stroked: boolean): Segment[] {
  const found: Segment[] = [];
  for (const points of paths) {
    if (filled && points.length >= 4) {
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (right - left <= THIN && bottom - top > THIN) found.push(segment((left + right) / 2, top, (left + right) / 2, bottom));
      else if (bottom - top <= THIN && right - left > THIN) found.push(segment(left, (top + bottom) / 2, right, (top + bottom) / 2));
    }
    if (stroked) {
      for (let i = 1; i < points.length; i++) {
        const [x1, y1] = points[i - 1]!;
        const [x2, y2] = points[i]!;
        if (Math.abs(x1 - x2) <= SAME && Math.abs(y1 - y2) > SAME) found.push(segment(x1, y1, x1, y2));
        else if (Math.abs(y1 - y2) <= SAME && Math.abs(x1 - x2) > SAME) found.push(segment(x1, y1, x2, y1));
      }
    }
  }
  return found;
}

const pdfjsFolder = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Where pdfjs finds the CMaps that CJK fonts with predefined encodings need to map glyphs to text. */
const CMAPS = pathToFileURL(path.join(pdfjsFolder, 'cmaps') + path.sep).href;
const STANDARD_FONTS = pathToFileURL(path.join(pdfjsFolder, 'standard_fonts') + path.sep).href;

/** What pdfjs says when it cannot read a file, as one of our messages. */
function readError(file: string, error: unknown): ImportError {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') return new ImportError(file, null, 'the PDF is password-protected: open it, save a copy without a password, and import that');
  return damagedFile(file, 'PDF', error instanceof Error ? error.message : String(error));
}

/** Every page's text items and ruling lines, within the limits. */
export async function readPdfGeometry(bytes: Uint8Array, file: string, limits: ImportLimits, started = performance.now()): Promise<PageGeometry[]> {
  const task = pdfjs.getDocument({
    // A copy: pdfjs hands its buffer to the worker, which detaches it.
    data: bytes.slice(),
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw readError(file, error);
  }
  try {
    if (document.numPages > limits.maxPages) throw overLimit(file, null, `the PDF has ${document.numPages} pages, over the limit of ${limits.maxPages}`);
    const pages: PageGeometry[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      if (performance.now() - started > limits.maxMilliseconds) {
        throw overLimit(file, `page ${number}`, `reading the PDF took longer than the limit of ${limits.maxMilliseconds / 1000} s`);
      }
      let page;
      let content;
      let operators;
      try {
        page = await document.getPage(number);
        [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      } catch (error) {
        throw error instanceof ImportError ? error : readError(file, error);
      }
      if (operators.fnArray.length > limits.maxOperationsPerPage) {
        throw overLimit(file, `page ${number}`, `the page draws ${operators.fnArray.length} operations, over the limit of ${limits.maxOperationsPerPage}`);
      }
      const viewport = page.getViewport({ scale: 1 });
      const view = viewport.transform as Matrix;

      const texts: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = compose(view, item.transform as Matrix);
        // Upright text only: a table's cells are read left to right.
        if (Math.abs(m[1]) > 1e-3 || Math.abs(m[2]) > 1e-3) continue;
        texts.push({ text: item.str, x: m[4], y: m[5], width: item.width * Math.abs(m[0] / (item.transform[0] || 1)), size: Math.abs(m[3]) });
      }

      const segments: Segment[] = [];
      const stack: Matrix[] = [];
      let ctm: Matrix = view;
      operators.fnArray.forEach((fn, i) => {
        const args = operators.argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = compose(ctm, args as Matrix);
        else if (fn === OPS.paintFormXObjectBegin) {
          stack.push(ctm);
          if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = compose(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.constructPath) {
          const paint = args[0] as number;
          const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
          if (!data || !(STROKES.has(paint) || FILLS.has(paint))) return;
          segments.push(...rulings(subpaths(data, ctm), FILLS.has(paint), STROKES.has(paint)));
        }
      });
      pages.push({ page: number, width: viewport.width, height: viewport.height, texts, segments });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

