/**
 * npm run parse -- [seed.md ...] [--out DIR] [--aliases FILE]
 *
 * Parses seeds into plan data files. With no seed named, reads every *.md in seeds/ (in name
 * order, as one document) and writes to the folder the build reads. On any error it prints
 * FILE:LINE: problem, exits 1, and leaves the files already in DIR as they were.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_PLAN_DIR, planFiles } from '../src/lib/plan/planFiles.ts';
import { parseAliasTable, parsePlan, SeedError } from '../src/lib/seed/index.ts';

const SEEDS_DIR = 'seeds';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, aliases: { type: 'string' } },
  });

  // 1. Which seeds: those named, or every Markdown file in seeds/.
  const seedDir = process.env.SEEDS_DIR ?? SEEDS_DIR;
  const files = positionals.length > 0
    ? positionals
    : (await readdir(seedDir)).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(seedDir, name));
  if (files.length === 0) throw new Error(`no seed files (*.md) in ${seedDir}/`);

  // 2. Read them and the alias table, then parse everything in memory.
  const seeds = await Promise.all(files.map(async (file) => ({ file: path.normalize(file), text: await readFile(file, 'utf8') })));
  // The alias table sits beside the seeds it describes (SEEDS_DIR moves both, e.g. for synthetic seeds).
  const aliasFile = values.aliases ?? path.join(seedDir, 'aliases.yaml');
  const aliases = parseAliasTable(await readFile(aliasFile, 'utf8'), aliasFile);
  const plan = parsePlan(seeds, aliases);

  // 3. Write each file beside its final name, then rename: a failed run never leaves half a plan.
  const outDir = values.out ?? BUILD_PLAN_DIR;
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
  console.log(`parsed ${plan.measures.length} measures and ${plan.departments.length} departments from ${files.join(', ')} into ${outDir}/`);
}

main().catch((error: unknown) => {
  // A seed problem is the reader's to fix: show just FILE:LINE: problem, no stack.
  console.error(error instanceof SeedError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? String((error as Error).message) : error);
  process.exitCode = 1;
});
