/** A mistake in a progress file, tied to the file and line a reader should open to fix it. */
export class ProgressError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without its `FILE:LINE: ` prefix. */
  readonly problem: string;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ProgressError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
