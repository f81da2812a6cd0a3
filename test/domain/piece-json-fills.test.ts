import { describe, expect, it } from 'vitest';
import { type ResolvedEvent, validatePieceJson } from '../../src/domain/piece-json.ts';

const EVENTS: ReadonlyMap<string, ResolvedEvent> = new Map<string, ResolvedEvent>([
  [
    'ink',
    {
      id: 7,
      days: new Map([
        [1, [1, 2]],
        [2, [1]],
      ]),
    },
  ],
  ['fic', { id: 8, days: new Map([[1, [1]]]) }],
  [
    'month',
    { id: 12, days: new Map(Array.from({ length: 32 }, (_, i): [number, number[]] => [i + 1, [1]])) },
  ],
  [
    'bingo',
    {
      id: 9,
      days: new Map(),
      card: new Map([
        ['1,1', false],
        ['1,2', false],
        ['2,2', true],
      ]),
    },
  ],
  ['bingo2', { id: 10, days: new Map(), card: new Map([['1,1', false]]) }],
  ['nocard', { id: 11, days: new Map(), card: null }],
]);

const body = { title: 'Stitches', words: 1200 };
const saved = {
  title: 'Stitches',
  url: null,
  words: 1200,
  fandoms: [],
  rating: 'Not Rated',
  summary: '',
  notes: '',
  status: 'posted',
  postedOn: null,
  fills: [],
  squares: [],
};
const square = (event: string, row: number, col: number) => ({ event, square: { row, col } });

describe('validatePieceJson', () => {
  it('gives a piece with no fills and no squares', () => {
    expect(validatePieceJson(body, EVENTS)).toEqual({ ok: true, value: saved });
    expect(validatePieceJson({ ...body, fills: [] }, new Map())).toEqual({ ok: true, value: saved });
  });

  it('keeps every field', () => {
    const full = {
      title: ' Stitches ',
      url: 'https://archiveofourown.org/works/1',
      words: 0,
      status: 'drafting',
      posted_on: '2025-10-02',
      fandoms: ['Good Omens'],
      rating: 'Mature',
      summary: 'S',
      notes: 'N',
    };
    expect(validatePieceJson(full, EVENTS)).toEqual({
      ok: true,
      value: {
        ...saved,
        url: 'https://archiveofourown.org/works/1',
        words: 0,
        status: 'drafting',
        postedOn: '2025-10-02',
        fandoms: ['Good Omens'],
        rating: 'Mature',
        summary: 'S',
        notes: 'N',
      },
    });
  });

  it('resolves day fills event by event, in the order the events come, days in order', () => {
    const fills = [
      { event: 'fic', day: 1, prompts: [1] },
      { event: 'ink', day: 2 },
      { event: 'ink', day: 1, prompts: [2, 1, 2] },
    ];
    expect(validatePieceJson({ ...body, fills }, EVENTS)).toEqual({
      ok: true,
      value: {
        ...saved,
        fills: [
          { eventId: 8, day: 1, prompts: [1] },
          { eventId: 7, day: 1, prompts: [1, 2] },
          { eventId: 7, day: 2, prompts: [] },
        ],
      },
    });
  });

  it('resolves square fills in the order given; the same square of two cards is two squares', () => {
    const fills = [
      square('bingo', 1, 2),
      { event: 'ink', day: 1 },
      square('bingo2', 1, 1),
      square('bingo', 1, 1),
    ];
    expect(validatePieceJson({ ...body, fills }, EVENTS)).toEqual({
      ok: true,
      value: {
        ...saved,
        fills: [{ eventId: 7, day: 1, prompts: [] }],
        squares: [
          { eventId: 9, row: 1, col: 2 },
          { eventId: 10, row: 1, col: 1 },
          { eventId: 9, row: 1, col: 1 },
        ],
      },
    });
  });

  it.each([
    ['an unknown event', [{ event: 'nope', day: 1 }], 'There is no event “nope”.'],
    [
      'an unknown second event',
      [
        { event: 'fic', day: 1 },
        { event: 'nope', day: 1 },
      ],
      'There is no event “nope”.',
    ],
    [
      'a day of a bingo event',
      [{ event: 'bingo', day: 1 }],
      'bingo is a bingo event: fill squares of your card, { event, square: { row, col } }.',
    ],
    [
      'a day of a bingo event without a card',
      [{ event: 'nocard', day: 1 }],
      'nocard is a bingo event: fill squares of your card, { event, square: { row, col } }.',
    ],
    [
      'a day listed twice',
      [
        { event: 'ink', day: 1 },
        { event: 'ink', day: 1, prompts: [2] },
      ],
      'ink day 1 is listed twice.',
    ],
    ['a day the event lacks', [{ event: 'ink', day: 3 }], 'ink: Day 3 is not a day of this event.'],
    ['a prompt the day lacks', [{ event: 'ink', day: 2, prompts: [2] }], 'ink: Day 2 has no prompt 2.'],
    [
      '32 days of one event',
      Array.from({ length: 32 }, (_, i) => ({ event: 'month', day: i + 1 })),
      'month: The days filled are not in the expected form.',
    ],
    ['a square of an unknown event', [square('nope', 1, 1)], 'There is no event “nope”.'],
    ['a square of a daily event', [square('ink', 1, 1)], 'ink is not a bingo event: fill its days.'],
    ['a square with no card', [square('nocard', 1, 1)], 'nocard: join the event to be dealt a card first.'],
    ['a square off the card', [square('bingo', 3, 1)], 'bingo: your card has no square at row 3, column 1.'],
    ['square 0, -1', [square('bingo', 0, -1)], 'bingo: your card has no square at row 0, column -1.'],
    [
      'the free square',
      [square('bingo', 2, 2)],
      'bingo: row 2, column 2 is the free square; it needs no piece.',
    ],
    [
      'a square listed twice',
      [square('bingo', 1, 1), square('bingo', 1, 2), square('bingo', 1, 1)],
      'bingo: row 1, column 1 is listed twice.',
    ],
    [
      'a good square then a bad one',
      [square('bingo', 1, 1), square('bingo', 3, 3)],
      'bingo: your card has no square at row 3, column 3.',
    ],
    // The days are checked first; their message is the one given.
    [
      'a bad day and a bad square',
      [square('ink', 1, 1), { event: 'nope', day: 1 }],
      'There is no event “nope”.',
    ],
    ['a malformed list', 'all of them', 'Fills must be an array of { event, day, prompts }.'],
    ['null', null, 'Fills must be an array of { event, day, prompts }.'],
    ['a fill without its day', [{ event: 'ink' }], 'Fill 1 needs the day as a whole JSON number.'],
    [
      'a malformed square',
      [{ event: 'bingo', square: 'B2' }],
      'Fill 1: square must be { row, col }, whole numbers from 1.',
    ],
  ])('refuses %s', (_, fills, message) => {
    expect(validatePieceJson({ ...body, fills }, EVENTS)).toEqual({ ok: false, errors: { fills: message } });
  });

  it('gives the strict JSON type message over the form’s', () => {
    expect(validatePieceJson({ title: 1, words: '12' }, EVENTS)).toEqual({
      ok: false,
      errors: { title: 'Title must be a string.', words: 'Words must be a JSON number.' },
    });
  });

  it('refuses a piece that is fine but for an unknown or read-only field', () => {
    expect(validatePieceJson({ ...body, colour: 'red' }, EVENTS)).toEqual({
      ok: false,
      errors: {
        colour:
          'Unknown field; a piece has: title, url, words, status, posted_on, fandoms, rating, summary, notes, fills.',
      },
    });
    expect(validatePieceJson({ ...body, id: 4 }, EVENTS)).toEqual({
      ok: false,
      errors: { id: 'id is set by the server and cannot be changed.' },
    });
  });

  it('reports the form’s errors with the fills’', () => {
    expect(validatePieceJson({ title: '', words: 1, fills: [{ event: 'nope', day: 1 }] }, EVENTS)).toEqual({
      ok: false,
      errors: { title: 'Give the piece a title.', fills: 'There is no event “nope”.' },
    });
    expect(validatePieceJson({ title: 'T' }, EVENTS)).toEqual({
      ok: false,
      errors: { words: 'Enter the word count (0 if you have not started).' },
    });
  });
});
