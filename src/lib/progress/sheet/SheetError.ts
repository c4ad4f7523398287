/** Where in a workbook a problem is: a sheet, and a cell of it when one is to blame. */
export interface SheetPlace {
  readonly sheet: string;
  readonly cell?: string;
}

/**
 * A problem with a filled reporting sheet, or with reading it back, named as a person opens
 * it: `file.xlsx: 进展填报!H7: problem`, or `file.xlsx: problem` for the file as a whole.
 */
export class SheetError extends Error {
  readonly file: string;
  readonly place: SheetPlace | null;
  /** The message without its place. */
  readonly problem: string;

  constructor(file: string, place: SheetPlace | null, problem: string) {
    const at = place === null ? '' : place.cell === undefined ? `${place.sheet}: ` : `${place.sheet}!${place.cell}: `;
    super(`${file}: ${at}${problem}`);
    this.name = 'SheetError';
    this.file = file;
    this.place = place;
    this.problem = problem;
  }
}
