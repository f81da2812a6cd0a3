import { describe, expect, it } from 'vitest';
import { readBingoPool } from '../../src/domain/bingo-pool.ts';
import { type BingoRules, mayReroll, squareBreaks } from '../../src/domain/bingo-rules.ts';

const NONE: BingoRules = { minWords: null, maxSquaresPerPiece: null, reroll: false };
const STRICT: BingoRules = { minWords: 500, maxSquaresPerPiece: 2, reroll: true };

describe('squareBreaks', () => {
  it.each([
    ['no rules', NONE, { posted: true, words: 1, squares: 9 }, []],
    ['long enough, two squares', STRICT, { posted: true, words: 500, squares: 2 }, []],
    ['too short', STRICT, { posted: true, words: 499, squares: 1 }, ['too-short']],
    ['too many squares', STRICT, { posted: true, words: 900, squares: 3 }, ['too-many-squares']],
    ['both', STRICT, { posted: true, words: 10, squares: 5 }, ['too-short', 'too-many-squares']],
    ['a draft is not judged', STRICT, { posted: false, words: 10, squares: 5 }, []],
  ] as const)('%s', (_name, rules, piece, breaks) => {
    expect(squareBreaks(rules, piece)).toEqual(breaks);
  });
});

describe('mayReroll', () => {
  const card = { deal: 1, dealtAt: '2026-03-01T10:00:00.000Z', filled: 0 };
  it.each([
    ['within 24 hours', STRICT, card, '2026-03-02T09:59:59.000Z', true],
    ['at 24 hours', STRICT, card, '2026-03-02T10:00:00.000Z', false],
    ['when the rules do not allow it', NONE, card, '2026-03-01T11:00:00.000Z', false],
    ['a second time', STRICT, { ...card, deal: 2 }, '2026-03-01T11:00:00.000Z', false],
    ['once a square is filled', STRICT, { ...card, filled: 1 }, '2026-03-01T11:00:00.000Z', false],
  ] as const)('%s: %s', (_name, rules, c, now, allowed) => {
    expect(mayReroll(rules, c, now)).toBe(allowed);
  });
});

describe('readBingoPool', () => {
  it('takes one prompt a line, bullets and numbers off, and lists every line not used', () => {
    const read = readBingoPool(
      'Bad Things Happen Bingo:\n\n1. Kidnapping\n- Fever\n* fever\n  Day 4: Broken bones\n---\n[ ] Whump\n',
    );
    expect(read).toEqual({
      ok: true,
      value: {
        prompts: ['Kidnapping', 'Fever', 'Broken bones', 'Whump'],
        unused: [
          { line: 1, text: 'Bad Things Happen Bingo:', why: 'a heading' },
          { line: 5, text: '* fever', why: 'repeats line 4' },
          { line: 7, text: '---', why: 'nothing to write about' },
        ],
      },
    });
  });

  it('refuses control characters and says where the limit is', () => {
    expect(readBingoPool('a\u0000b')).toMatchObject({ ok: false });
    const long = readBingoPool(`${'x'.repeat(501)}\nshort`);
    expect(long).toMatchObject({ ok: true, value: { prompts: ['short'] } });
    if (long.ok) expect(long.value.unused[0]?.why).toBe('longer than 500 characters');
  });
});
