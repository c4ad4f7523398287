/**
 * Where each plan's progress file is, and the file I/O of `npm run progress`: reading progress
 * files and filled sheets (sizes checked before reading) and writing progress files all or
 * nothing. The rules are pure, in src/lib/progress/; this is only the files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseProgress, type ProgressFile } from '../progress/parseProgress.ts';
import { checkSheetSize } from '../progress/sheet/zipCheck.ts';
import type { Plan } from '../plan/schema.ts';
import type { LocatedPlan } from './locatePlans.ts';

export { locatePlans, PROGRESS_FILE, type LocatedPlan } from './locatePlans.ts';

/** A progress file's text; null when the plan has none. */
export function readProgressText(progressPath: string): string | null {
  return existsSync(progressPath) ? readFileSync(progressPath, 'utf8') : null;
}

/** A plan's progress, read and checked against the plan; null when it has no progress file. */
export function readPlanProgress(located: LocatedPlan, plan: Plan): ProgressFile | null {
  const text = readProgressText(located.progressPath);
  return text === null ? null : parseProgress(text, path.normalize(located.progressPath), { slug: located.slug, plan });
}

/** A filled sheet's bytes, its size checked before a byte is read (a SheetError when too large). */
export function readSheetBytes(file: string): Uint8Array {
  checkSheetSize(file, statSync(file).size);
  return new Uint8Array(readFileSync(file));
}

/** Writes every file beside its final name, then renames them all: a failed run leaves every file as it was. */
export async function writeAllOrNothing(files: readonly { path: string; data: string | Uint8Array }[]): Promise<void> {
  const temps = files.map((file) => ({ ...file, temp: path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`) }));
  try {
    await Promise.all(temps.map(({ temp, data }) => writeFile(temp, data)));
    for (const { temp, path: final } of temps) await rename(temp, final);
  } finally {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
  }
}
