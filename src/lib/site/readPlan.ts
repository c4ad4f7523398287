import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAliasTable, parsePlan, type SeedFile } from '../seed/index.ts';
import type { FileFacts } from '../seed/provenance.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import { readSourceDocument, type SourceDocument } from '../seed/sourceDocument.ts';
import type { Plan } from '../plan/schema.ts';
import { checkSitePlans } from '../seed/sitePlans.ts';
import type { ProgressFile } from '../progress/parseProgress.ts';
import { locatePlans, SEEDS_DIR, type SeedSource } from './locatePlans.ts';
import { readPlanProgress } from './progressFiles.ts';

export { SEEDS_DIR, type SeedSource } from './locatePlans.ts';

/**
 * The one plan of a one-plan seeds folder (its *.md directly in it, in name order, and the
 * alias table beside them). A folder of several plans is read with readSite().
 */
export function seedSource(dir: string = SEEDS_DIR): SeedSource {
  const plans = locatePlans(dir);
  if (plans.length !== 1) throw new Error(`${dir}/ holds ${plans.length} plans: read it with readSite()`);
  return plans[0]!.source;
}

/**
 * Reads the seeds and their alias table and parses them into the plan. A problem in a seed
 * throws a SeedError that names the file and line; nothing is written anywhere.
 */
export function readPlan(source: SeedSource = seedSource()): Plan {
  return readSource(source).plan;
}

/** The plan and the decisions (alias table) it was parsed with: what the content layer loads. */
export interface ParsedSource {
  plan: Plan;
  decisions: AliasTable;
  /** Each seed as published (title, 说明, tables as written), for the source page. */
  documents: SourceDocument[];
}

/** Where a file named by a seed's front matter is kept: beside the seed. */
export function besideSeed(seed: string, name: string): string {
  return path.join(path.dirname(seed), name);
}

/** The size and SHA-256 of a file beside a seed, or null when there is none. */
export function fileBeside(seed: string, name: string): FileFacts | null {
  const file = besideSeed(seed, name);
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const bytes = readFileSync(file);
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads and parses the seeds and their alias table together, as the content loader does. */
export function readSource(source: SeedSource = seedSource()): ParsedSource {
  const decisions = parseAliasTable(readFileSync(source.aliases, 'utf8'), source.aliases);
  const { plan, documents } = readOnePlan(source, decisions);
  return { plan, decisions, documents };
}

function readOnePlan(source: SeedSource, decisions: AliasTable): { plan: Plan; documents: SourceDocument[]; seeds: SeedFile[] } {
  const seeds = source.seeds.map((file) => ({ file: path.normalize(file), text: readFileSync(file, 'utf8') }));
  const plan = parsePlan(seeds, decisions, { fileBeside });
  return { plan, documents: seeds.map((seed, i) => readSourceDocument(seed, i + 1)), seeds };
}

/** One plan of the site as parsed: its slug, the plan, its seeds as published and its progress. */
export interface ParsedPlan {
  slug: string;
  plan: Plan;
  documents: SourceDocument[];
  /** Its progress file (progress.yaml beside its seed) read and checked against it; null while it has none. */
  progress: ProgressFile | null;
}

/** Every plan of the site and the one alias table they were parsed with. */
export interface ParsedSite {
  plans: ParsedPlan[];
  decisions: AliasTable;
  /** Every file read, for the change watcher: seeds, the alias table and each plan's progress file (there or not). */
  files: string[];
}

/**
 * Reads and parses every plan of a seeds folder (one plan, or a folder per plan) with the
 * site's alias table, and checks what must hold across plans. A problem throws a SeedError
 * naming the file (and line); nothing is written anywhere.
 */
export function readSite(dir: string = SEEDS_DIR): ParsedSite {
  // The alias table first, as a one-plan parse reads it: a mistake in it is reported before any seed's.
  const aliases = path.join(dir, 'aliases.yaml');
  const decisions = parseAliasTable(readFileSync(aliases, 'utf8'), aliases);
  const located = locatePlans(dir);
  const read = located.map((plan) => ({ slug: plan.slug, ...readOnePlan(plan.source, decisions) }));
  checkSitePlans(read);
  return {
    // A progress file is checked against the plan it reports on: a problem stops the build with FILE:LINE, like a seed's.
    plans: read.map(({ slug, plan, documents }, i) => ({ slug, plan, documents, progress: readPlanProgress(located[i]!, plan) })),
    decisions,
    files: [...located.flatMap((plan) => [...plan.source.seeds, plan.progressPath]), aliases],
  };
}

/**
 * A fingerprint of the source files' contents as the file system dates them: equal while nothing
 * was saved. A file that is not there (a plan's progress file before it is written) counts as
 * "none", so adding it changes the fingerprint.
 */
export function sourceVersion(files: readonly string[]): string {
  return files.map((file) => `${file}@${existsSync(file) ? statSync(file).mtimeMs : 'none'}`).join('|');
}
