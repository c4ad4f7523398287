import { defineConfig } from 'vitest/config';

// Two projects: fast pure-function tests, and browser tests against the built site in dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per worker; two cores allow two workers at most.
          maxWorkers: 2,
        },
      },
    ],
  },
});
