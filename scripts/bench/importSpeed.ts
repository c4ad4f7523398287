/**
 * The import's speed, for `npm run bench`: the project's plan written once as the three
 * official files the round trips use (tests/support/originals.ts: .docx, .xlsx, and an A4
 * landscape PDF printed by Chromium), then each imported by `npm run import` as a maintainer
 * runs it (a fresh Node process: module loading included), `runs` times; the median counts.
 * Budgets (issue 19): the PDF ≤ 3 s, Word and Excel ≤ 1 s. When LibreOffice is installed, the
 * legacy files too (.doc, .wps, .xls, .et, saved by LibreOffice from the .docx and .xlsx, as
 * the legacy round trips make them): no budget, as their time is mostly LibreOffice's start
 * and conversion, which the import does not control; the figures say what a maintainer waits.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plan } from '../../src/lib/plan/schema.ts';
import { findSoffice } from '../../src/lib/site/import/libreOffice.ts';
import { planAsDocx, planAsPdf, planAsXlsx } from '../../tests/support/originals.ts';

export const IMPORT_BUDGET_SECONDS = { pdf: 3, docx: 1, xlsx: 1 } as const;

/** Each legacy format, and the modern file LibreOffice saves it from. */
const LEGACY = { doc: 'docx', wps: 'docx', xls: 'xlsx', et: 'xlsx' } as const;

export interface ImportTiming {
  format: keyof typeof IMPORT_BUDGET_SECONDS | keyof typeof LEGACY;
  bytes: number;
  seconds: number;
  cpu: number;
  /** Seconds allowed, or null for a legacy format (no budget). */
  budget: number | null;
  runs: { seconds: number; cpu: number }[];
}

/** Makes the files in `dir` and times `npm run import` on each with `time`, the bench's timer. */
export async function importSpeed(
  plan: Plan,
  dir: string,
  runs: number,
  time: (command: string, args: string[]) => { seconds: number; cpu: number },
): Promise<ImportTiming[]> {
  const makers = { pdf: planAsPdf, docx: planAsDocx, xlsx: planAsXlsx } as const;
  const files: { format: ImportTiming['format']; file: string; bytes: number; budget: number | null }[] = [];
  for (const format of Object.keys(makers) as (keyof typeof makers)[]) {
    const bytes = await makers[format](plan);
    const file = path.join(dir, `plan.${format}`);
    writeFileSync(file, bytes);
    files.push({ format, file, bytes: bytes.length, budget: IMPORT_BUDGET_SECONDS[format] });
  }
  const soffice = findSoffice();
  if (soffice) {
    for (const [format, from] of Object.entries(LEGACY) as [keyof typeof LEGACY, 'docx' | 'xlsx'][]) {
      const out = path.join(dir, format);
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--convert-to', format, '--outdir', out, path.join(dir, `plan.${from}`)], { stdio: 'ignore', timeout: 120_000 });
      const file = path.join(out, `plan.${format}`);
      files.push({ format, file, bytes: statSync(file).size, budget: null });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return files.map(({ format, file, bytes, budget }) => {
    const times = Array.from({ length: runs }, () => time(process.execPath, ['scripts/import.ts', file, '--out', path.join(dir, `out-${format}`)]));
    return {
      format,
      bytes,
      seconds: Number(median(times.map((t) => t.seconds)).toFixed(2)),
      cpu: Number(median(times.map((t) => t.cpu)).toFixed(2)),
      budget,
      runs: times.map(({ seconds, cpu }) => ({ seconds, cpu })),
    };
  });
}
