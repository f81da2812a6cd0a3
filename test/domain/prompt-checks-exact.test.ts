import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type DatedLine,
  datesOf,
  limitErrors,
  PROMPT_LIST_LIMITS,
  resolveDates,
} from '../../src/domain/prompt-checks.ts';

/** Dated lines numbered 1, 2, 3… from `[month, day, year?]`. */
const dated = (...items: [number, number, number?][]): DatedLine[] =>
  items.map(([month, day, year], k) => ({ month, day, ...(year === undefined ? {} : { year }), no: k + 1 }));

/** Dated lines for every day from `from` for `n` days, without years. */
const run = (from: string, n: number): DatedLine[] =>
  Array.from({ length: n }, (_, k) => {
    const d = DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: k });
    return { month: d.month, day: d.day, no: k + 1 };
  });

describe('PROMPT_LIST_LIMITS', () => {
  it('holds the documented limits', () => {
    expect(PROMPT_LIST_LIMITS).toStrictEqual({
      maxBytes: 200_000,
      maxDays: 366,
      maxPromptLength: 500,
      maxDescriptionLength: 2000,
      maxPromptsPerDay: 10,
      maxAlternates: 366,
    });
  });
});

describe('resolveDates', () => {
  it.each([
    [dated(), 2025, [], []],
    [dated([10, 1], [10, 2]), 2025, ['2025-10-01', '2025-10-02'], []],
    [dated([12, 31], [1, 1]), 2025, ['2025-12-31', '2026-01-01'], []],
    [
      dated([12, 30], [12, 31], [1, 1], [1, 2]),
      2024,
      ['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02'],
      [],
    ],
    // Only a December then a January moves on a year.
    [
      dated([11, 30], [1, 1]),
      2025,
      ['2025-11-30', '2025-01-01'],
      ['January 1 comes after November 30 (line 2); put the days in order.'],
    ],
    [dated([10, 1, 2026], [10, 2]), 2025, ['2026-10-01', '2026-10-02'], []],
    [dated([10, 1], [10, 2, 2027]), 2027, ['2027-10-01', '2027-10-02'], []],
    [dated([2, 28], [2, 29]), 2028, ['2028-02-28', '2028-02-29'], []],
    [dated([2, 28], [2, 29]), 2025, ['2025-02-28'], ['February 29 is not a date (line 2).']],
    [dated([2, 28], [2, 30]), 2028, ['2028-02-28'], ['February 30 is not a date (line 2).']],
    [dated([13, 1]), 2025, [], ['2025-13-01 is not a date (line 1).']],
    [dated([0, 5]), 2025, [], ['2025-00-05 is not a date (line 1).']],
    [dated([1, 0]), 2025, [], ['January 0 is not a date (line 1).']],
    [dated([12, 32]), 2025, [], ['December 32 is not a date (line 1).']],
    [
      dated([10, 1], [10, 1]),
      2025,
      ['2025-10-01', '2025-10-01'],
      ['October 1 appears twice (lines 1 and 2).'],
    ],
    [
      dated([10, 2], [10, 3], [10, 1]),
      2025,
      ['2025-10-02', '2025-10-03', '2025-10-01'],
      ['October 1 comes after October 3 (line 3); put the days in order.'],
    ],
    // Once something is wrong, the days missing are not counted.
    [
      dated([10, 1], [10, 1], [10, 3]),
      2025,
      ['2025-10-01', '2025-10-01', '2025-10-03'],
      ['October 1 appears twice (lines 1 and 2).'],
    ],
    [
      dated([10, 1], [10, 4]),
      2025,
      ['2025-10-01', '2025-10-04'],
      ['October 2 is missing.', 'October 3 is missing.'],
    ],
    [dated([2, 28], [3, 1]), 2028, ['2028-02-28', '2028-03-01'], ['February 29 is missing.']],
    [dated([12, 31], [1, 2]), 2025, ['2025-12-31', '2026-01-02'], ['January 1 is missing.']],
  ] as [DatedLine[], number, string[], string[]][])('%j in %i', (labels, year, dates, errors) => {
    expect(resolveDates(labels, year)).toStrictEqual({ dates, errors });
  });

  it('takes a span of exactly 366 days, and refuses one of 367 with one message', () => {
    const leap = run('2024-01-01', 366);
    expect(resolveDates(leap, 2024).errors).toStrictEqual([]);
    expect(resolveDates(leap, 2024).dates.at(-1)).toBe('2024-12-31');
    expect(resolveDates([...leap, { month: 1, day: 1, no: 367 }], 2024)).toStrictEqual({
      dates: [...resolveDates(leap, 2024).dates, '2025-01-01'],
      errors: ['The list runs over 367 days; an event has at most 366.'],
    });
    expect(resolveDates(dated([1, 1, 2025], [1, 2, 2026]), 2025).errors).toStrictEqual([
      'The list runs over 367 days; an event has at most 366.',
    ]);
  });

  it('names every day missing inside a span of 366', () => {
    const { errors } = resolveDates(dated([1, 1, 2024], [12, 31, 2024]), 2024);
    expect(errors).toHaveLength(364);
    expect(errors[0]).toBe('January 2 is missing.');
    expect(errors.at(-1)).toBe('December 30 is missing.');
  });
});

describe('datesOf', () => {
  it.each([
    [dated([10, 1]), 2025, { dates: ['2025-10-01'], errors: [] }],
    // A year on the first line beats the one given.
    [dated([10, 1, 2026]), 2025, { dates: ['2026-10-01'], errors: [] }],
    [dated([10, 1, 2026]), undefined, { dates: ['2026-10-01'], errors: [] }],
    [dated([2, 29]), 2025, { dates: [], errors: ['February 29 is not a date (line 1).'] }],
    // Without a year: only what is wrong, in the year that fits best.
    [dated([10, 1], [10, 2]), undefined, { errors: [] }],
    [dated([2, 28], [2, 29], [3, 1]), undefined, { errors: [] }],
    [dated([2, 28], [3, 1]), undefined, { errors: [] }],
    [dated([10, 1], [10, 3]), undefined, { errors: ['October 2 is missing.'] }],
    [dated([2, 30]), undefined, { errors: ['February 30 is not a date (line 1).'] }],
    [dated(), undefined, { errors: [] }],
  ] as [DatedLine[], number | undefined, object][])('%j in %s', (labels, year, out) => {
    expect(datesOf(labels, year)).toStrictEqual(out);
  });

  it('tries a leap February after New Year too', () => {
    const winter = run('2023-12-31', 62);
    expect(winter.at(-2)).toStrictEqual({ month: 2, day: 29, no: 61 });
    expect(datesOf(winter, undefined)).toStrictEqual({ errors: [] });
    expect(datesOf(winter, 2025).errors).toStrictEqual(['February 29 is not a date (line 61).']);
    expect(datesOf(winter, 2024).errors).toStrictEqual(['February 29 is not a date (line 61).']);
  });

  it('tries a plain February before a leap one', () => {
    // In a plain year Feb 28 then Mar 1 has no gap; a leap year misses the 29th.
    expect(datesOf(dated([2, 28], [3, 1]), 2024)).toStrictEqual({
      dates: ['2024-02-28', '2024-03-01'],
      errors: ['February 29 is missing.'],
    });
  });
});

describe('limitErrors', () => {
  const day = (prompts: string[], more: { title?: string; description?: string } = {}) => ({
    day: 1,
    prompts,
    ...more,
  });
  const x = (n: number) => 'x'.repeat(n);
  const many = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

  it.each([
    [[], [], []],
    [[day(['a'])], ['b'], []],
    [[day([])], [], ['Day 1 has no prompt.']],
    [[day(many(10))], [], []],
    [[day(many(11))], [], ['Day 1 has 11 prompts; a day has at most 10.']],
    [[day([x(500)])], [], []],
    [[day(['😀'.repeat(500)])], [], []],
    [[day([x(501)])], [], ['A prompt on day 1 is 501 characters long; the limit is 500.']],
    [[day(['a'], { title: x(500) })], [], []],
    [[day(['a'], { title: '😀'.repeat(500) })], [], []],
    [[day(['a'], { title: x(501) })], [], ['The title of day 1 is 501 characters long; the limit is 500.']],
    [[day(['a'], { description: x(2000) })], [], []],
    [[day(['a'], { description: '😀'.repeat(2000) })], [], []],
    [
      [day(['a'], { description: x(2001) })],
      [],
      ['The description of day 1 is 2001 characters long; the limit is 2000.'],
    ],
    [[day(['a'])], [x(500)], []],
    [[day(['a'])], ['😀'.repeat(500)], []],
    [[day(['a'])], [x(501)], ['An alternate is 501 characters long; the limit is 500.']],
    [[day(['a'])], many(366), []],
    [[day(['a'])], many(367), ['There are 367 alternates; the pool holds at most 366.']],
  ] as [ReturnType<typeof day>[], string[], string[]][])('%#', (days, alternates, errors) => {
    expect(limitErrors(days, alternates)).toStrictEqual(errors);
  });

  it('names every problem, day by day, then the pool', () => {
    const days = [
      { day: 1, prompts: ['a'] },
      { day: 2, title: x(600), description: x(2500), prompts: [x(501), 'b', x(502)] },
      { day: 3, prompts: [] },
    ];
    expect(limitErrors(days, [x(503), ...many(366)])).toStrictEqual([
      'The title of day 2 is 600 characters long; the limit is 500.',
      'The description of day 2 is 2500 characters long; the limit is 2000.',
      'A prompt on day 2 is 501 characters long; the limit is 500.',
      'A prompt on day 2 is 502 characters long; the limit is 500.',
      'Day 3 has no prompt.',
      'There are 367 alternates; the pool holds at most 366.',
      'An alternate is 503 characters long; the limit is 500.',
    ]);
  });

  it('takes 366 days, and refuses 367 with that one message', () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ day: i + 1, prompts: i === 0 ? [] : ['a'] }));
    expect(limitErrors(days(366), [])).toStrictEqual(['Day 1 has no prompt.']);
    expect(limitErrors(days(367), [x(501)])).toStrictEqual([
      'The list has 367 days; an event has at most 366.',
    ]);
  });
});
