/**
 * node scripts/generate-seed.ts --factor N --out DIR
 *
 * Writes a synthetic seed with N times the measures and departments of the real one (every
 * seeds/*.md, scaled, plus a matching aliases.yaml) into DIR, for the growth benchmark. Build
 * it with the real parser and site: SEEDS_DIR=DIR OUT_DIR=… npm run build.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { scaleAliasTable, scaleSeed } from './bench/scaleSeed.ts';
import { parseAliasTable, parsePlan } from '../src/lib/seed/index.ts';

const { values } = parseArgs({ options: { factor: { type: 'string' }, out: { type: 'string' }, seeds: { type: 'string', default: 'seeds' } } });
const factor = Number(values.factor);
if (!values.out || !Number.isInteger(factor) || factor < 1) {
  console.error('usage: node scripts/generate-seed.ts --factor N --out DIR [--seeds DIR]');
  process.exit(2);
}
const seedDir = values.seeds!;
const outDir = values.out;

// 1. Read the real seeds and alias table, and parse them once: copies are numbered after the real measures.
const names = (await readdir(seedDir)).filter((name) => name.endsWith('.md')).sort();
const seeds = await Promise.all(names.map(async (name) => ({ file: path.join(seedDir, name), text: await readFile(path.join(seedDir, name), 'utf8') })));
const aliasFile = path.join(seedDir, 'aliases.yaml');
const aliases = parseAliasTable(await readFile(aliasFile, 'utf8'), aliasFile);
const real = parsePlan(seeds, aliases);

// 2. Write the scaled seeds under their real names, so they are read in the same order.
await mkdir(outDir, { recursive: true });
for (const [i, seed] of seeds.entries()) {
  await writeFile(path.join(outDir, names[i]!), scaleSeed(seed.text, factor, real.measures.length));
}
await writeFile(
  path.join(outDir, 'aliases.yaml'),
  `# Synthetic: ${seedDir}/aliases.yaml with every alias repeated for each copy (scripts/generate-seed.ts).\n${stringify(scaleAliasTable(aliases, factor))}`,
);
console.log(`wrote ${factor}× seed (${factor * real.measures.length} measures, ${factor * real.departments.length} departments) to ${outDir}/`);
