/**
 * npm run parse -- [seed.md ...] [--out DIR] [--aliases FILE]
 *
 * Parses seeds into plan data files, to check a seed or to read what the parser made of it.
 * With no seed named, reads every *.md in seeds/ (SEEDS_DIR; in name order, as one document)
 * and writes to src/generated/ (PLAN_DIR). The build does not need this step: its content
 * loader runs the same parser (src/lib/plan/planLoader.ts). On any error it prints
 * FILE:LINE: problem, exits 1, and leaves the files already in DIR as they were.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PLAN_DIR, planFiles } from '../src/lib/site/planFiles.ts';
import { readPlan, SEEDS_DIR, seedSource } from '../src/lib/site/readPlan.ts';
import { SeedError } from '../src/lib/seed/index.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, aliases: { type: 'string' } },
  });

  // 1. Which seeds: those named, or every Markdown file in SEEDS_DIR; the alias table beside
  //    them (SEEDS_DIR moves both, e.g. for synthetic seeds) unless --aliases names another.
  const source = positionals.length > 0 ? { seeds: positionals, aliases: path.join(SEEDS_DIR, 'aliases.yaml') } : seedSource();
  if (values.aliases) source.aliases = values.aliases;

  // 2. Parse everything in memory.
  const plan = readPlan(source);

  // 3. Write each file beside its final name, then rename: a failed run never leaves half a plan.
  const outDir = values.out ?? PLAN_DIR;
  await mkdir(outDir, { recursive: true });
  const written = Object.entries(planFiles(plan)).map(([name, data]) => ({
    final: path.join(outDir, name),
    temp: path.join(outDir, `.${name}.${process.pid}.tmp`),
    text: `${JSON.stringify(data, null, 2)}\n`,
  }));
  try {
    await Promise.all(written.map(({ temp, text }) => writeFile(temp, text)));
    for (const { temp, final } of written) await rename(temp, final);
  } finally {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
  }
  console.log(`parsed ${plan.measures.length} measures and ${plan.departments.length} departments from ${source.seeds.join(', ')} into ${outDir}/`);
}

main().catch((error: unknown) => {
  // A seed problem is the reader's to fix: show just FILE:LINE: problem, no stack.
  console.error(error instanceof SeedError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? String((error as Error).message) : error);
  process.exitCode = 1;
});
