/**
 * npm test: everything a change must pass, in one run, from a fresh clone, in phases that
 * keep both cores busy:
 *
 *   1. find Chromium (the browser tests need it; say how to install it if missing)
 *   2. unit tests (vitest's unit project), and beside them astro check (types across .ts and
 *      .astro, warnings fail); a failing unit test stops the run here: no build, no browser
 *   3. three builds, one after another: the site (OUT_DIR, or dist/), the same site under
 *      BASE_PATH=/hengqin/ (<OUT_DIR>-sub), and a clean second build of the site
 *      (<OUT_DIR>-again, empty caches); beside them, as each is done, the whole-build checks
 *      (scripts/check-*.ts): internal links and #fragments of both sites, the second build
 *      byte-identical to the first
 *   4. the browser tests and audits of every page (vitest's e2e project: one shared Chromium,
 *      several pages at once)
 *
 * Builds log warnings and errors only (tests/e2e/support/buildSite.ts), nothing is coloured,
 * and a line every 30 s says what is still running. It ends with the plain line
 * "N passed, N failed" that CI reads; each step counts as one test besides vitest's own.
 * Arguments go to both vitest runs (e.g. `npm test -- tests/e2e/smoke.test.ts`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';

/** Project-local binaries, so the pinned Node and versions run whatever PATH holds. */
const bin = (name: string) => path.join('node_modules', '.bin', name);
const node = process.execPath;

/** Every child logs plainly: no colour codes in a log file, no telemetry. */
const plainEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
delete plainEnv['FORCE_COLOR'];

/** Text without terminal colour codes, for the tools that colour regardless (astro check's diagnostics). */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/gu, '');

const outDir = process.env['OUT_DIR'] ?? 'dist';
const SUB_PATH = '/hengqin/';
const REPORTS = path.join('node_modules', '.cache', 'vitest-reports');
const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

let passed = 0;
let failed = 0;
const phases: string[] = [];

// A line at least every 30 s: when nothing was printed for that long, say what still runs.
const running = new Set<string>();
let lastOutput = performance.now();
const echo = (text: string) => {
  process.stdout.write(text);
  lastOutput = performance.now();
};
const say = (text: string) => echo(text.endsWith('\n') ? text : `${text}\n`);
const heartbeat = setInterval(() => {
  if (running.size > 0 && performance.now() - lastOutput >= 30_000) {
    const clock = Math.round((performance.now() - started) / 1000);
    say(`… ${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')} still running: ${[...running].join(', ')}`);
  }
}, 1000);
heartbeat.unref();

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Stream the output as it comes (one long step at a time); otherwise print it when the step ends, so steps running side by side do not interleave. */
  live?: boolean;
  /** Count the step itself as a test (vitest runs count their own tests instead). */
  counts?: boolean;
}

/** Runs one step; resolves to whether it exited 0. */
function run({ name, command, args, env = {}, live = false, counts = true }: Step): Promise<boolean> {
  const since = performance.now();
  say(`▶ ${name}: ${command} ${args.join(' ')}`);
  running.add(name);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...plainEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const buffered: Buffer[] = [];
    const take = (chunk: Buffer) => (live ? echo(plain(chunk.toString())) : buffered.push(chunk));
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const end = (ok: boolean, why = '') => {
      running.delete(name);
      const output = plain(Buffer.concat(buffered).toString());
      if (output.trim()) say(output);
      if (counts) {
        if (ok) passed += 1;
        else failed += 1;
      }
      say(`${ok ? '✓' : '✗'} ${name} (${seconds(since)} s)${why}`);
      resolve(ok);
    };
    child.on('error', (error) => end(false, `: ${error.message}`));
    child.on('close', (code) => end(code === 0));
  });
}

/** A vitest run whose JSON report adds its tests to the counts. */
async function vitest(name: string, project: string, env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  // Under node_modules/.cache rather than the system's temporary folder, which a cleaner may empty mid-run.
  mkdirSync(REPORTS, { recursive: true });
  const report = path.join(mkdtempSync(path.join(REPORTS, `${project}-`)), 'report.json');
  const args = ['run', '--project', project, '--passWithNoTests', '--reporter=default', '--reporter=./tests/e2e/support/progressReporter.ts', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
  await run({ name, command: bin('vitest'), args, env, live: true, counts: false });
  try {
    const { numPassedTests, numFailedTests, success } = JSON.parse(readFileSync(report, 'utf8'));
    passed += numPassedTests;
    failed += numFailedTests;
    // Files that failed to load count no test; still a failure.
    if (!success && numFailedTests === 0) failed += 1;
    return success;
  } catch {
    say(`${name}: vitest wrote no report: counting the run as failed.`);
    failed += 1;
    return false;
  } finally {
    rmSync(path.dirname(report), { recursive: true, force: true });
  }
}

/** Runs steps side by side as one phase and notes how long it took. */
async function phase<T>(name: string, steps: Promise<T>[]): Promise<T[]> {
  const since = performance.now();
  const results = await Promise.all(steps);
  phases.push(`${name} ${seconds(since)} s`);
  return results;
}

function finish(): never {
  say(`\nphases: ${phases.join(', ')}; total ${seconds(started)} s`);
  if (passed + failed === 0) failed += 1;
  say(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// 1. Chromium: the e2e tests cannot run without it, and a clear message beats a stack trace.
const chromium = findChromium();
if (!chromium) {
  say(`The browser tests need Chromium and none was found. ${INSTALL_HINT}`);
  failed += 1;
  finish();
}
say(`Chromium: ${chromium}`);

// 2. Unit tests first: they take seconds, and a broken function need not wait for a build to
//    be reported. astro check reads the sources only, so it runs meanwhile.
const [unitOk] = await phase('unit tests + astro check', [
  vitest('unit tests', 'unit'),
  run({ name: 'astro check', command: bin('astro'), args: ['check', '--minimumSeverity', 'warning'] }),
]);
if (!unitOk) {
  say('A unit test failed: stopping before the build (fix it, then run npm test again).');
  finish();
}

// 3. The three builds, one after another: builds write the same files under .astro/ (through
//    one temporary name), so two at once can fail. Each build's whole-build checks run as soon
//    as it is done, beside the next build (they only read the output): internal links and
//    fragments, the sub-path build's links, the clean second build byte-identical to the first.
const build = (name: string, dir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) =>
  run({ name, command: node, args: ['tests/e2e/support/buildSite.ts', ...args], env: { OUT_DIR: dir, ...env } });
const buildsStarted = performance.now();
const siteBuilt = build('build', outDir);
const subBuilt = siteBuilt.then((ok) => ok && build('sub-path build', `${outDir}-sub`, { BASE_PATH: SUB_PATH }));
const againBuilt = subBuilt.then((ok) => ok && build('clean second build', `${outDir}-again`, {}, ['--fresh-cache']));
const buildChecks = (async () => {
  if (await siteBuilt) await run({ name: 'internal links', command: node, args: ['scripts/check-links.ts', outDir] });
  if (await subBuilt) await run({ name: 'sub-path links', command: node, args: ['scripts/check-links.ts', '--base', SUB_PATH, `${outDir}-sub`] });
  if (await againBuilt) await run({ name: 'reproducible build', command: node, args: ['scripts/check-reproducible.ts', outDir, '--against', `${outDir}-again`] });
})();
await againBuilt;
phases.push(`builds ${seconds(buildsStarted)} s`);
if (!(await siteBuilt)) {
  await buildChecks;
  finish();
}

// 4. The browser tests and audits of every page (the e2e tests read the first two builds),
//    beside whatever build check is still running.
await phase<unknown>('browser tests', [vitest('browser tests and page audits', 'e2e', { OUT_DIR: outDir }), buildChecks]);
finish();
