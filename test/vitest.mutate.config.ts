import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.ts';

// What `npm run mutate` runs against each mutant: the in-process unit and route tests only.
// No browser journeys (test/e2e), no bench, no reliability tests (they spawn servers), no CLI, and
// not the AO3 imports against a fake AO3 (they wait on its timing, which instrumented code misses).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/domain/**/*.test.ts', 'test/auth/**/*.test.ts', 'test/routes/**/*.test.{ts,tsx}'],
      exclude: ['test/routes/ao3-link.test.ts', 'test/routes/ao3-listing-import.test.ts'],
    },
  }),
);
