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

/**
 * How many cases a sweep of `n` random or stepped cases runs: all of them, except under
 * `npm run mutate`, where every mutant no test kills reruns each sweep that reaches it, so a tenth.
 */
export function sweep(n: number): number {
  return TIME_BOUNDS ? n : Math.ceil(n / 10);
}
