/**
 * npm run audit: the whole-site audits, which `npm test` samples (it audits every route on its
 * first and largest page). `.ci/run` runs it after `npm test`; it reads the sites npm test built
 * and builds the real site first when it is missing.
 *
 *   1. the real site built a second time with empty caches, byte-identical to the first
 *      (npm test checks this on the small fixture site)
 *   2. every page of every audited site (tests/e2e/support/sites.ts) in the light and the
 *      dark scheme: axe-core, console errors, CSP, requests to other hosts, and the Nu HTML
 *      Checker over every page (tests/e2e/audit/ with AUDIT=all)
 *   3. Lighthouse's mobile audit of one page of each kind (scripts/lighthouse.ts), last and
 *      alone: its performance score needs the CPU to itself
 *
 * It ends with the plain line "N passed, N failed".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';
import { BUILD_NODE_FLAGS, siteBuild, siteRoot } from '../tests/e2e/support/sites.ts';
import { createSteps } from './support/steps.ts';

const { run, vitest, phase, count, finish, say, node } = createSteps();

if (!findChromium()) {
  say(`The audits need Chromium and none was found. ${INSTALL_HINT}`);
  count(false);
  finish();
}

// 1. The real site, and a clean second build of it to compare with.
const main = siteBuild('site');
if (!existsSync(path.join(siteRoot('site'), 'index.html'))) {
  if (!(await run({ name: 'build site', command: node, args: [...BUILD_NODE_FLAGS, 'tests/e2e/support/buildSite.ts', '--site', 'site'] }))) finish();
}
const again = `${main.outDir}-again`;
await phase('reproducible build', [
  run({ name: 'clean second build site', command: node, args: [...BUILD_NODE_FLAGS, 'tests/e2e/support/buildSite.ts', '--site', 'site', '--out', again, '--fresh-cache'] }).then(
    (built) => built && run({ name: 'reproducible site', command: node, args: ['scripts/check-reproducible.ts', main.outDir, '--against', again] }),
  ),
]);

// 2. Every page.
await phase('page audits', [vitest('every page audited', 'e2e', ['tests/e2e/audit/'], { AUDIT: 'all' })]);

// 3. Lighthouse, alone.
await phase('lighthouse', [run({ name: 'lighthouse', command: node, args: ['scripts/lighthouse.ts'], live: true, counts: 'summary' })]);
finish();
