import { describe, expect, it } from 'vitest';
import {
  BINGO_FIELDS,
  type BingoEventInput,
  toBingoJson,
  validateBingoEvent,
} from '../../src/domain/bingo-event.ts';

const pool = (n: number) => Array.from({ length: n }, (_, i) => `Prompt ${i + 1}`);
const BASE = { name: 'Bingo 2025', opens: '2025-10-01', closes: '2025-10-31', card_size: 3, pool: pool(9) };
const VALUE: BingoEventInput = {
  name: 'Bingo 2025',
  slug: 'bingo-2025',
  description: '',
  opens: '2025-10-01',
  closes: '2025-10-31',
  cardSize: 3,
  freeCentre: false,
  pool: pool(9),
  rules: { minWords: null, maxSquaresPerPiece: null, reroll: false },
};
const UNKNOWN =
  'Unknown field; a bingo event has: slug, name, description, kind, opens, closes, card_size, free_centre, pool, rules.';
const NOT_A_LIST = 'pool must be a list of at most 500 prompts.';
const NOT_A_DATE = (field: string) => `${field} must be a real date (YYYY-MM-DD).`;
const check = (changes: Record<string, unknown>) => validateBingoEvent({ ...BASE, ...changes });

describe('validateBingoEvent: accepted events', () => {
  it('fills in the defaults: slug from the name, no description, no rules, no free centre', () => {
    expect(validateBingoEvent(BASE)).toEqual({ ok: true, value: VALUE });
  });

  it('takes every field of the open format', () => {
    expect(
      validateBingoEvent({
        slug: 'b',
        name: '  Bingo 2025  ',
        description: '  line one\nline two  ',
        kind: 'bingo',
        opens: '2025-10-01',
        closes: '2025-10-31',
        card_size: 3,
        free_centre: true,
        pool: pool(8),
        rules: { min_words: 100, max_squares_per_piece: 2, reroll: true },
      }),
    ).toEqual({
      ok: true,
      value: {
        ...VALUE,
        slug: 'b',
        description: 'line one\nline two',
        freeCentre: true,
        pool: pool(8),
        rules: { minWords: 100, maxSquaresPerPiece: 2, reroll: true },
      },
    });
  });

  it.each<[string, Record<string, unknown>, Partial<BingoEventInput>]>([
    [
      'a 5×5 card when no size is given',
      { card_size: undefined, pool: pool(25) },
      { cardSize: 5, pool: pool(25) },
    ],
    [
      'a 5×5 card when the size is null',
      { card_size: null, pool: pool(25) },
      { cardSize: 5, pool: pool(25) },
    ],
    ['a 4×4 card', { card_size: 4, pool: pool(16) }, { cardSize: 4, pool: pool(16) }],
    [
      'a 5×5 card with a free centre and 24 prompts',
      { card_size: 5, free_centre: true, pool: pool(24) },
      { cardSize: 5, freeCentre: true, pool: pool(24) },
    ],
    [
      'a 4×4 card without a free centre',
      { card_size: 4, free_centre: false, pool: pool(16) },
      { cardSize: 4, pool: pool(16) },
    ],
    ['no free centre when it is null', { free_centre: null }, {}],
    ['more prompts than the card needs', { pool: pool(12) }, { pool: pool(12) }],
    ['500 prompts, the most', { card_size: 5, pool: pool(500) }, { cardSize: 5, pool: pool(500) }],
    ['prompts trimmed', { pool: [...pool(8), '  Fever  '] }, { pool: [...pool(8), 'Fever'] }],
    [
      'a prompt of 500 characters',
      { pool: [...pool(8), 'x'.repeat(500)] },
      { pool: [...pool(8), 'x'.repeat(500)] },
    ],
    [
      'a prompt of 500 emoji',
      { pool: [...pool(8), '😀'.repeat(500)] },
      { pool: [...pool(8), '😀'.repeat(500)] },
    ],
    ['one day: closes on the day it opens', { closes: '2025-10-01' }, { closes: '2025-10-01' }],
    ['empty rules', { rules: {} }, {}],
    ['rules left null', { rules: { min_words: null, max_squares_per_piece: null, reroll: null } }, {}],
    ['rerolls refused', { rules: { reroll: false } }, {}],
    [
      'rules at their bounds',
      { rules: { min_words: 0, max_squares_per_piece: 100 } },
      { rules: { minWords: 0, maxSquaresPerPiece: 100, reroll: false } },
    ],
    ['an explicit slug', { slug: 'my-bingo' }, { slug: 'my-bingo' }],
  ])('accepts %s', (_label, changes, value) => {
    expect(check(changes)).toEqual({ ok: true, value: { ...VALUE, ...value } });
  });
});

describe('validateBingoEvent: refused events, messages by field', () => {
  it('lists what is missing from an empty body', () => {
    expect(validateBingoEvent({})).toEqual({
      ok: false,
      errors: {
        name: 'Give the event a name.',
        pool: NOT_A_LIST,
        opens: NOT_A_DATE('opens'),
        closes: NOT_A_DATE('closes'),
      },
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['unknown fields, each', { foo: 1, card_sizes: 3 }, { foo: UNKNOWN, card_sizes: UNKNOWN }],
    ['rules that are a list', { rules: [] }, { rules: 'rules must be an object.' }],
    ['rules that are null', { rules: null }, { rules: 'rules must be an object.' }],
    ['rules that are text', { rules: 'reroll' }, { rules: 'rules must be an object.' }],
    [
      'unknown rules',
      { rules: { reroll: true, max_prompts_per_piece: 2, late_until: '2025-11-01' } },
      {
        rules:
          'Unknown rules (max_prompts_per_piece, late_until); rules are: min_words, max_squares_per_piece, reroll.',
      },
    ],
    [
      'a reroll rule that is not true or false',
      { rules: { reroll: 'yes' } },
      { rules: 'rules.reroll must be true or false.' },
    ],
    [
      'no squares per piece',
      { rules: { max_squares_per_piece: 0 } },
      { max_squares_per_piece: 'Squares per piece must be a whole number from 1 to 100, or blank.' },
    ],
    [
      '101 squares per piece',
      { rules: { max_squares_per_piece: 101 } },
      { max_squares_per_piece: 'Squares per piece must be a whole number from 1 to 100, or blank.' },
    ],
    [
      'a negative minimum word count',
      { rules: { min_words: -1 } },
      { min_words: 'The minimum word count must be a whole number from 0 to 10,000,000, or blank.' },
    ],
    ['no name', { name: '   ' }, { name: 'Give the event a name.' }],
    [
      'a slug that is not one',
      { slug: 'Bad Slug' },
      {
        slug: 'The slug may only hold lowercase letters, digits and single hyphens between them (like whumptober-2025).',
      },
    ],
    [
      'a free centre that is not true or false',
      { free_centre: 'true' },
      { free_centre: 'free_centre must be true or false.' },
    ],
    [
      'a free centre given as text, counted as none for the pool',
      { free_centre: 'yes', pool: pool(8) },
      {
        free_centre: 'free_centre must be true or false.',
        pool: 'The pool has 8 prompts; a card of this size needs at least 9.',
      },
    ],
    [
      'a free centre on a 4×4 card',
      { card_size: 4, free_centre: true, pool: pool(16) },
      { free_centre: 'A 4×4 card has no centre square.' },
    ],
    [
      'a pool one short of a 3×3 card',
      { pool: pool(8) },
      { pool: 'The pool has 8 prompts; a card of this size needs at least 9.' },
    ],
    [
      'a pool one short of a 3×3 card with a free centre',
      { free_centre: true, pool: pool(7) },
      { pool: 'The pool has 7 prompts; a card of this size needs at least 8.' },
    ],
    [
      'a pool one short of a 5×5 card, the default',
      { card_size: undefined, pool: pool(24) },
      { pool: 'The pool has 24 prompts; a card of this size needs at least 25.' },
    ],
    [
      'an empty pool',
      { pool: [] },
      { pool: 'The pool has 0 prompts; a card of this size needs at least 9.' },
    ],
    ['a pool that is text', { pool: 'Fever\nSnow' }, { pool: NOT_A_LIST }],
    ['a pool that is an object', { pool: { 0: 'Fever' } }, { pool: NOT_A_LIST }],
    ['501 prompts', { card_size: 5, pool: pool(501) }, { pool: NOT_A_LIST }],
    [
      'a blank prompt',
      { pool: [...pool(9), '  '] },
      { pool: 'pool[9] must be text of 1 to 500 characters.' },
    ],
    [
      'an empty prompt first',
      { pool: ['', ...pool(9)] },
      { pool: 'pool[0] must be text of 1 to 500 characters.' },
    ],
    ['a numeric prompt', { pool: [...pool(9), 5] }, { pool: 'pool[9] must be text of 1 to 500 characters.' }],
    [
      'a prompt of 501 characters',
      { pool: [...pool(9), 'x'.repeat(501)] },
      { pool: 'pool[9] must be text of 1 to 500 characters.' },
    ],
    [
      'a prompt of 501 emoji',
      { pool: [...pool(9), '😀'.repeat(501)] },
      { pool: 'pool[9] must be text of 1 to 500 characters.' },
    ],
    [
      'a prompt with a control character',
      { pool: [...pool(9), 'a\u0001b'] },
      { pool: 'pool[9] contains a control character (U+0001); remove it.' },
    ],
    [
      'a prompt with a line break',
      { pool: [...pool(9), 'a\nb'] },
      { pool: 'pool[9] contains a control character (U+000A); remove it.' },
    ],
    [
      'a prompt twice (once with spaces)',
      { pool: [...pool(9), ' Prompt 2 '] },
      { pool: 'pool[9] (“Prompt 2”) is in the pool twice.' },
    ],
    [
      'the first problem only',
      { pool: ['Fever', 'Fever', '', 'x'.repeat(501)] },
      { pool: 'pool[1] (“Fever”) is in the pool twice.' },
    ],
    ['an opening date that is not real', { opens: '2025-02-30' }, { opens: NOT_A_DATE('opens') }],
    ['an opening date that is a number', { opens: 20251001 }, { opens: NOT_A_DATE('opens') }],
    ['a closing date that is a number', { closes: 5 }, { closes: NOT_A_DATE('closes') }],
    ['a closing date with a time', { closes: '2025-10-31T00:00' }, { closes: NOT_A_DATE('closes') }],
    [
      'both dates missing',
      { opens: undefined, closes: undefined },
      { opens: NOT_A_DATE('opens'), closes: NOT_A_DATE('closes') },
    ],
    [
      'an opening date that is not real, with a closing date before it: only the opening date',
      { opens: '2025-02-30', closes: '2025-01-01' },
      { opens: NOT_A_DATE('opens') },
    ],
    [
      'closing the day before opening',
      { closes: '2025-09-30' },
      { closes: 'closes (2025-09-30) is before opens (2025-10-01).' },
    ],
  ])('refuses %s', (_label, changes, errors) => {
    expect(check(changes)).toEqual({ ok: false, errors });
  });

  it('refuses a card size other than 3, 4 or 5', () => {
    for (const card_size of [2, 6, '3', 0, true]) {
      const result = check({ card_size, pool: pool(25) });
      expect(result).toEqual({ ok: false, errors: { card_size: 'card_size must be 3, 4 or 5.' } });
    }
  });

  it('does not measure the pool against a card size there is not', () => {
    expect(check({ card_size: 6, pool: pool(9) })).toEqual({
      ok: false,
      errors: { card_size: 'card_size must be 3, 4 or 5.' },
    });
  });
});

describe('toBingoJson: a bingo event in the open format', () => {
  const row = {
    slug: 'bingo-2025',
    name: 'Bingo 2025',
    description: 'Fun',
    firstDay: '2025-10-01',
    lastDay: '2025-10-31',
    cardSize: 4,
    freeCentre: false,
    minWords: 100,
    maxSquaresPerPiece: 2,
    reroll: true,
  };

  it('writes the row and its pool under the open format’s names', () => {
    expect(toBingoJson(row, ['Fever', 'Snow'])).toEqual({
      slug: 'bingo-2025',
      name: 'Bingo 2025',
      description: 'Fun',
      kind: 'bingo',
      opens: '2025-10-01',
      closes: '2025-10-31',
      card_size: 4,
      free_centre: false,
      pool: ['Fever', 'Snow'],
      rules: { min_words: 100, max_squares_per_piece: 2, reroll: true },
    });
  });

  it('writes a card with no size as 5×5, and rules left unset as null', () => {
    const json = toBingoJson(
      { ...row, cardSize: null, freeCentre: true, minWords: null, maxSquaresPerPiece: null, reroll: false },
      [],
    );
    expect(json.card_size).toBe(5);
    expect(json.free_centre).toBe(true);
    expect(json.pool).toEqual([]);
    expect(json.rules).toEqual({ min_words: null, max_squares_per_piece: null, reroll: false });
  });

  it('writes only the fields the open format reads back, which validateBingoEvent accepts', () => {
    const json = toBingoJson({ ...row, cardSize: 3 }, pool(9));
    expect(Object.keys(json)).toEqual(BINGO_FIELDS);
    expect(validateBingoEvent(json)).toEqual({
      ok: true,
      value: {
        ...VALUE,
        description: 'Fun',
        rules: { minWords: 100, maxSquaresPerPiece: 2, reroll: true },
      },
    });
  });
});
