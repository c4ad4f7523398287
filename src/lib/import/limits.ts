/**
 * How much of an untrusted file the importer will read. A task table of a few hundred
 * measures is a few hundred kilobytes in any format; these bounds are far above that and far
 * below what would exhaust the machine, so a zip bomb, a billion-page PDF or a sheet of a
 * million cells stops with a message instead of taking the importer down.
 */
export interface ImportLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** All entries of a .docx or .xlsx together, unpacked, as their zip headers declare and as they inflate. */
  maxUnpackedBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Table cells in the whole document (a sheet's used range, a Word table's cells, a PDF grid's). */
  maxCells: number;
  /** Drawing operations on one PDF page (a vector drawing of millions of paths is not a table). */
  maxOperationsPerPage: number;
  /** Wall time for reading the file, in milliseconds. */
  maxMilliseconds: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxPages: 500,
  maxCells: 200_000,
  maxOperationsPerPage: 500_000,
  maxMilliseconds: 60_000,
};
