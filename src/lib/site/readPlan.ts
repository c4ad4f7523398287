import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAliasTable, parsePlan } from '../seed/index.ts';
import type { FileFacts } from '../seed/provenance.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import { readSourceDocument, type SourceDocument } from '../seed/sourceDocument.ts';
import type { Plan } from '../plan/schema.ts';

/**
 * Where the seeds are read from: SEEDS_DIR (the benchmark's synthetic seeds, say), or seeds/.
 * Relative to the working directory, which is the project root for every script and for Astro.
 */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? 'seeds';

/** The files a plan is parsed from. */
export interface SeedSource {
  /** Seed Markdown files, read in this order as one document. */
  seeds: string[];
  /** The alias table (aliases.yaml): the data decisions applied while parsing. */
  aliases: string;
}

/**
 * Every seed in a folder, in name order (a continuation sorts after the file it continues),
 * and the alias table that sits beside them.
 */
export function seedSource(dir: string = SEEDS_DIR): SeedSource {
  const seeds = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(dir, name));
  if (seeds.length === 0) throw new Error(`no seed files (*.md) in ${dir}/`);
  return { seeds, aliases: path.join(dir, 'aliases.yaml') };
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
  const seeds = source.seeds.map((file) => ({ file: path.normalize(file), text: readFileSync(file, 'utf8') }));
  const decisions = parseAliasTable(readFileSync(source.aliases, 'utf8'), source.aliases);
  const plan = parsePlan(seeds, decisions, { fileBeside });
  return { plan, decisions, documents: seeds.map((seed, i) => readSourceDocument(seed, i + 1)) };
}

/** A fingerprint of the source files' contents as the file system dates them: equal while nothing was saved. */
export function sourceVersion(source: SeedSource): string {
  return [...source.seeds, source.aliases].map((file) => `${file}@${statSync(file).mtimeMs}`).join('|');
}
