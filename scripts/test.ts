/**
 * npm test: everything a change must pass, in one run, from a fresh clone, in phases that
 * keep both cores busy:
 *
 *   1. find Chromium (the browser tests need it; say how to install it if missing)
 *   2. unit tests (vitest's unit project), and beside them astro check (types across .ts and
 *      .astro, warnings fail); a failing unit test stops the run here: no build, no browser
 *   3. every site the browser tests read (tests/e2e/support/sites.ts: the real site, the same
 *      site under a sub-path, the fixture sites), one after another; beside them, as each is
 *      done, its whole-build checks (scripts/check-*.ts): internal links and #fragments, and
 *      for a site marked reproducible a second build with empty caches, byte-identical
 *   4. the browser tests and the page audits of a sample of every route (vitest's e2e project:
 *      one shared Chromium, a test file and an audited page per core); `npm run audit` audits
 *      every page
 *
 * Builds log warnings and errors only (tests/e2e/support/buildSite.ts), nothing is coloured,
 * and a line every 30 s says what is still running. It ends with the plain line
 * "N passed, N failed" that CI reads; each step counts as one test besides vitest's own.
 * Arguments go to both vitest runs (e.g. `npm test -- tests/e2e/smoke.test.ts`).
 */
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';
import { BUILD_NODE_FLAGS, SITES, type SiteBuild } from '../tests/e2e/support/sites.ts';
import { createSteps } from './support/steps.ts';

const { run, vitest, phase, notePhase, count, finish, say, node, bin } = createSteps();
/** Arguments go to both vitest runs: files or name filters. */
const filters = process.argv.slice(2);

// 1. Chromium: the e2e tests cannot run without it, and a clear message beats a stack trace.
const chromium = findChromium();
if (!chromium) {
  say(`The browser tests need Chromium and none was found. ${INSTALL_HINT}`);
  count(false);
  finish();
}
say(`Chromium: ${chromium}`);

// 2. Unit tests first: they take seconds, and a broken function need not wait for a build to
//    be reported. astro check reads the sources only, so it runs meanwhile.
const [unitOk] = await phase('unit tests + astro check', [
  vitest('unit tests', 'unit', filters),
  run({ name: 'astro check', command: node, args: [bin('astro'), 'check', '--minimumSeverity', 'warning'] }),
]);
if (!unitOk) {
  say('A unit test failed: stopping before the build (fix it, then run npm test again).');
  finish();
}

// 3. Every site the browser tests read (tests/e2e/support/sites.ts), built one after another:
//    builds write the same files under .astro/ (through one temporary name), so two at once
//    can fail. Each build's whole-build checks run as soon as it is done, beside the next
//    build (they only read the output): internal links and fragments, and for a site marked
//    reproducible a second build with empty caches, compared byte for byte.
const build = (site: SiteBuild, args: string[] = [], label = `build ${site.name}`) =>
  run({ name: label, command: node, args: [...BUILD_NODE_FLAGS, 'tests/e2e/support/buildSite.ts', '--site', site.name, ...args] });
const buildsStarted = performance.now();
const checks: Promise<unknown>[] = [];
let allBuilt = true;
for (const site of SITES) {
  say(`  ${site.name}: ${site.why}`);
  if (!(await build(site))) {
    allBuilt = false;
    continue;
  }
  checks.push(run({ name: `links ${site.name}`, command: node, args: ['scripts/check-links.ts', '--base', site.base, site.outDir] }));
  if (site.reproducible) {
    const again = `${site.outDir}-again`;
    if (await build(site, ['--out', again, '--fresh-cache'], `clean second build ${site.name}`)) {
      checks.push(run({ name: `reproducible ${site.name}`, command: node, args: ['scripts/check-reproducible.ts', site.outDir, '--against', again] }));
    }
  }
}
notePhase('builds', buildsStarted);
const buildChecks = Promise.all(checks);
if (!allBuilt) {
  say('A build failed: stopping before the browser tests.');
  await buildChecks;
  finish();
}

// 4. The browser tests and the audits of a sample of every route, beside whatever build check
//    is still running.
await phase<unknown>('browser tests', [vitest('browser tests and page audits', 'e2e', filters), buildChecks]);
finish();
