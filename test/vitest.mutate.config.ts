import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.ts';

// What `npm run mutate` runs against each mutant: the in-process unit and route tests only.
// No browser journeys (test/e2e), no bench, no reliability tests (they spawn servers), no CLI; not
// the AO3 imports against a fake AO3 (they wait on its timing, which instrumented code misses), nor
// the tests that are only wall-clock bounds or the ReDoS check (minutes of recheck, no mutant it kills).
// PROMPTLY_MUTATE turns off the time bounds inside the other tests, and skips those that are only
// a bound on megabytes of input (test/time-bound.ts). PROMPTLY_MUTATE_TESTS=unit leaves the route
// tests out too (`npm run mutate:auth`: src/auth against test/auth only, as its route tests would
// rerun for nearly every mutant).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'test/domain/**/*.test.ts',
        'test/auth/**/*.test.ts',
        ...(process.env.PROMPTLY_MUTATE_TESTS === 'unit' ? [] : ['test/routes/**/*.test.{ts,tsx}']),
      ],
      exclude: [
        'test/routes/ao3-link.test.ts',
        'test/routes/ao3-listing-import.test.ts',
        'test/domain/ao3-linear.test.ts',
        'test/domain/linear-parsers.test.ts',
        'test/domain/regex-safety.test.ts',
        'test/routes/parse-attacks.test.ts',
      ],
      env: { PROMPTLY_MUTATE: '1' },
      testTimeout: 60_000,
    },
  }),
);
