import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from './adversarial.ts';

// Generous on purpose, for a loaded 2-core machine: a linear parser reads these inputs in
// milliseconds, a backtracking one in seconds to hours. The tight figures are in the bench
// (`npm run bench`, "Parsers on adversarial input").
const BOUND_MS = 2000;

describe('every text parser is linear on adversarial input', () => {
  it('covers every parser on 100 KB or more', () => {
    expect(ADVERSARIAL.length).toBeGreaterThan(60);
    for (const c of ADVERSARIAL) expect(c.input.length, c.parser).toBeGreaterThanOrEqual(100_000);
  });

  it.each(ADVERSARIAL)(`$parser, within ${BOUND_MS} ms`, ({ run }) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
