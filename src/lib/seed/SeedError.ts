/** An error in a seed, tied to the file and line a reader should open to fix it. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }
}
