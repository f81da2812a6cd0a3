import { describe, expect, it } from 'vitest';
import {
  checkPieceJsonTypes,
  fillEventSlugs,
  MAX_JSON_FILLS,
  PIECE_JSON_FIELDS,
} from '../../src/domain/piece-json.ts';

const UNKNOWN =
  'Unknown field; a piece has: title, url, words, status, posted_on, fandoms, rating, summary, notes, fills.';
const fill = (i: number) => ({ event: 'ink', day: i + 1 });

describe('the JSON fields', () => {
  it('are the ones the message lists, with at most 100 fills', () => {
    expect(PIECE_JSON_FIELDS).toEqual([
      'title',
      'url',
      'words',
      'status',
      'posted_on',
      'fandoms',
      'rating',
      'summary',
      'notes',
      'fills',
    ]);
    expect(MAX_JSON_FILLS).toBe(100);
  });
});

describe('checkPieceJsonTypes', () => {
  it('finds nothing wrong with the right JSON types', () => {
    expect(
      checkPieceJsonTypes({
        title: 'T',
        url: null,
        words: 12,
        status: 'posted',
        posted_on: null,
        fandoms: [],
        rating: 'Mature',
        summary: '',
        notes: '',
        fills: [],
      }),
    ).toEqual({});
    expect(checkPieceJsonTypes({})).toEqual({});
    expect(checkPieceJsonTypes({ url: 'x', posted_on: 'x', fandoms: ['A', 'B'], words: 1.5 })).toEqual({});
  });

  it.each([
    [{ title: 1 }, { title: 'Title must be a string.' }],
    [{ title: null }, { title: 'Title must be a string.' }],
    [{ url: 1 }, { url: 'Link must be a string or null.' }],
    [{ url: false }, { url: 'Link must be a string or null.' }],
    [{ words: '12' }, { words: 'Words must be a JSON number.' }],
    [{ words: null }, { words: 'Words must be a JSON number.' }],
    [{ status: 1 }, { status: 'Status must be a string: planned, drafting or posted.' }],
    [{ posted_on: 20251002 }, { posted_on: 'Posted on must be a YYYY-MM-DD string or null.' }],
    [{ fandoms: 'A, B' }, { fandoms: 'Fandoms must be an array of strings.' }],
    [{ fandoms: ['A', 1] }, { fandoms: 'Fandoms must be an array of strings.' }],
    [{ fandoms: null }, { fandoms: 'Fandoms must be an array of strings.' }],
    [{ rating: null }, { rating: 'Rating must be a string.' }],
    [{ summary: ['x'] }, { summary: 'Summary must be a string.' }],
    [{ notes: {} }, { notes: 'Notes must be a string.' }],
    [{ id: 1 }, { id: 'id is set by the server and cannot be changed.' }],
    [{ created_at: 'x' }, { created_at: 'created_at is set by the server and cannot be changed.' }],
    [{ updated_at: 'x' }, { updated_at: 'updated_at is set by the server and cannot be changed.' }],
    [{ Title: 'x' }, { Title: UNKNOWN }],
    [{ fill: [] }, { fill: UNKNOWN }],
    // Names an object has without owning them are unknown too.
    [{ toString: 'x' }, { toString: UNKNOWN }],
    [{ constructor: 'x' }, { constructor: UNKNOWN }],
  ])('%j → %j', (body, errors) => {
    expect(checkPieceJsonTypes(body)).toEqual(errors);
  });

  it('reports every field at once', () => {
    expect(checkPieceJsonTypes({ title: 1, words: '1', id: 3, extra: true, fills: 'x' })).toEqual({
      title: 'Title must be a string.',
      words: 'Words must be a JSON number.',
      id: 'id is set by the server and cannot be changed.',
      extra: UNKNOWN,
      fills: 'Fills must be an array of { event, day, prompts }.',
    });
  });

  const SQUARE = 'Fill 1: square must be { row, col }, whole numbers from 1.';
  const PROMPTS = "Fill 1: prompts must be an array of whole numbers (1 is the day's first prompt).";
  it.each([
    ['a string', 'x', 'Fills must be an array of { event, day, prompts }.'],
    ['null', null, 'Fills must be an array of { event, day, prompts }.'],
    ['an object', { event: 'ink', day: 1 }, 'Fills must be an array of { event, day, prompts }.'],
    ['101 fills', Array.from({ length: 101 }, (_, i) => fill(i)), 'At most 100 fills.'],
    ['101 bad fills', Array.from({ length: 101 }, () => 'x'), 'At most 100 fills.'],
    ['a number', [1], 'Fill 1 must be an object { event, day, prompts }.'],
    ['null', [null], 'Fill 1 must be an object { event, day, prompts }.'],
    ['an array', [['ink', 1]], 'Fill 1 must be an object { event, day, prompts }.'],
    [
      'unknown fields',
      [{ event: 'ink', day: 1, date: 'x', promts: [] }],
      'Fill 1 has unknown fields: date, promts.',
    ],
    ['no event', [{ day: 1 }], "Fill 1 needs the event's slug as a string."],
    ['an empty event', [{ event: '', day: 1 }], "Fill 1 needs the event's slug as a string."],
    ['an event id', [{ event: 3, day: 1 }], "Fill 1 needs the event's slug as a string."],
    ['no day', [{ event: 'ink' }], 'Fill 1 needs the day as a whole JSON number.'],
    ['a day as text', [{ event: 'ink', day: '1' }], 'Fill 1 needs the day as a whole JSON number.'],
    ['a fractional day', [{ event: 'ink', day: 1.5 }], 'Fill 1 needs the day as a whole JSON number.'],
    ['an unsafe day', [{ event: 'ink', day: 2 ** 53 }], 'Fill 1 needs the day as a whole JSON number.'],
    ['prompts as a number', [{ event: 'ink', day: 1, prompts: 1 }], PROMPTS],
    ['prompts null', [{ event: 'ink', day: 1, prompts: null }], PROMPTS],
    ['a prompt as text', [{ event: 'ink', day: 1, prompts: [1, '2'] }], PROMPTS],
    ['a fractional prompt', [{ event: 'ink', day: 1, prompts: [0.5] }], PROMPTS],
    [
      'a square and a day',
      [{ event: 'b', square: { row: 1, col: 1 }, day: 1 }],
      'Fill 1 fills a square: it has no day or prompts.',
    ],
    [
      'a square and prompts',
      [{ event: 'b', square: { row: 1, col: 1 }, prompts: [] }],
      'Fill 1 fills a square: it has no day or prompts.',
    ],
    [
      'a square and day null',
      [{ event: 'b', square: { row: 1, col: 1 }, day: null }],
      'Fill 1 fills a square: it has no day or prompts.',
    ],
    ['a square of text', [{ event: 'b', square: 'B2' }], SQUARE],
    ['a null square', [{ event: 'b', square: null }], SQUARE],
    ['an empty square', [{ event: 'b', square: {} }], SQUARE],
    ['a square without col', [{ event: 'b', square: { row: 1 } }], SQUARE],
    ['a square without row', [{ event: 'b', square: { col: 1 } }], SQUARE],
    ['a square with more', [{ event: 'b', square: { row: 1, col: 1, free: true } }], SQUARE],
    ['a square as text numbers', [{ event: 'b', square: { row: '1', col: 1 } }], SQUARE],
    ['a fractional col', [{ event: 'b', square: { row: 1, col: 1.5 } }], SQUARE],
    ['a square as a list', [{ event: 'b', square: [1, 1] }], SQUARE],
    [
      'a bad second fill',
      [fill(0), { event: 'ink', day: 'two' }],
      'Fill 2 needs the day as a whole JSON number.',
    ],
    ['a bad third fill', [fill(0), fill(1), 7], 'Fill 3 must be an object { event, day, prompts }.'],
  ])('refuses fills with %s', (_, fills, message) => {
    expect(checkPieceJsonTypes({ fills })).toEqual({ fills: message });
  });

  it.each([
    ['100 fills', Array.from({ length: 100 }, (_, i) => fill(i))],
    ['prompts', [{ event: 'ink', day: 1, prompts: [1, 2] }]],
    ['no prompts', [{ event: 'ink', day: 1, prompts: [] }]],
    ['day 0', [{ event: 'ink', day: 0 }]],
    ['a square', [{ event: 'b', square: { row: 2, col: 3 } }]],
    ['a square of the fields in any order', [{ square: { col: 3, row: 2 }, event: 'b' }]],
    // The shape only wants whole numbers; the card says which squares there are.
    ['square 0, -1', [{ event: 'b', square: { row: 0, col: -1 } }]],
    ['days and squares', [fill(0), { event: 'b', square: { row: 1, col: 1 } }]],
  ])('takes fills with %s', (_, fills) => {
    expect(checkPieceJsonTypes({ fills })).toEqual({});
  });
});

describe('a "__proto__" key, as JSON.parse makes it', () => {
  it('is reported as an unknown field like any other, not lost to the prototype', () => {
    const errors = checkPieceJsonTypes(JSON.parse('{"__proto__": 5, "title": "T", "words": 1}'));
    expect(Object.keys(errors)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(errors, '__proto__')?.value).toBe(UNKNOWN);
  });
});

describe('fillEventSlugs', () => {
  it.each([
    ['nothing', undefined, []],
    ['a malformed list', 'ink', []],
    ['a list with one bad fill', [fill(0), { event: 'other' }], []],
    ['an empty list', [], []],
    [
      'each slug once, in order',
      [
        fill(0),
        { event: 'bingo', square: { row: 1, col: 1 } },
        { event: 'ink', day: 3 },
        { event: 'other', day: 1 },
      ],
      ['ink', 'bingo', 'other'],
    ],
  ])('%s → %j', (_, fills, slugs) => {
    expect(fillEventSlugs(fills)).toEqual(slugs);
  });
});
