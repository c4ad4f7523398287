/**
 * The import's speed, for `npm run bench`: the project's plan written once as the three
 * official files the round trips use (tests/support/originals.ts: .docx, .xlsx, and an A4
 * landscape PDF printed by Chromium), then each imported by `npm run import` as a maintainer
 * runs it (a fresh Node process: module loading included), `runs` times; the median counts.
 * Budgets (issue 19): the PDF ≤ 3 s, Word and Excel ≤ 1 s.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/lib/plan/schema.ts';
import { planAsDocx, planAsPdf, planAsXlsx } from '../../tests/support/originals.ts';

export const IMPORT_BUDGET_SECONDS = { pdf: 3, docx: 1, xlsx: 1 } as const;

export interface ImportTiming {
  format: keyof typeof IMPORT_BUDGET_SECONDS;
  bytes: number;
  seconds: number;
  cpu: number;
  budget: number;
  runs: { seconds: number; cpu: number }[];
}

/** Makes the three files in `dir` and times `npm run import` on each with `time`, the bench's timer. */
export async function importSpeed(
  plan: Plan,
  dir: string,
  runs: number,
  time: (command: string, args: string[]) => { seconds: number; cpu: number },
): Promise<ImportTiming[]> {
  const makers = { pdf: planAsPdf, docx: planAsDocx, xlsx: planAsXlsx } as const;
  const results: ImportTiming[] = [];
  for (const format of Object.keys(makers) as (keyof typeof makers)[]) {
    const bytes = await makers[format](plan);
    const file = path.join(dir, `plan.${format}`);
    writeFileSync(file, bytes);
    const times = Array.from({ length: runs }, () => time(process.execPath, ['scripts/import.ts', file, '--out', path.join(dir, `out-${format}`)]));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    results.push({
      format,
      bytes: bytes.length,
      seconds: Number(median(times.map((t) => t.seconds)).toFixed(2)),
      cpu: Number(median(times.map((t) => t.cpu)).toFixed(2)),
      budget: IMPORT_BUDGET_SECONDS[format],
      runs: times.map(({ seconds, cpu }) => ({ seconds, cpu })),
    });
  }
  return results;
}
