import { describe, expect, it } from 'vitest';
import {
  avoids,
  fold,
  SQUICK_MAX_ENTRIES,
  SQUICK_MAX_LENGTH,
  squickFilter,
  validateSquickList,
} from '../../src/domain/squick.ts';

describe('fold', () => {
  it.each([
    ['ß æ œ ø ł đ ı þ', 'ss ae oe o l d i th'],
    ['ÆŒØŁĐÞ', 'aeoeoldth'],
    ['İstanbul', 'istanbul'],
    ['‘quoted’ it’s', "'quoted' it's"],
    ['ﬁne', 'fine'],
    ['Plain', 'plain'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('squickFilter', () => {
  it('compiles words, prefixes and unspaced entries; skips lines naming nothing', () => {
    expect(squickFilter('Blood\n  dark  MAGIC*  \n***\n\n猫 の\nnaïve')).toEqual({
      entries: [
        { kind: 'words', tokens: ['blood'], prefix: false },
        { kind: 'words', tokens: ['dark', 'magic'], prefix: true },
        { kind: 'text', text: '猫の' },
        { kind: 'words', tokens: ['naive'], prefix: false },
      ],
    });
    expect(squickFilter('')).toEqual({ entries: [] });
  });
});

describe('avoids: endings and phrases', () => {
  it.each<[string, string, boolean]>([
    ['rat', 'rat', true],
    ['rat', 'rats', true],
    ['rat', 'rated', false],
    ['rat', 'rating', false],
    ['rat', 'ratty', false],
    ['rat', 'ra', false],
    ['bus', 'buses', true],
    ['kiss', 'kisses', true],
    ['kiss', 'kissed', true],
    ['kiss', 'kissing', true],
    ['kiss', 'kis', false],
    ['hope', 'hoping', true],
    ['hope', 'hoped', true],
    ['hope', 'hopes', true],
    ['hope', 'hopeing', true],
    ['bury', 'buried', true],
    ['bury', 'buries', true],
    ['bury', 'burying', true],
    ['bury', 'burys', true],
    ['cry', 'cries', false],
    ['cry', 'cried', false],
    ['flies', 'fly', true],
    ['flies', 'flying', false],
    ['ties', 'tie', true],
    ['ties', 'ti', false],
    ['ties', 'tying', false],
    ['gas', 'ga', false],
    ['cats', 'cat', true],
    ['cats', 'catty', false],
    ['fear', 'feary', true],
    ['fear', 'fears', true],
    ['fear', 'fearing', true],
    ['fear', 'fearful', false],
    ['fear', 'fea', false],
    ['blood', 'blod', false],
    ['blood*', 'blood', true],
    ['blood*', 'blo', false],
    ['dark magic*', 'Dark Magician', true],
    ['dark magic*', 'dark the magician', false],
    ['dark magic*', 'magician dark', false],
    ['eye trauma', 'and then eye trauma', true],
    ['eye trauma', 'eye traumas', true],
    ['eye trauma', 'eyes trauma', false],
    ['eye trauma', 'eye', false],
    ['a b c', 'x a b c', true],
    ['a b c', 'a b x c', false],
    ['猫', '子 猫', true],
    ['子猫', '子 猫', true],
    ['猫 の', '猫の手', true],
    ['blood\nfear', 'no fears here', true],
  ])('list %j, prompt %j → %s', (list, prompt, hidden) => {
    expect(avoids(squickFilter(list), prompt)).toBe(hidden);
  });
});

describe('validateSquickList: messages and limits', () => {
  const refused = (message: string) => ({ ok: false, errors: { squick_words: message } });

  it('has limits of 100', () => {
    expect([SQUICK_MAX_ENTRIES, SQUICK_MAX_LENGTH]).toEqual([100, 100]);
  });

  it.each<[string, unknown]>([
    ['a\rb\r\nc', { ok: true, value: ['a', 'b', 'c'] }],
    ['\tblood\t', { ok: true, value: ['blood'] }],
    ['Naïve\nnaive\nNAIVE', { ok: true, value: ['Naïve'] }],
    [`${'🎃'.repeat(99)}x`, { ok: true, value: [`${'🎃'.repeat(99)}x`] }],
    [
      `${'🎃'.repeat(100)}x`,
      refused('Line 1 is longer than 100 characters: keep one word or phrase a line.'),
    ],
    [
      `a\n\n${'b'.repeat(101)}`,
      refused('Line 3 is longer than 100 characters: keep one word or phrase a line.'),
    ],
    [`a  ${'b'.repeat(97)}`, { ok: true, value: [`a ${'b'.repeat(97)}`] }],
    ['a\n\n- -', refused('Line 3 has no letters or digits to look for.')],
    ['blood\u0000', refused('The list contains a NUL character; remove it.')],
    [
      Array.from({ length: 101 }, (_, i) => `w${i}`).join('\n'),
      refused('List at most 100 words or phrases (this list has 101).'),
    ],
  ])('%j', (typed, result) => {
    expect(validateSquickList(typed)).toEqual(result);
  });
});
