/**
 * A PDF page as plain data: the text items its text layer holds and the ruling lines it
 * draws, in page coordinates (points, origin at the top left, y growing downwards). The
 * reader (src/lib/site/import/readPdf.ts) makes this from pdfjs; everything that finds tables
 * in it is pure and is tested on saved geometry, as pdfplumber exposes chars and lines.
 */

/** One run of text on one baseline, as the text layer gives it. */
export interface TextItem {
  /** The characters, as the text layer maps them to Unicode. */
  text: string;
  /** Left edge of the run. */
  x: number;
  /** The baseline. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size: the height of an em. */
  size: number;
}

/** A horizontal or vertical ruling line: x1 ≤ x2, y1 ≤ y2, and one of the two pairs equal. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageGeometry {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  texts: TextItem[];
  segments: Segment[];
}
