/**
 * An error in a seed, tied to the file and line a reader should open to fix it; a problem with
 * the seeds folder's layout (a plan folder, not a line) names the path alone.
 */
export class SeedError extends Error {
  readonly file: string;
  /** The 1-based line; null when the problem is a file or folder as a whole. */
  readonly line: number | null;

  constructor(file: string, line: number | null, problem: string) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }
}
