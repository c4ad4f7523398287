/**
 * A file the importer cannot turn into a seed, with where in it the problem is: the message
 * reads `FILE: problem` or `FILE: page 3: problem`, `FILE: table 2, row 5: problem`,
 * `FILE: Sheet1!G5: problem`, so a maintainer knows which file to open and where to look.
 */
export class ImportError extends Error {
  readonly file: string;
  /** Page, table and row, or sheet and cell; null when the problem is the whole file. */
  readonly where: string | null;

  constructor(file: string, where: string | null, problem: string) {
    super(`${file}: ${where ? `${where}: ` : ''}${problem}`);
    this.name = 'ImportError';
    this.file = file;
    this.where = where;
  }
}

/** The one message for a file its reader library cannot read: `what` names the kind ("PDF", "Word file"). */
export function damagedFile(file: string, what: string, detail: string): ImportError {
  return new ImportError(file, null, `the ${what} is damaged or truncated and cannot be read (${detail})`);
}

/** The one message for a file that asks for more than the limits allow. */
export function overLimit(file: string, where: string | null, what: string): ImportError {
  return new ImportError(file, where, `${what}: more than a task table is read with, so it is not read further`);
}
