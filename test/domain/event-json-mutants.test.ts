import { describe, expect, it } from 'vitest';
import { validateEventJson } from '../../src/domain/event-json.ts';

const PROMPTS = (i: number) =>
  `days[${i}].prompts must be 1 to 10 prompts, each text of 1 to 500 characters.`;
const month = (n: number) => Array.from({ length: n }, (_, i) => ({ prompts: [`Prompt ${i + 1}`] }));
const base = { name: 'Inktober', first_day: '2025-10-01', last_day: '2025-10-31', days: month(31) };
/** The 31 days of October with day `i` (from 0) replaced by `day`. */
const withDay = (i: number, day: unknown) => month(31).map((d, k) => (k === i ? day : d));

describe('validateEventJson: a last_day is not checked against days that were refused', () => {
  it.each<[string, unknown[], string]>([
    ['too many days', month(367), 'The event has 367 days; an event has at most 366.'],
    [
      'a day with an unknown field',
      withDay(4, { prompts: ['Fever'], theme: 'Sick days' }),
      'days[4] has unknown fields (theme); a day has: day, date, title, description, prompts.',
    ],
    [
      'a day numbered out of order',
      withDay(1, { day: 3, prompts: ['Fever'] }),
      'days[1] is day 3; days are numbered 1, 2, 3… in order.',
    ],
    [
      'a blank title',
      withDay(0, { title: ' ', prompts: ['Fever'] }),
      'days[0].title must be text of 1 to 500 characters.',
    ],
    [
      'a description that is a list',
      withDay(2, { description: ['Draw', 'ink'], prompts: ['Fever'] }),
      'days[2].description must be text of at most 2000 characters.',
    ],
    ['a day without prompts', withDay(30, { prompts: [] }), PROMPTS(30)],
    [
      'a control character in a prompt',
      withDay(6, { prompts: ['Fe\u0000ver'] }),
      'days[6].prompts[0] contains a NUL character; remove it.',
    ],
  ])('names only the days for %s', (_, days, message) => {
    expect(validateEventJson({ ...base, days })).toStrictEqual({ ok: false, errors: { days: message } });
  });
});

describe('validateEventJson: first_day and last_day', () => {
  it('asks for first_day when there are no days to take it from', () => {
    expect(validateEventJson({ name: 'Inktober', days: [] })).toStrictEqual({
      ok: false,
      errors: {
        days: 'days must be a list of at least one day.',
        first_day: 'Give first_day, or a date on each day.',
      },
    });
    expect(validateEventJson({ name: 'Inktober', days: 'Fever, Snow' })).toStrictEqual({
      ok: false,
      errors: {
        days: 'days must be a list of at least one day.',
        first_day: 'Give first_day, or a date on each day.',
      },
    });
  });

  // A one-item list prints as its date, so only its type tells it from one.
  it('refuses a first_day sent as a one-item list', () => {
    expect(validateEventJson({ ...base, first_day: ['2025-10-01'] })).toStrictEqual({
      ok: false,
      errors: { first_day: 'first_day must be a real date (YYYY-MM-DD).' },
    });
  });

  it('refuses a last_day sent as a one-item list', () => {
    expect(validateEventJson({ ...base, last_day: ['2025-10-31'] })).toStrictEqual({
      ok: false,
      errors: { last_day: 'last_day must be a real date (YYYY-MM-DD).' },
    });
  });

  it('takes a one-day event whose last_day is its first_day', () => {
    expect(
      validateEventJson({ name: 'Flash', first_day: '2025-10-01', last_day: '2025-10-01', days: month(1) }),
    ).toStrictEqual({
      ok: true,
      value: {
        name: 'Flash',
        slug: 'flash',
        description: '',
        dayLabel: 'Day',
        rules: { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null },
        tagPattern: '',
        firstDay: '2025-10-01',
        lastDay: '2025-10-01',
        days: [{ day: 1, date: '2025-10-01', prompts: ['Prompt 1'] }],
        alternates: [],
      },
    });
  });
});
