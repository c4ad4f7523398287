/**
 * node tests/e2e/support/buildSite.ts [--site NAME] [--out DIR] [--fresh-cache]
 *
 * `astro build` as the tests run it: the same astro.config.mjs as `npm run build`, with the
 * environment of the registered site NAME (tests/e2e/support/sites.ts: SEEDS_DIR, BASE_PATH,
 * …; `site` by default) into its folder (or DIR), logging warnings and errors only (the CLI
 * can only say all or nothing: `--silent` would hide warnings too), so a test log shows what
 * needs reading instead of 600 route lines. Each output folder keeps its own Astro and Vite
 * caches, so builds with different settings do not invalidate each other's; --fresh-cache
 * builds with empty caches, removed afterwards (the reproducible-build check compares such a
 * build with the first).
 *
 * It also records which route made which page (routeMapFile): the page audits of `npm test`
 * take a sample of every route, and only the build knows the routes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AstroIntegration } from 'astro';
import { routeMapFile } from './builtSite.ts';
import { siteBuild } from './sites.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'site' }, out: { type: 'string' }, 'fresh-cache': { type: 'boolean', default: false } },
});
const registered = siteBuild(values.site!);
const outDir = path.resolve(values.out ?? registered.outDir);
// astro.config.mjs reads these when it is loaded, inside build(): set them first.
Object.assign(process.env, registered.env, { OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' });
const { build } = await import('astro');

const caches = path.resolve('node_modules/.cache/site-builds');
mkdirSync(caches, { recursive: true });
const outName = path.basename(outDir);
const cacheDir = values['fresh-cache'] ? mkdtempSync(path.join(caches, `${outName}-fresh-`)) : path.join(caches, outName);

/** Writes each route's pages (as built files relative to the output folder) once the build is done. */
const recordRoutes = (): AstroIntegration => ({
  name: 'test-route-map',
  hooks: {
    'astro:build:done': ({ dir, assets }) => {
      const root = fileURLToPath(dir);
      const routes = Object.fromEntries(
        [...assets].map(([route, urls]) => [route, urls.map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/')).sort()]),
      );
      const file = routeMapFile(outDir);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(routes, null, 1)}\n`);
    },
  },
});

try {
  await build({ logLevel: 'warn', cacheDir, vite: { cacheDir: path.join(cacheDir, 'vite') }, integrations: [recordRoutes()] });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (values['fresh-cache']) rmSync(cacheDir, { recursive: true, force: true });
}
