/**
 * Steps for the test and audit runs (scripts/test.ts, scripts/audit.ts): each step a child
 * process whose exit counts as a test, or a vitest run whose JSON report adds its own tests;
 * steps side by side as phases; a line at least every 30 s while something runs; at the end
 * the plain line "N passed, N failed" that CI reads.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Stream the output as it comes (one long step at a time); otherwise print it when the step ends, so steps running side by side do not interleave. */
  live?: boolean;
  /**
   * How the step counts: as one test (`step`, the default), not at all (`none`: vitest runs
   * count their own tests from their report), or by the "N passed, N failed" line it prints
   * last (`summary`; a step that prints none, or fails with no failure counted, counts one failure).
   */
  counts?: 'step' | 'none' | 'summary';
}

/** Text without terminal colour codes, for the tools that colour regardless (astro check's diagnostics). */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/gu, '');

/** A package's own command-line entry, run on the pinned Node whatever PATH holds: vitest, astro. */
const ENTRIES: Record<string, string> = { vitest: 'node_modules/vitest/vitest.mjs', astro: 'node_modules/astro/bin/astro.mjs' };

const REPORTS = path.join('node_modules', '.cache', 'vitest-reports');

export function createSteps() {
  const node = process.execPath;
  /** The arguments that run a package's command on the pinned Node: [node, [entry, ...args]]. */
  const bin = (name: keyof typeof ENTRIES & string) => ENTRIES[name]!;

  // Every child logs plainly: no colour codes in a log file, no telemetry.
  const plainEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete plainEnv['FORCE_COLOR'];

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

  /** Runs one step; resolves to whether it exited 0. */
  function run({ name, command, args, env = {}, live = false, counts = 'step' }: Step): Promise<boolean> {
    const since = performance.now();
    say(`▶ ${name}: ${path.basename(command)} ${args.join(' ')}`);
    running.add(name);
    return new Promise((resolve) => {
      const child = spawn(command, args, { env: { ...plainEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      const buffered: Buffer[] = [];
      const seen: string[] = [];
      const take = (chunk: Buffer) => {
        if (counts === 'summary') seen.push(chunk.toString());
        if (live) echo(plain(chunk.toString()));
        else buffered.push(chunk);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      const end = (ok: boolean, why = '') => {
        running.delete(name);
        const output = plain(Buffer.concat(buffered).toString());
        if (output.trim()) say(output);
        if (counts === 'step') {
          if (ok) passed += 1;
          else failed += 1;
        } else if (counts === 'summary') {
          const summary = [...plain(seen.join('')).matchAll(/^(\d+) passed, (\d+) failed$/gmu)].at(-1);
          passed += Number(summary?.[1] ?? 0);
          failed += Number(summary?.[2] ?? 0);
          if (!ok && Number(summary?.[2] ?? 0) === 0) failed += 1;
        }
        say(`${ok ? '✓' : '✗'} ${name} (${seconds(since)} s)${why}`);
        resolve(ok);
      };
      child.on('error', (error) => end(false, `: ${error.message}`));
      child.on('close', (code) => end(code === 0));
    });
  }

  /** A vitest run of one project (and the given files or filters) whose JSON report adds its tests to the counts. */
  async function vitest(name: string, project: string, filters: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
    // Under node_modules/.cache rather than the system's temporary folder, which a cleaner may empty mid-run.
    mkdirSync(REPORTS, { recursive: true });
    const report = path.join(mkdtempSync(path.join(REPORTS, `${project}-`)), 'report.json');
    const args = [bin('vitest'), 'run', '--project', project, '--passWithNoTests', '--reporter=default', '--reporter=./tests/e2e/support/progressReporter.ts', '--reporter=json', `--outputFile.json=${report}`, ...filters];
    await run({ name, command: node, args, env, live: true, counts: 'none' });
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

  /** Notes a phase that was timed elsewhere. */
  const notePhase = (name: string, since: number) => phases.push(`${name} ${seconds(since)} s`);

  /** Counts a check done in this process. */
  const count = (ok: boolean) => (ok ? (passed += 1) : (failed += 1));

  function finish(): never {
    say(`\nphases: ${phases.join(', ')}; total ${seconds(started)} s`);
    if (passed + failed === 0) failed += 1;
    say(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  }

  return { node, bin, run, vitest, phase, notePhase, count, finish, say };
}
