/**
 * npm test: everything a change must pass, in one run, from a fresh clone.
 *
 *   1. find Chromium (the browser tests need it; say how to install it if missing)
 *   2. build the site (parse the seeds, astro build)
 *   3. type-check with astro check (warnings fail)
 *   4. check links, reproducibility, and the sub-path build
 *   5. run every vitest project (unit, e2e, with the audits of every page) and read its JSON report
 *
 * It ends with the plain line "N passed, N failed" that CI reads; each step above
 * counts as one test besides vitest's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';

/** Project-local binaries, so the pinned Node and versions run whatever PATH holds. */
const bin = (name: string) => path.join('node_modules', '.bin', name);

let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  return ok;
}

function finish(): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// 1. Chromium: the e2e tests cannot run without it, and a clear message beats a stack trace.
const chromium = findChromium();
if (!chromium) {
  console.error(`The browser tests need Chromium and none was found. ${INSTALL_HINT}`);
  failed += 1;
  finish();
}
console.log(`Chromium: ${chromium}`);

// 2. Build: the e2e tests read dist/. A failed build leaves nothing to test in a browser.
if (!step('build', 'npm', ['run', 'build', '--silent'])) finish();

// 3. Types across .ts and .astro files.
step('astro check', bin('astro'), ['check', '--minimumSeverity', 'warning'], { ASTRO_TELEMETRY_DISABLED: '1' });

// 4. Whole-build audits (scripts/check-*.ts): internal links and #fragments; a second build
//    byte-identical to the first; the same site built under a sub-path, links checked there too.
const outDir = process.env.OUT_DIR ?? 'dist';
step('internal links', process.execPath, ['scripts/check-links.ts', outDir]);
step('reproducible build', process.execPath, ['scripts/check-reproducible.ts', outDir]);
if (step('sub-path build', 'npm', ['run', 'build', '--silent'], { BASE_PATH: '/hengqin/', OUT_DIR: `${outDir}-sub` })) {
  step('sub-path links', process.execPath, ['scripts/check-links.ts', '--base', '/hengqin/', `${outDir}-sub`]);
}

// 5. vitest: its JSON report gives the counts; its console output stays for people.
const report = path.join(mkdtempSync(path.join(tmpdir(), 'vitest-')), 'report.json');
spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
try {
  const { numPassedTests, numFailedTests, numTotalTests, success } = JSON.parse(readFileSync(report, 'utf8'));
  passed += numPassedTests;
  failed += numFailedTests;
  // Files that failed to load count no test; still a failure.
  if (!success && numFailedTests === 0) failed += 1;
  if (numTotalTests === 0) failed += 1;
} catch {
  console.error('vitest wrote no report: counting the run as failed.');
  failed += 1;
}
finish();
