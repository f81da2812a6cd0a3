import { describe, expect, it } from 'vitest';
import { POOL_LIMITS, readBingoPool } from '../../src/domain/bingo-pool.ts';

const pool = (text: string) => {
  const result = readBingoPool(text);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.value;
};

describe('readBingoPool: labels and bullets come off', () => {
  it.each([
    ['1. Fever', 'Fever'],
    ['12) Fever', 'Fever'],
    ['(3) Fever', 'Fever'],
    ['999: Fever', 'Fever'],
    ['1000. Fever', '1000. Fever'],
    ['Day 3: Fever', 'Fever'],
    ['day3 - Fever', 'Fever'],
    ['No. 4 Fever', 'Fever'],
    ['no 4) Fever', 'Fever'],
    ['Prompt 5 — Fever', 'Fever'],
    ['#5 Fever', 'Fever'],
    ['- Fever', 'Fever'],
    ['* Fever', 'Fever'],
    ['+ Fever', 'Fever'],
    ['• Fever', 'Fever'],
    ['> Fever', 'Fever'],
    ['[ ] Fever', 'Fever'],
    ['[x] Fever', 'Fever'],
    ['[] Fever', 'Fever'],
    ['-Fever', '-Fever'],
    ['1.5 hours', '1.5 hours'],
    ['- 1. Fever', '1. Fever'],
    ['  Fever   dream  ', 'Fever dream'],
    ['🎃', '🎃'],
  ])('%j → %j', (line, prompt) => {
    expect(pool(line)).toEqual({ prompts: [prompt], unused: [] });
  });
});

describe('readBingoPool: every line used or listed', () => {
  it('lists headings, repeats, empty lines and lines past the limits, by line number', () => {
    const text = [
      'Physical:',
      '1. Fever',
      '',
      '  ',
      '2. fever',
      '- ***',
      '-',
      'FÉVER',
      `${'x'.repeat(500)}`,
      `${'y'.repeat(501)}`,
      'Physical:',
    ].join('\r\n');
    expect(pool(text)).toEqual({
      prompts: ['Fever', 'x'.repeat(500)],
      unused: [
        { line: 1, text: 'Physical:', why: 'a heading' },
        { line: 5, text: '2. fever', why: 'repeats line 2' },
        { line: 6, text: '- ***', why: 'nothing to write about' },
        { line: 7, text: '-', why: 'nothing to write about' },
        { line: 8, text: 'FÉVER', why: 'repeats line 2' },
        { line: 10, text: 'y'.repeat(501), why: 'longer than 500 characters' },
        { line: 11, text: 'Physical:', why: 'a heading' },
      ],
    });
  });

  it('counts length in characters, and lines split on CR, LF or CRLF', () => {
    expect(pool(`${'🎃'.repeat(500)}\ra\nb`).prompts).toEqual(['🎃'.repeat(500), 'a', 'b']);
    expect(pool('🎃'.repeat(501)).unused).toEqual([
      { line: 1, text: '🎃'.repeat(501), why: 'longer than 500 characters' },
    ]);
  });

  it('holds 500 prompts; the rest are listed', () => {
    const lines = Array.from({ length: 502 }, (_, i) => `p${i}`);
    const read = pool(lines.join('\n'));
    expect(read.prompts).toEqual(lines.slice(0, 500));
    expect(read.unused).toEqual([
      { line: 501, text: 'p500', why: 'past the 500 prompts a pool holds' },
      { line: 502, text: 'p501', why: 'past the 500 prompts a pool holds' },
    ]);
  });

  it('reads an empty pool as empty', () => {
    expect(pool('')).toEqual({ prompts: [], unused: [] });
    expect(pool('\n\n \t\n')).toEqual({ prompts: [], unused: [] });
  });
});

describe('readBingoPool: refusals', () => {
  it('takes 200,000 characters and refuses one more', () => {
    expect(POOL_LIMITS).toEqual({ maxPromptLength: 500, maxPrompts: 500, maxBytes: 200_000 });
    expect(readBingoPool('a'.repeat(200_000)).ok).toBe(true);
    expect(readBingoPool('a'.repeat(200_001))).toEqual({
      ok: false,
      errors: ['The pool is too long; paste at most 200 KB.'],
    });
  });

  it('refuses control characters but takes tabs', () => {
    expect(readBingoPool('a\u0000')).toEqual({
      ok: false,
      errors: ['The pool contains a NUL character; remove it.'],
    });
    expect(pool('a\tb')).toEqual({ prompts: ['a b'], unused: [] });
  });
});
