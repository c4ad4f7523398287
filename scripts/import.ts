/**
 * npm run import -- <file> [--out DIR]
 *
 * Turns an official file (.docx, .xlsx, .pdf; .doc, .wps, .xls, .et through LibreOffice) into
 * a seed: DIR/<name>.md (default DIR: seeds/), with the original kept beside it as DIR/<name>.<ext>,
 * and prints what it read and each decision it took. A file it cannot read stops it with
 * `FILE: problem` (and page, table or cell where there is one), exit 1, nothing written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../src/lib/import/ImportError.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { SEEDS_DIR } from '../src/lib/site/readPlan.ts';
import { importFile } from '../src/lib/site/import/importFile.ts';
import { EMPTY_ALIAS_TABLE, parseAliasTable, SeedError } from '../src/lib/seed/index.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('usage: npm run import -- <file.docx|.xlsx|.pdf|.doc|.wps|.xls|.et> [--out DIR]');
  const outDir = values.out ?? SEEDS_DIR;

  // 1. The alias table the seed will be parsed with, if the folder has one.
  const aliasFile = path.join(outDir, 'aliases.yaml');
  const aliases = existsSync(aliasFile) ? parseAliasTable(readFileSync(aliasFile, 'utf8'), aliasFile) : EMPTY_ALIAS_TABLE;

  // 2. Read, convert and check everything in memory.
  const result = await importFile(file, { outDir, aliases });

  // 3. Write the seed and the original beside their final names, then rename both: a failed
  //    run never leaves a seed without its original, or half a seed.
  await mkdir(outDir, { recursive: true });
  const writes = [
    { final: result.seedFile, data: result.markdown },
    ...(path.resolve(file) === path.resolve(result.originalFile) ? [] : [{ final: result.originalFile, data: result.original }]),
  ].map((write) => ({ ...write, temp: path.join(outDir, `.${path.basename(write.final)}.${process.pid}.tmp`) }));
  try {
    await Promise.all(writes.map(({ temp, data }) => writeFile(temp, data)));
    for (const { temp, final } of writes) await rename(temp, final);
  } finally {
    await Promise.all(writes.map(({ temp }) => rm(temp, { force: true })));
  }

  // 4. What it read and decided, and what else the folder holds that the build will read with it.
  const others = readdirSync(outDir).filter((name) => name.endsWith('.md') && path.join(outDir, name) !== result.seedFile);
  console.log(formatReport({ file, result, others: others.map((name) => path.join(outDir, name)) }));
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  // A problem with the file is the maintainer's to fix: FILE: problem, no stack.
  const known = error instanceof ImportError || error instanceof SeedError || error instanceof UsageError;
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
});
