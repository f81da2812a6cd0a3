// @ts-check
/**
 * `npm run mutate`: StrykerJS over the pure logic and the auth layer, against the unit tests
 * (test/vitest.mutate.config.ts; PROMPTLY_MUTATE_TESTS=all adds the route tests). Not part of
 * `npm test`; the report goes to reports/, and the incremental file there makes a rerun cost only
 * what changed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './test/stryker-results.mjs'],
  vitest: { configFile: 'test/vitest.mutate.config.ts', related: true },
  // The vitest runner always measures coverage per test, so each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: ['src/domain/**/*.ts', 'src/auth/**/*.ts'],
  concurrency: 2,
  // A static mutant (module-level code: constants, regex literals) needs every related test file run
  // afresh, minutes each on this suite; they are left out of the score (reported as ignored).
  ignoreStatic: true,
  timeoutMS: 20_000,
  // The first run records which mutants each of the ~4,300 unit tests reaches, held in the runner's
  // heap: past Node's default limit (about 4 GB here), so the runners may take up to 10 GB.
  testRunnerNodeArgs: ['--max-old-space-size=10240'],
  // The first run measures every test's coverage in one thread: minutes on a busy machine.
  dryRunTimeoutMinutes: 40,
  thresholds: { high: 90, low: 85, break: null },
  reporters: ['clear-text', 'progress', 'html', 'json', 'result-lines'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  ignorePatterns: ['test/e2e', 'test/bench', 'test/reliability', 'data', 'coverage', 'test-results'],
  cleanTempDir: 'always',
};
