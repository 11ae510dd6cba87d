import { defineConfig } from 'vitest/config';

// Unit tests run in seconds; integration (*.int.test.ts) and browser (*.e2e.test.ts) tests
// start real servers, SQLite files and Chromium. Compiled output never enters the glob.
export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    // One temporary folder a run, removed at its end (test/support/runTmp.ts).
    globalSetup: ['test/support/runTmp.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // The files of a worker share imported modules (botbuilder, langchain, the guardrail
          // classifier, the care scorer load once per worker, not once per file): about 4x less
          // CPU. test/architecture/unitIsolation.test.ts keeps unit tests from changing module state.
          isolate: false,
          // A bound on a hang, not a speed check (speed is benchmarked): on a 2-core machine beside
          // the rest of the suite, tests that read every source file or a large corpus ran past 5 s.
          testTimeout: 30_000,
          exclude: ['test/**/*.int.test.ts', 'test/**/*.e2e.test.ts', 'node_modules/**', 'dist/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A browser under load (CI's 2 cores) can take seconds to show a relayed message; the
          // default 1 s poll made the agent console test fail on a busy machine, not on a bug.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
