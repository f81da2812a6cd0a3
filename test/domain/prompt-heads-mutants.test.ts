import { describe, expect, it } from 'vitest';
import { normalDates } from '../../src/domain/prompt-heads.ts';
import type { DateLabel } from '../../src/domain/prompt-labels.ts';

const slash = (a: number, b: number): DateLabel => ({ month: a, day: b, slash: [a, b], rest: '' });
const named = (month: number, day: number): DateLabel => ({ month, day, rest: '' });

describe('normalDates: which number of "12/1" is the month', () => {
  it('reads a monthly list of holidays month first: a second number past 12 decides', () => {
    expect(normalDates([slash(1, 1), slash(2, 14), slash(3, 17), slash(4, 1)])).toStrictEqual([
      { month: 1, day: 1 },
      { month: 2, day: 14 },
      { month: 3, day: 17 },
      { month: 4, day: 1 },
    ]);
  });

  it('keeps a December list month first when a day is missing', () => {
    expect(normalDates([slash(12, 1), slash(12, 2), slash(12, 4)])).toStrictEqual([
      { month: 12, day: 1 },
      { month: 12, day: 2 },
      { month: 12, day: 4 },
    ]);
  });

  it('reads month first when both numbers count up the same number of times', () => {
    expect(normalDates([slash(3, 4), slash(4, 5)])).toStrictEqual([
      { month: 3, day: 4 },
      { month: 4, day: 5 },
    ]);
  });

  it('counts two slashed days as neighbours across a written-out date between them ("October 31: deadline")', () => {
    expect(normalDates([slash(1, 10), named(10, 31), slash(2, 10)])).toStrictEqual([
      { month: 10, day: 1 },
      { month: 10, day: 31 },
      { month: 10, day: 2 },
    ]);
  });
});
