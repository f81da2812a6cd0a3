import { expect } from 'vitest';

/**
 * Whether wall-clock bounds are checked: not under `npm run mutate` (PROMPTLY_MUTATE=1), whose
 * instrumented code runs many times slower. The bench keeps its own bounds either way.
 */
export const TIME_BOUNDS = process.env.PROMPTLY_MUTATE !== '1';

/** Expects less than `bound` ms since `started` (a performance.now()), where time bounds are checked. */
export function expectWithin(started: number, bound: number): void {
  if (TIME_BOUNDS) expect(performance.now() - started).toBeLessThan(bound);
}
