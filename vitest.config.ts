import { defineConfig } from 'vitest/config';

// Most test files share one module graph per worker (isolate: false): the rules, gazetteers and
// pipelines they build are loaded once per worker instead of once per file, about half the suite's
// CPU. The files below need a fresh graph: they observe module loading itself (which regexes get
// built, whether compromise was loaded) or change vitest's own settings.
const ISOLATED = ['test/english/lazy.test.ts', 'test/safety/regex.test.ts', 'test/scale/scale.test.ts'];

// Not `extends: true`: a project inheriting globalSetup would run it (compile the project) again.
const common = { setupFiles: ['test/setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // vitest leaves one core free by default: on a 2-core machine that is one worker, and the
    // files (most of them waiting on child processes) ran one after another.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { test: { ...common, name: 'isolated', include: ISOLATED } },
    ],
  },
});
