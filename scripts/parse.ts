/**
 * npm run parse -- [seed.md ... | folder] [--out DIR] [--aliases FILE]
 *
 * Parses seeds into plan data files, to check a seed or to read what the parser made of it.
 * With no seed named, reads the seeds folder (SEEDS_DIR, default seeds/) as the build does:
 * one plan (its *.md in name order, as one document) or a folder per plan, checked across
 * plans; a folder named instead is read the same way. Seed files named are one plan, parsed
 * with the alias table beside SEEDS_DIR's (or --aliases). It writes to src/generated/
 * (PLAN_DIR): a one-plan folder's files there, several plans' each in <DIR>/<slug>/. The
 * build does not need this step: its content loader runs the same parser
 * (src/lib/plan/planLoader.ts). On any error it prints FILE:LINE: problem, exits 1, and
 * leaves the files already in DIR as they were.
 */
import { statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Plan } from '../src/lib/plan/schema.ts';
import { PLAN_DIR, planFiles } from '../src/lib/site/planFiles.ts';
import { readPlan, readSite, SEEDS_DIR } from '../src/lib/site/readPlan.ts';
import { SeedError } from '../src/lib/seed/index.ts';

/** A mistake in how the command was called: its message is all the reader needs. */
class UsageError extends Error {}

interface Parsed {
  /** Where its files go, under the output folder ('' for the folder itself). */
  folder: string;
  plan: Plan;
  from: string;
}

/** What to parse: the seed files named (one plan), or a seeds folder as the build reads it. */
function parse(positionals: string[], aliases: string | undefined): Parsed[] {
  const folders = positionals.filter((named) => statSync(named, { throwIfNoEntry: false })?.isDirectory());
  if (folders.length > 0 && positionals.length > 1) throw new UsageError(`${folders[0]} is a folder: name one seeds folder, or seed files`);
  const folder = positionals.length === 0 ? SEEDS_DIR : folders[0] ?? null;
  if (folder === null) {
    const plan = readPlan({ seeds: positionals, aliases: aliases ?? path.join(SEEDS_DIR, 'aliases.yaml') });
    return [{ folder: '', plan, from: positionals.join(', ') }];
  }
  if (aliases) throw new UsageError('--aliases goes with seed files: a seeds folder is parsed with its own aliases.yaml');
  const site = readSite(folder);
  const several = site.plans.length > 1;
  return site.plans.map(({ slug, plan }) => ({ folder: several ? slug : '', plan, from: several ? path.join(folder, slug) : folder }));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, aliases: { type: 'string' } },
  });

  // 1. Parse everything in memory: every plan, before anything is written.
  const parsed = parse(positionals, values.aliases);

  // 2. Write each file beside its final name, then rename: a failed run never leaves half a plan.
  const outDir = values.out ?? PLAN_DIR;
  const written = parsed.flatMap(({ folder, plan }) =>
    Object.entries(planFiles(plan)).map(([name, data]) => ({
      final: path.join(outDir, folder, name),
      temp: path.join(outDir, folder, `.${name}.${process.pid}.tmp`),
      text: `${JSON.stringify(data, null, 2)}\n`,
    })),
  );
  try {
    await Promise.all([...new Set(written.map(({ final }) => path.dirname(final)))].map((dir) => mkdir(dir, { recursive: true })));
    await Promise.all(written.map(({ temp, text }) => writeFile(temp, text)));
    for (const { temp, final } of written) await rename(temp, final);
  } finally {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
  }
  for (const { folder, plan, from } of parsed) {
    console.log(`parsed ${plan.measures.length} measures and ${plan.departments.length} departments from ${from} into ${path.join(outDir, folder)}/`);
  }
}

main().catch((error: unknown) => {
  // A seed problem is the reader's to fix: show just FILE:LINE: problem, no stack.
  const plain = error instanceof SeedError || error instanceof UsageError || (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(plain ? String((error as Error).message) : error);
  process.exitCode = 1;
});
