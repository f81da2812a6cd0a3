import { describe, expect, it } from 'vitest';
import {
  checkWordLogJson,
  validateGoal,
  validateWordLog,
  WORD_LOG_LIMITS,
  WORD_LOG_MODES,
  wordsFromTotal,
} from '../../src/domain/word-log-input.ts';

const TODAY = '2025-10-05';
const ADD_WORDS = 'Words must be a whole number from 1 to 1,000,000.';
const SET_WORDS = 'Your running total must be a whole number from 0 to 100,000,000.';

describe('limits and modes', () => {
  it('are what the messages say', () => {
    expect(WORD_LOG_LIMITS).toEqual({ add: 1_000_000, total: 100_000_000 });
    expect(WORD_LOG_MODES).toEqual(['add', 'set']);
  });
});

describe('checkWordLogJson', () => {
  it('accepts the four fields as JSON gives them', () => {
    expect(checkWordLogJson({})).toEqual({});
    expect(checkWordLogJson({ date: '2025-10-01', words: 5, mode: 'add', piece_id: 3 })).toEqual({});
    expect(checkWordLogJson({ piece_id: null })).toEqual({});
  });

  it('names each unknown field and each field of the wrong type', () => {
    const body = JSON.parse(
      '{"__proto__": 1, "title": "x", "words": "5", "piece_id": "3", "date": 20251001}',
    );
    const errors = checkWordLogJson(body);
    expect(Object.keys(errors)).toEqual(['__proto__', 'title', 'words', 'piece_id', 'date']);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    const unknown = 'Unknown field; a word log has: date, words, mode, piece_id.';
    expect(Object.values(errors)).toEqual([
      unknown,
      unknown,
      'Words must be a JSON number.',
      'piece_id must be a JSON number or null.',
      'Date must be a YYYY-MM-DD string.',
    ]);
  });
});

describe('validateWordLog: whole results', () => {
  it.each<[Record<string, unknown>, unknown]>([
    [{ words: 5 }, { date: TODAY, words: 5, mode: 'add', pieceId: null }],
    [
      { words: '1,000', date: '', mode: '' },
      { date: TODAY, words: 1000, mode: 'add', pieceId: null },
    ],
    [
      { words: 1, date: '  ' },
      { date: TODAY, words: 1, mode: 'add', pieceId: null },
    ],
    [
      { words: 1_000_000, date: ' 2025-10-01 ' },
      { date: '2025-10-01', words: 1_000_000, mode: 'add', pieceId: null },
    ],
    [
      { words: 0, mode: 'set' },
      { date: TODAY, words: 0, mode: 'set', pieceId: null },
    ],
    [
      { words: '100000000', mode: 'set' },
      { date: TODAY, words: 100_000_000, mode: 'set', pieceId: null },
    ],
    [
      { words: 2, piece_id: '12' },
      { date: TODAY, words: 2, mode: 'add', pieceId: 12 },
    ],
    [
      { words: 2, piece_id: 0 },
      { date: TODAY, words: 2, mode: 'add', pieceId: 0 },
    ],
    [
      { words: 2, piece_id: '' },
      { date: TODAY, words: 2, mode: 'add', pieceId: null },
    ],
    [
      { words: 2, piece_id: null },
      { date: TODAY, words: 2, mode: 'add', pieceId: null },
    ],
  ])('%j', (candidate, value) => {
    expect(validateWordLog(candidate, TODAY)).toEqual({ ok: true, value });
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ words: 0 }, { words: ADD_WORDS }],
    [{ words: 1_000_001 }, { words: ADD_WORDS }],
    [{ words: '1000001' }, { words: ADD_WORDS }],
    [{ words: 1.5 }, { words: ADD_WORDS }],
    [{ words: Number.MAX_SAFE_INTEGER + 1 }, { words: ADD_WORDS }],
    [{}, { words: ADD_WORDS }],
    [{ words: true }, { words: ADD_WORDS }],
    [{ words: 'many' }, { words: ADD_WORDS }],
    [{ words: -1, mode: 'set' }, { words: SET_WORDS }],
    [{ words: 100_000_001, mode: 'set' }, { words: SET_WORDS }],
    [{ mode: 'set' }, { words: SET_WORDS }],
    [{ words: 5, mode: 'ADD' }, { mode: 'Mode must be add or set.' }],
    [
      { words: 0, mode: 'total' },
      { mode: 'Mode must be add or set.', words: ADD_WORDS },
    ],
    [{ words: 5, date: '2025-02-30' }, { date: 'Give a real date, written as YYYY-MM-DD.' }],
    [{ words: 5, date: 20251001 }, { date: 'Give a real date, written as YYYY-MM-DD.' }],
    [{ words: 5, date: null }, { date: 'Give a real date, written as YYYY-MM-DD.' }],
    [{ words: 5, piece_id: 'abc' }, { piece_id: 'Choose one of your pieces, or none.' }],
    [{ words: 5, piece_id: 1.5 }, { piece_id: 'Choose one of your pieces, or none.' }],
    [{ words: 5, piece_id: {} }, { piece_id: 'Choose one of your pieces, or none.' }],
  ])('refuses %j', (candidate, errors) => {
    expect(validateWordLog(candidate, TODAY)).toEqual({ ok: false, errors });
  });
});

describe('wordsFromTotal', () => {
  it('gives the difference, zero included', () => {
    expect(wordsFromTotal(1500, 1000, '2025-10-02')).toEqual({ ok: true, value: 500 });
    expect(wordsFromTotal(1000, 1000, '2025-10-02')).toEqual({ ok: true, value: 0 });
  });

  it('refuses a total below the earlier one, naming the date and the total', () => {
    expect(wordsFromTotal(999, 1000, '2025-10-02')).toEqual({
      ok: false,
      errors: {
        words:
          'Your running total before Thu 2 Oct 2025 is already 1,000; a total cannot be lower than that. To correct an earlier day, delete its log.',
      },
    });
  });
});

describe('validateGoal', () => {
  const FILLS = 'A fills goal is a whole number from 1 to 31 (the event’s days).';
  const WORDS = 'A words goal is a whole number from 1 to 100,000,000.';

  it.each<[Record<string, unknown>, unknown]>([
    [{}, { fills: null, words: null }],
    [
      { fills: null, words: '  ' },
      { fills: null, words: null },
    ],
    [
      { fills: '1', words: 1 },
      { fills: 1, words: 1 },
    ],
    [
      { fills: 31, words: '100,000,000' },
      { fills: 31, words: 100_000_000 },
    ],
  ])('%j', (candidate, value) => {
    expect(validateGoal(candidate, 31)).toEqual({ ok: true, value });
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ fills: 0 }, { fills: FILLS }],
    [{ fills: 32 }, { fills: FILLS }],
    [{ fills: 'x' }, { fills: FILLS }],
    [{ fills: true }, { fills: FILLS }],
    [{ words: 0 }, { words: WORDS }],
    [{ words: 100_000_001 }, { words: WORDS }],
    [{ words: 2.5 }, { words: WORDS }],
    [{ fills: -1, words: '' }, { fills: FILLS }],
    [
      { fills: 40, words: -5 },
      { fills: FILLS, words: WORDS },
    ],
  ])('refuses %j', (candidate, errors) => {
    expect(validateGoal(candidate, 31)).toEqual({ ok: false, errors });
  });

  it('names the event’s own number of days', () => {
    expect(validateGoal({ fills: 8 }, 7)).toEqual({
      ok: false,
      errors: { fills: 'A fills goal is a whole number from 1 to 7 (the event’s days).' },
    });
    expect(validateGoal({ fills: 7 }, 7)).toEqual({ ok: true, value: { fills: 7, words: null } });
  });
});
