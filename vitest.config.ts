import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import AuditsFirst from './tests/e2e/support/auditsFirst.ts';

/**
 * Waits in browser tests are on conditions (a selector, a poll), never on time; what is
 * sized here is only how long a condition may take before the test fails, and that is sized
 * for a loaded machine (one core busy with other work), not for an idle one.
 */
const LOADED_MACHINE = { test: 60_000, poll: 20_000 };

// Two projects: fast pure-function tests, and browser tests against the built sites.
export default defineConfig({
  test: {
    // The page audits first: started last, as on a fresh clone they would be, they leave a core idle at the end.
    sequence: { sequencer: AuditsFirst },
    // A test that asserts nothing cannot fail: vitest fails it.
    expect: { requireAssertions: true, poll: { timeout: LOADED_MACHINE.poll } },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          expect: { requireAssertions: true },
          // The files of a worker share their modules: most import the parser, the model, opencc
          // and pinyin, and loading those again for each of 70-odd files was half the phase's CPU.
          // The tests keep no state in modules they change (realPlan() and the like only cache
          // what the seeds say), so sharing changes nothing they see.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One local server per built site and one Chromium for the whole run, shared by every file.
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: LOADED_MACHINE.test,
          hookTimeout: LOADED_MACHINE.test,
          expect: { requireAssertions: true, poll: { timeout: LOADED_MACHINE.poll } },
          // One file per core: a file waits on the browser much of the time, but the browser's
          // renderers need the cores meanwhile, so more files than cores only crowd them.
          maxWorkers: availableParallelism(),
          // Within a file, as many concurrent tests (the page audits, the phone layouts) as the
          // tabs they share, one per core: a test that had to queue for a tab would spend its
          // time-out waiting for others, and on a loaded machine fail for their slowness.
          maxConcurrency: availableParallelism(),
        },
      },
    ],
  },
});
