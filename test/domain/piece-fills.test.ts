import { describe, expect, it } from 'vitest';
import {
  checkFills,
  type EventDayPrompts,
  type FieldErrors,
  inEvent,
  type PieceInput,
} from '../../src/domain/piece-input.ts';

const DAYS: EventDayPrompts = new Map([
  [1, [1, 2]],
  [2, [1]],
  [3, []],
  [4, Array.from({ length: 12 }, (_, i) => i + 1)],
]);

const check = (value: unknown, days: EventDayPrompts | null = DAYS) => {
  const errors: FieldErrors = {};
  const fills = checkFills(errors, value, days);
  return { fills, errors };
};

describe('checkFills', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty list', []],
  ])('takes %s as no fills, even without an event', (_, value) => {
    expect(check(value)).toEqual({ fills: [], errors: {} });
    expect(check(value, null)).toEqual({ fills: [], errors: {} });
  });

  it('gives the days in order, their prompts sorted as numbers and once each', () => {
    expect(check([{ day: 4, prompts: [10, 2, 2, 9] }, { day: 1 }, { day: 2, prompts: [1] }])).toEqual({
      fills: [
        { day: 1, prompts: [] },
        { day: 2, prompts: [1] },
        { day: 4, prompts: [2, 9, 10] },
      ],
      errors: {},
    });
  });

  it('keeps the first of a day listed twice', () => {
    expect(
      check([
        { day: 1, prompts: [2] },
        { day: 1, prompts: [1] },
      ]),
    ).toEqual({
      fills: [{ day: 1, prompts: [2] }],
      errors: {},
    });
  });

  it('takes prompts: null as none, and a day of no prompts', () => {
    expect(check([{ day: 3, prompts: null }])).toEqual({ fills: [{ day: 3, prompts: [] }], errors: {} });
  });

  it('takes up to 31 fills', () => {
    const days: EventDayPrompts = new Map(Array.from({ length: 32 }, (_, i) => [i + 1, [1]]));
    const fills = Array.from({ length: 31 }, (_, i) => ({ day: i + 1, prompts: [1] }));
    expect(check(fills, days)).toEqual({ fills, errors: {} });
    expect(check([...fills, { day: 32 }], days)).toEqual({
      fills: [],
      errors: { fills: 'The days filled are not in the expected form.' },
    });
  });

  const FORM = 'The days filled are not in the expected form.';
  const NO_DAY = 'Each day filled needs a day number.';
  it.each([
    ['a string', 'day 1', DAYS, FORM],
    ['an object', { day: 1 }, DAYS, FORM],
    ['a number', 1, DAYS, FORM],
    ['a null item', [null], DAYS, NO_DAY],
    ['a number item', [1], DAYS, NO_DAY],
    ['no day', [{ prompts: [1] }], DAYS, NO_DAY],
    ['a day as text', [{ day: '1' }], DAYS, NO_DAY],
    ['a fractional day', [{ day: 1.5 }], DAYS, NO_DAY],
    ['a day of NaN', [{ day: Number.NaN }], DAYS, NO_DAY],
    ['no event', [{ day: 1 }], null, 'Choose the event first.'],
    ['a day not in the event', [{ day: 5 }], DAYS, 'Day 5 is not a day of this event.'],
    ['day 0', [{ day: 0 }], DAYS, 'Day 0 is not a day of this event.'],
    [
      'prompts as text',
      [{ day: 1, prompts: '1' }],
      DAYS,
      'The prompts chosen for day 1 are not in the expected form.',
    ],
    [
      'a prompt as text',
      [{ day: 1, prompts: [1, '2'] }],
      DAYS,
      'The prompts chosen for day 1 are not in the expected form.',
    ],
    [
      'a fractional prompt',
      [{ day: 2, prompts: [1.5] }],
      DAYS,
      'The prompts chosen for day 2 are not in the expected form.',
    ],
    ['a prompt the day lacks', [{ day: 1, prompts: [1, 3] }], DAYS, 'Day 1 has no prompt 3.'],
    ['prompt 0', [{ day: 2, prompts: [0] }], DAYS, 'Day 2 has no prompt 0.'],
    ['any prompt of a day of none', [{ day: 3, prompts: [1] }], DAYS, 'Day 3 has no prompt 1.'],
    // A repeated day is still checked before it is left out.
    ['a bad repeat', [{ day: 1 }, { day: 1, prompts: [7] }], DAYS, 'Day 1 has no prompt 7.'],
    ['a good day then a bad one', [{ day: 1 }, { day: 9 }], DAYS, 'Day 9 is not a day of this event.'],
  ])('refuses %s', (_, value, days, message) => {
    expect(check(value, days)).toEqual({ fills: [], errors: { fills: message } });
  });

  it('leaves other errors as they are', () => {
    const errors: FieldErrors = { title: 'Give the piece a title.' };
    expect(checkFills(errors, [{ day: 2 }], DAYS)).toEqual([{ day: 2, prompts: [] }]);
    expect(errors).toEqual({ title: 'Give the piece a title.' });
  });
});

describe('inEvent', () => {
  const input: PieceInput = {
    title: 'Stitches',
    url: null,
    words: 10,
    fandoms: [],
    rating: 'Not Rated',
    summary: '',
    notes: '',
    status: 'posted',
    postedOn: null,
    fills: [
      { day: 1, prompts: [1] },
      { day: 2, prompts: [] },
    ],
  };

  it('ties each fill to the event', () => {
    expect(inEvent(input, 7)).toEqual({
      ...input,
      fills: [
        { eventId: 7, day: 1, prompts: [1] },
        { eventId: 7, day: 2, prompts: [] },
      ],
    });
  });

  it('has no fills without an event', () => {
    expect(inEvent(input, null)).toEqual({ ...input, fills: [] });
  });

  it('ties to event 0 like any other', () => {
    expect(inEvent({ ...input, fills: [{ day: 3, prompts: [2] }] }, 0).fills).toEqual([
      { eventId: 0, day: 3, prompts: [2] },
    ]);
  });
});
