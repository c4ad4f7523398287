/**
 * node scripts/check-reproducible.ts [DIR]
 *
 * Builds the site a second time (same commit, same environment) beside DIR (or OUT_DIR, or
 * dist/), and compares the two builds file by file (SHA-256). Any file that differs, or that
 * only one build has, is printed and fails the check: a reader, a mirror or an archive must
 * get the same bytes from the same source.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from '../tests/e2e/support/builtSite.ts';

const first = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const second = `${first}-again`;

const hashes = (root: string) =>
  new Map(builtFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));

// 1. A second build into its own folder; everything else (seeds, BASE_PATH, …) as for the first.
// --force makes it a clean build whatever that folder's incremental cache holds, so a first
// build that copied pages from an earlier one (astro.config.mjs: incrementalBuild) is
// compared with one that rendered them all.
rmSync(second, { recursive: true, force: true });
const build = spawnSync('npm', ['run', 'build', '--silent', '--', '--force'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: second } });
if (build.status !== 0) {
  console.error('the second build failed');
  process.exit(1);
}

// 2. Compare every file of both builds.
const a = hashes(first);
const b = hashes(second);
const differing = [...new Set([...a.keys(), ...b.keys()])].sort().filter((file) => a.get(file) !== b.get(file));
for (const file of differing) console.error(`✗ ${file}: ${!a.has(file) ? 'only in the second build' : !b.has(file) ? 'only in the first build' : 'differs'}`);
console.log(`${a.size} files compared between two builds: ${differing.length === 0 ? 'byte-identical' : `${differing.length} differ`}`);

// 3. Leave only the first build behind.
rmSync(second, { recursive: true, force: true });
process.exitCode = differing.length === 0 ? 0 : 1;
