import { defineConfig } from 'vitest/config';

// What `npm run mutate` runs against each mutant: the in-process unit and route tests only.
// No browser journeys (test/e2e), no bench, no reliability tests (they spawn servers), no CLI; not
// the AO3 imports against a fake AO3 (they wait on its timing, which instrumented code misses), nor
// the tests that are only wall-clock bounds or the ReDoS check (minutes of recheck, no mutant it kills).
// PROMPTLY_MUTATE turns off the time bounds inside the other tests, and skips those that are only
// a bound on megabytes of input (test/time-bound.ts).
//
// By default each mutant runs against the unit tests alone (test/domain, test/auth): that is the score
// `npm run mutate` reports, and a stricter one than the whole suite's, since a route test could only
// kill more. PROMPTLY_MUTATE_TESTS=all adds the route tests (test/routes), at hours per run.
//
// The unit tests share one module graph between runs (isolate: false): Stryker switches mutants at
// run time, so nothing needs loading again, and that makes a run of a few tests cost milliseconds.
// What the domain remembers (src/domain/remembered.ts) is forgotten before each of their tests.
// The route tests stay isolated: a test that starts a real server lets @hono/node-server replace
// the global Request and Response, which would leak into the next file.
const exclude = [
  'test/routes/ao3-link.test.ts',
  'test/routes/ao3-listing-import.test.ts',
  'test/domain/ao3-linear.test.ts',
  'test/domain/linear-parsers.test.ts',
  'test/domain/prompt-list-adversarial.test.ts',
  'test/domain/regex-safety.test.ts',
  'test/routes/parse-attacks.test.ts',
];

// Written out whole rather than merged with vitest.config.ts: a merge concatenates `include`, which
// would bring every test of the suite back.
const oxc = { jsx: { runtime: 'automatic' as const, importSource: 'hono/jsx' } };
const common = {
  env: { PROMPTLY_MUTATE: '1' },
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  oxc,
  test: {
    ...common,
    projects: [
      {
        oxc,
        test: {
          ...common,
          name: 'unit',
          include: ['test/domain/**/*.test.ts', 'test/auth/**/*.test.ts'],
          exclude,
          isolate: false,
          setupFiles: ['test/forget-remembered.ts'],
        },
      },
      ...(process.env.PROMPTLY_MUTATE_TESTS !== 'all'
        ? []
        : [
            {
              oxc,
              test: { ...common, name: 'routes', include: ['test/routes/**/*.test.{ts,tsx}'], exclude },
            },
          ]),
    ],
  },
});
