import { defineConfig } from 'vitest/config';
import AuditsFirst from './tests/e2e/support/auditsFirst.ts';

// Two projects: fast pure-function tests, and browser tests against the built site in dist/.
export default defineConfig({
  test: {
    // The page audits first: started last, as on a fresh clone they would be, they leave a core idle at the end.
    sequence: { sequencer: AuditsFirst },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One local server and one Chromium for the whole run, shared by every file.
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Files wait on the browser much of the time; the one shared Chromium does the work.
          // Three files at once keep two cores busy without crowding them.
          maxWorkers: 3,
        },
      },
    ],
  },
});
