import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.ts';

// What `npm run mutate` runs against each mutant: the in-process unit and route tests only.
// No browser journeys (test/e2e), no bench, no reliability tests (they spawn servers), no CLI.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/domain/**/*.test.ts', 'test/auth/**/*.test.ts', 'test/routes/**/*.test.{ts,tsx}'],
    },
  }),
);
