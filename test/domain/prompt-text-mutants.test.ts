import { describe, expect, it } from 'vitest';
import { isGloss, isNoise, splitPrompts, splitTitle } from '../../src/domain/prompt-text.ts';

describe('splitPrompts: what protects a separator', () => {
  it('a closing bracket with none open (a smiley) does not stop the next brackets protecting a bar', () => {
    expect(splitPrompts('Sunshine :) (warm | bright)', 'strong')).toEqual(['Sunshine :) (warm | bright)']);
  });

  it('reads on right after a spaced slash, so brackets just after it still protect their bar', () => {
    expect(splitPrompts('Lantern / (glow | flicker)', 'strong')).toEqual(['Lantern', '(glow | flicker)']);
    expect(splitPrompts('Lantern // (glow | flicker)', 'strong')).toEqual(['Lantern', '(glow | flicker)']);
  });
});

describe('splitPrompts, all: “or” and straight quotes', () => {
  it('cuts at “or” after a closed pair of straight quotes', () => {
    expect(splitPrompts('"Truth" said the ghost or a lie told twice', 'all')).toEqual([
      '"Truth" said the ghost',
      'a lie told twice',
    ]);
  });

  it('does not cut at an “or” inside brackets inside quotes', () => {
    expect(splitPrompts('"Hello (or goodbye)" or farewell', 'all')).toEqual([
      '"Hello (or goodbye)"',
      'farewell',
    ]);
  });

  it('cuts at every “or” between quoted words, not reading a quote twice', () => {
    expect(splitPrompts('Say "yes" or say "no" or walk away', 'all')).toEqual([
      'Say "yes"',
      'say "no"',
      'walk away',
    ]);
  });
});

describe('splitTitle', () => {
  it('finds no theme in brackets, whatever stray or nested brackets come before', () => {
    expect(splitTitle('Smile :) (happy - sad)')).toBeUndefined();
    expect(splitTitle('Night (a (very) long one - endless)')).toBeUndefined();
  });

  it('gives the theme without the spaces before a dash', () => {
    expect(splitTitle('Rain  - umbrellas')).toEqual({ title: 'Rain', rest: 'umbrellas' });
  });

  it('takes only a dash with a space before it as a separator', () => {
    expect(splitTitle('Slow- burn romance')).toBeUndefined();
  });

  it('is no theme when one side of the separator is empty', () => {
    expect(splitTitle('Winter: ')).toBeUndefined();
    expect(splitTitle('  : snow')).toBeUndefined();
  });

  it('is no theme when what comes before the colon is long or holds alternatives', () => {
    expect(splitTitle('The night the lights went out in town: darkness')).toBeUndefined();
    expect(splitTitle('Ghosts | Bats: night')).toBeUndefined();
  });

  it('is a theme with “or” in it: only bars and spaced slashes make alternatives there', () => {
    expect(splitTitle('Love or hate each other: enemies to lovers')).toEqual({
      title: 'Love or hate each other',
      rest: 'enemies to lovers',
    });
  });
});

describe('isNoise and isGloss', () => {
  it('a hashtag with a year stuck to it is still a hashtag', () => {
    expect(isNoise('#inktober#2025')).toBe(true);
  });

  it('a number after # is a day number, not a hashtag, however many digits', () => {
    expect(isNoise('#31')).toBe(false);
  });

  it('a gloss may mention a number in brackets after its start', () => {
    expect(isGloss('(a follow-up to prompt (7))')).toBe(true);
  });
});
