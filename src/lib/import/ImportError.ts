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
