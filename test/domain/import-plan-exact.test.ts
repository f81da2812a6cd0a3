import { describe, expect, it } from 'vitest';
import { importEventSlugs, missingFills, readExport } from '../../src/domain/import-plan.ts';

const doc = (extra: Record<string, unknown> = {}) => ({ format: 'promptly-export', version: 1, ...extra });
const errorsOf = (body: Record<string, unknown>) => {
  const result = readExport(body);
  return result.ok ? {} : result.errors;
};
const STAMP_ERROR = 'Must be a UTC timestamp such as 2025-10-02T12:00:00.000Z.';

const card = (event: string) => ({
  event,
  deal: 1,
  seed: 5,
  dealt_at: '2025-10-01T00:00:00Z',
  replaced_at: null,
  squares: Array.from({ length: 9 }, (_, i) => ({
    row: Math.floor(i / 3) + 1,
    col: (i % 3) + 1,
    free: false,
    prompt: `P${i}`,
    pool_position: i + 1,
  })),
});

describe('readExport: what it says it is', () => {
  it.each([
    [{ version: 1 }, { format: 'Not a Promptly export: "format" must be "promptly-export".' }],
    [{ format: 'promptly-export', version: '1' }, { version: 'This instance reads export version 1 only.' }],
    [{ format: 'promptly-export' }, { version: 'This instance reads export version 1 only.' }],
  ])('%j', (body, errors) => {
    expect(readExport(body)).toEqual({ ok: false, errors });
  });

  it('reads an empty document, missing and null lists as empty', () => {
    const empty = { ok: true, value: { pieces: [], wordLogs: [], goals: [], cards: [] } };
    expect(readExport(doc())).toEqual(empty);
    expect(readExport(doc({ pieces: null, word_logs: null, goals: null }))).toEqual(empty);
  });

  it('names each list that is not an array', () => {
    expect(errorsOf(doc({ pieces: 'x', word_logs: {}, goals: 3, cards: {} }))).toEqual({
      cards: 'cards must be an array.',
      pieces: 'pieces must be an array.',
      word_logs: 'word_logs must be an array.',
      goals: 'goals must be an array.',
    });
  });
});

describe('readExport: pieces', () => {
  it('keeps the fields apart from id and timestamps', () => {
    const result = readExport(
      doc({
        pieces: [
          { id: 0, title: 'A', created_at: '2025-10-02T12:00:00Z', updated_at: '2025-10-02T12:00:00.5Z' },
          { title: 'B', created_at: null },
          { id: null, title: 'C', updated_at: '2025-10-02T12:00:00.123Z' },
          { id: Number.MAX_SAFE_INTEGER },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        pieces: [
          {
            ref: 0,
            fields: { title: 'A' },
            createdAt: '2025-10-02T12:00:00Z',
            updatedAt: '2025-10-02T12:00:00.5Z',
          },
          { ref: null, fields: { title: 'B' }, createdAt: null, updatedAt: null },
          { ref: null, fields: { title: 'C' }, createdAt: null, updatedAt: '2025-10-02T12:00:00.123Z' },
          { ref: Number.MAX_SAFE_INTEGER, fields: {}, createdAt: null, updatedAt: null },
        ],
        wordLogs: [],
        goals: [],
        cards: [],
      },
    });
  });

  it('refuses pieces that are not objects, bad ids, repeated ids and bad timestamps', () => {
    expect(
      errorsOf(
        doc({
          pieces: [
            null,
            [],
            'x',
            { id: -1 },
            { id: 1.5 },
            { id: '3' },
            { id: 4 },
            { id: 4 },
            { created_at: '2025-10-02T12:00:00.1234Z' },
            { updated_at: '2025-10-02T12:00:00' },
            { created_at: 1_700_000_000_000, updated_at: '2025-10-02 12:00:00Z' },
            { id: Number.MAX_SAFE_INTEGER + 2 },
          ],
        }),
      ),
    ).toEqual({
      'pieces[0]': 'Each piece must be an object.',
      'pieces[1]': 'Each piece must be an object.',
      'pieces[2]': 'Each piece must be an object.',
      'pieces[3].id': 'id must be a whole number.',
      'pieces[4].id': 'id must be a whole number.',
      'pieces[5].id': 'id must be a whole number.',
      'pieces[7].id': 'Two pieces have the id 4.',
      'pieces[8].created_at': STAMP_ERROR,
      'pieces[9].updated_at': STAMP_ERROR,
      'pieces[10].created_at': STAMP_ERROR,
      'pieces[10].updated_at': STAMP_ERROR,
      'pieces[11].id': 'id must be a whole number.',
    });
  });
});

describe('readExport: word logs', () => {
  it('reads logs, linking them to pieces of the export', () => {
    const result = readExport(
      doc({
        pieces: [{ id: 3 }],
        word_logs: [
          { date: '2025-10-01', words: 0 },
          { date: '2025-10-02', words: 100_000_000, piece_id: 3, created_at: '2025-10-02T08:00:00Z' },
          { date: '2025-10-03', words: 5, piece_id: null },
        ],
      }),
    );
    expect(result.ok && result.value.wordLogs).toEqual([
      { date: '2025-10-01', words: 0, pieceRef: null, createdAt: null },
      { date: '2025-10-02', words: 100_000_000, pieceRef: 3, createdAt: '2025-10-02T08:00:00Z' },
      { date: '2025-10-03', words: 5, pieceRef: null, createdAt: null },
    ]);
  });

  it('refuses each bad log by its field', () => {
    const DATE = 'Each word log needs a date (YYYY-MM-DD).';
    const WORDS = 'words must be a whole number.';
    const PIECE = 'piece_id must be the id of a piece in this export, or null.';
    expect(
      errorsOf(
        doc({
          pieces: [{ id: 3 }],
          word_logs: [
            'x',
            { words: 1 },
            { date: 20251001, words: 1 },
            { date: '2025-02-30', words: 1 },
            { date: '2025-10-01', words: 100_000_001 },
            { date: '2025-10-01', words: -1 },
            { date: '2025-10-01', words: '5' },
            { date: '2025-10-01', words: 1.5 },
            { date: '2025-10-01', words: 1, piece_id: 4 },
            { date: '2025-10-01', words: 1, piece_id: '3' },
            { date: '2025-10-01', words: 1, created_at: 'today' },
          ],
        }),
      ),
    ).toEqual({
      'word_logs[0]': DATE,
      'word_logs[1]': DATE,
      'word_logs[2]': DATE,
      'word_logs[3]': DATE,
      'word_logs[4].words': WORDS,
      'word_logs[5].words': WORDS,
      'word_logs[6].words': WORDS,
      'word_logs[7].words': WORDS,
      'word_logs[8].piece_id': PIECE,
      'word_logs[9].piece_id': PIECE,
      'word_logs[10].created_at': STAMP_ERROR,
    });
  });
});

describe('readExport: goals', () => {
  it('reads goals, a missing measure as null', () => {
    const result = readExport(
      doc({
        goals: [
          { event: 'a', fills: 10_000, words: 100_000_000 },
          { event: 'b' },
          { event: 'c', fills: 0, words: null },
        ],
      }),
    );
    expect(result.ok && result.value.goals).toEqual([
      { event: 'a', fills: 10_000, words: 100_000_000 },
      { event: 'b', fills: null, words: null },
      { event: 'c', fills: 0, words: null },
    ]);
  });

  it('refuses goals without an event and with measures out of range', () => {
    const SLUG = 'Each goal needs an event slug.';
    const MEASURE = 'A goal’s fills and words are whole numbers or null.';
    expect(
      errorsOf(
        doc({
          goals: [
            null,
            { fills: 1 },
            { event: 5 },
            { event: 'a', fills: 10_001 },
            { event: 'a', words: 100_000_001 },
            { event: 'a', fills: -1 },
            { event: 'a', words: '5' },
          ],
        }),
      ),
    ).toEqual({
      'goals[0]': SLUG,
      'goals[1]': SLUG,
      'goals[2]': SLUG,
      'goals[3]': MEASURE,
      'goals[4]': MEASURE,
      'goals[5]': MEASURE,
      'goals[6]': MEASURE,
    });
  });
});

describe('missingFills and importEventSlugs', () => {
  const read = (body: Record<string, unknown>) => {
    const result = readExport(doc(body));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  const plan = read({
    pieces: [
      {
        fills: [
          { event: 'whump', day: 2 },
          { event: 'whump', day: 1 },
          { event: 'bingo', square: { row: 1, col: 1 } },
          { event: 'zine', day: 3 },
          'x',
          { event: 7, day: 1 },
          { day: 4 },
        ],
      },
      { fills: 'none' },
      { fills: [{ event: 'whump', day: '9' }] },
    ],
    goals: [{ event: 'nano' }, { event: 'whump' }],
    cards: [card('cards-only')],
  });

  it('lists unknown events once and unknown days of known events, sorted', () => {
    const known = new Map([
      ['whump', new Set([1])],
      ['bingo', new Set<number>()],
    ]);
    expect(missingFills(plan, known)).toEqual({ events: ['nano', 'zine'], days: ['whump day 2'] });
    expect(missingFills(plan, new Map())).toEqual({ events: ['bingo', 'nano', 'whump', 'zine'], days: [] });
  });

  it('names every event slug once: goals, then cards, then fills', () => {
    expect(importEventSlugs(plan)).toEqual(['nano', 'whump', 'cards-only', 'bingo', 'zine']);
  });
});
