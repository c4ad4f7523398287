/**
 * node tests/e2e/support/buildSite.ts [--fresh-cache]
 *
 * `astro build` as the tests run it: the same astro.config.mjs and environment (OUT_DIR,
 * BASE_PATH, SEEDS_DIR, …) as `npm run build`, but logging warnings and errors only (the CLI
 * can only say all or nothing: `--silent` would hide warnings too), so a test log shows what
 * needs reading instead of 600 route lines. Each output folder keeps its own Astro and Vite
 * caches beside the default ones, so builds with different settings do not invalidate each
 * other's caches; --fresh-cache builds with empty caches, removed afterwards (the
 * reproducible-build check compares such a clean build with the first).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { build } = await import('astro');

const { values } = parseArgs({ options: { 'fresh-cache': { type: 'boolean', default: false } } });
const outName = path.basename(path.resolve(process.env['OUT_DIR'] ?? 'dist'));
const caches = path.resolve('node_modules/.cache/site-builds');
mkdirSync(caches, { recursive: true });
const cacheDir = values['fresh-cache'] ? mkdtempSync(path.join(caches, `${outName}-fresh-`)) : path.join(caches, outName);

try {
  await build({ logLevel: 'warn', cacheDir, vite: { cacheDir: path.join(cacheDir, 'vite') } });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (values['fresh-cache']) rmSync(cacheDir, { recursive: true, force: true });
}
