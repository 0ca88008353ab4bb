import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Forks, not threads: the in-process CLI tests change the working folder (src/cli/run.ts).
    pool: 'forks',
    // Two cores: vitest's default for them is one worker, which runs every file in turn. Much of a
    // file's time is spent waiting on a child (Astro, Chromium, the bin): two workers keep both cores busy.
    maxWorkers: 2,
    // Each worker imports the compiler once, not once per file (a third of the suite's time went
    // to importing); no test mocks a module, and the one that sets a variable restores it.
    isolate: false,
    setupFiles: ['test/setup.ts'],
  },
});
