/**
 * Where the site's plans are: the one module that lists the seeds folder. Markdown files
 * directly in seeds/ are one plan (its slug the first seed file's name, its progress file
 * seeds/progress.yaml); each folder seeds/<slug>/ is a plan (its progress file
 * seeds/<slug>/progress.yaml). The rules are pure, in src/lib/seed/planLayout.ts; the alias
 * table seeds/aliases.yaml is the whole site's.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { planLayout, type SeedsEntry } from '../seed/planLayout.ts';

/**
 * Where the seeds are read from: SEEDS_DIR (the benchmark's synthetic seeds, say), or seeds/.
 * Relative to the working directory, which is the project root for every script and for Astro.
 */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? 'seeds';

/** The name of a plan's progress file, beside its seed. */
export const PROGRESS_FILE = 'progress.yaml';

/** The files a plan is parsed from. */
export interface SeedSource {
  /** Seed Markdown files, read in this order as one document. */
  seeds: string[];
  /** The alias table (aliases.yaml): the data decisions applied while parsing, the site's. */
  aliases: string;
}

/** One plan of the site: its slug, its seed files and where its progress file is (or would be). */
export interface LocatedPlan {
  readonly slug: string;
  readonly source: SeedSource;
  readonly progressPath: string;
}

/** The seeds folder's entries: files, and each folder with its files' names. */
function listSeeds(dir: string): SeedsEntry[] {
  // statSync follows symbolic links: a fixture may link a seed (or a plan's folder) in.
  const kind = (file: string) => statSync(file, { throwIfNoEntry: false });
  return readdirSync(dir).flatMap((name): SeedsEntry[] => {
    const stats = kind(path.join(dir, name));
    if (stats?.isFile()) return [{ name }];
    if (stats?.isDirectory()) return [{ name, files: readdirSync(path.join(dir, name)).filter((inner) => kind(path.join(dir, name, inner))?.isFile()) }];
    return [];
  });
}

/** The site's plans, in name order; a layout mistake throws a SeedError naming the path. */
export function locatePlans(dir: string = SEEDS_DIR): LocatedPlan[] {
  const aliases = path.join(dir, 'aliases.yaml');
  return planLayout(path.normalize(dir), listSeeds(dir)).map((plan) => ({
    slug: plan.slug,
    source: { seeds: plan.seeds.map((seed) => path.normalize(seed)), aliases },
    progressPath: path.join(plan.dir, PROGRESS_FILE),
  }));
}
