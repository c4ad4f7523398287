/**
 * node scripts/check-reproducible.ts [DIR] [--against DIR2]
 *
 * Compares two builds of the same commit in the same environment file by file (SHA-256): DIR
 * (or OUT_DIR, or dist/) and a second, clean build. Any file that differs, or that only one
 * build has, is printed and fails the check: a reader, a mirror or an archive must get the
 * same bytes from the same source.
 *
 * The second build is DIR2 when given (npm test makes it beside the first, with empty
 * caches); otherwise this script builds it into DIR-again, with empty caches, and removes it
 * afterwards.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtFiles } from '../tests/e2e/support/builtSite.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { against: { type: 'string' } } });
const first = path.resolve(positionals[0] ?? process.env['OUT_DIR'] ?? 'dist');
const second = path.resolve(values.against ?? `${first}-again`);

const hashes = (root: string) =>
  new Map(builtFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));

// 1. Unless given one, a second build into its own folder, with empty caches; everything else
//    (seeds, BASE_PATH, …) as for the first. Empty caches make it a clean build whatever the
//    first build found in its caches (Vite's dependency cache, Astro's content store).
if (!values.against) {
  rmSync(second, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['tests/e2e/support/buildSite.ts', '--fresh-cache'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, OUT_DIR: second } });
  if (build.status !== 0) {
    console.error('the second build failed');
    process.exit(1);
  }
}

// 2. Compare every file of both builds.
const a = hashes(first);
const b = hashes(second);
const differing = [...new Set([...a.keys(), ...b.keys()])].sort().filter((file) => a.get(file) !== b.get(file));
for (const file of differing) console.error(`✗ ${file}: ${!a.has(file) ? 'only in the second build' : !b.has(file) ? 'only in the first build' : 'differs'}`);
console.log(`${a.size} files compared between two builds: ${differing.length === 0 ? 'byte-identical' : `${differing.length} differ`}`);

// 3. Leave only the first build behind, unless the second was given.
if (!values.against) rmSync(second, { recursive: true, force: true });
process.exitCode = differing.length === 0 && a.size > 0 ? 0 : 1;
