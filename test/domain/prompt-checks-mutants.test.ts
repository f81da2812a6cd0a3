import { describe, expect, it } from 'vitest';
import { type DatedLine, resolveDates } from '../../src/domain/prompt-checks.ts';

/** Dated lines numbered 1, 2, 3… from `[month, day]`. */
const dated = (...items: [number, number][]): DatedLine[] =>
  items.map(([month, day], k) => ({ month, day, no: k + 1 }));

describe('resolveDates: days out of order', () => {
  it('names each day written after a later one, against the latest day so far', () => {
    expect(resolveDates(dated([10, 3], [10, 1], [10, 2]), 2025)).toStrictEqual({
      dates: ['2025-10-03', '2025-10-01', '2025-10-02'],
      errors: [
        'October 1 comes after October 3 (line 2); put the days in order.',
        'October 2 comes after October 3 (line 3); put the days in order.',
      ],
    });
  });
});
