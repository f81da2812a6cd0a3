import { describe, expect, it } from 'vitest';
import { formatNumber, plural, shorten, wordsLabel } from '../../src/domain/format.ts';

describe('counts with their nouns', () => {
  it('groups digits', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('says word for one and words for any other count', () => {
    expect(wordsLabel(1)).toBe('1 word');
    expect(wordsLabel(0)).toBe('0 words');
    expect(wordsLabel(2)).toBe('2 words');
    expect(wordsLabel(1500)).toBe('1,500 words');
  });

  it('makes the plural with an s, or the plural given', () => {
    expect(plural(1, 'piece')).toBe('1 piece');
    expect(plural(0, 'piece')).toBe('0 pieces');
    expect(plural(2, 'piece')).toBe('2 pieces');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(12000, 'entry', 'entries')).toBe('12,000 entries');
  });
});

describe('shorten', () => {
  it('keeps text that fits, up to exactly the limit', () => {
    expect(shorten('', 3)).toBe('');
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('ab', 3)).toBe('ab');
  });

  it('cuts longer text to the limit, the ellipsis included, with no space before it', () => {
    expect(shorten('abcd', 3)).toBe('ab…');
    expect(shorten('Hurt and comfort', 10)).toBe('Hurt and…');
    expect(shorten('  leading kept', 6)).toBe('  lea…');
  });

  it('counts characters, not UTF-16 units, so a pair is never split', () => {
    expect(shorten('😀😀😀', 3)).toBe('😀😀😀');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
