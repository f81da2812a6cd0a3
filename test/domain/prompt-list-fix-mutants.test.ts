import { describe, expect, it } from 'vitest';
import { applyFix, fixOf, type ListFix } from '../../src/domain/prompt-list-fix.ts';

const dayFix = (line: number, was: string, text = was): ListFix => ({ kind: 'day', line, was, text });

describe('fixOf: only the whole field names a fix', () => {
  it.each([{ fix: 'subtext:3' }, { fix: 'today:4' }, { fix: 'day:4 ' }, { fix: 'day:1234567' }])(
    'none in %j',
    (fields) => {
      expect(fixOf(fields)).toBeUndefined();
    },
  );

  it('takes a line number of up to six digits', () => {
    expect(fixOf({ fix: 'day:123456', was_123456: 'Moon' })).toStrictEqual({
      kind: 'day',
      line: 123456,
      was: 'Moon',
      text: '',
    });
  });

  it('reads a missing or non-text shown line as empty', () => {
    expect(fixOf({ fix: 'day:4', line_4: 'Moon' })).toStrictEqual({
      kind: 'day',
      line: 4,
      was: '',
      text: 'Moon',
    });
    expect(fixOf({ fix: 'day:4', was_4: ['Moon', 'Stars'], line_4: 'Moon' })).toStrictEqual({
      kind: 'day',
      line: 4,
      was: '',
      text: 'Moon',
    });
  });
});

describe('applyFix: a day in a list of one prompt a line with a pool', () => {
  const list = 'Stitch\nMask\nHappy inking!\nAlternates:\n- Fog\n- Rain';

  it('gives a line before the pool a bullet in its place', () => {
    expect(applyFix(list, dayFix(3, 'Happy inking!'))).toStrictEqual({
      ok: true,
      list: 'Stitch\nMask\n- Happy inking!\nAlternates:\n- Fog\n- Rain',
    });
  });

  it('writes the list out again for a line after the pool, which a bullet would put in the pool', () => {
    const after = 'Stitch\nMask\n\nAlternates:\n- Fog\n- Rain\n\nHappy inking!';
    expect(applyFix(after, dayFix(8, 'Happy inking!'))).toStrictEqual({
      ok: true,
      list: 'Day 1: Stitch\nDay 2: Mask\nDay 3: Happy inking!\n\nAlternates:\n- Fog\n- Rain',
    });
  });
});

describe('applyFix: the new day’s prompts', () => {
  const numbered = '1. Ghosts\n2. Bats\nMoon';

  it('splits them at bars only: "A first kiss or a last goodbye" stays one prompt', () => {
    expect(applyFix(numbered, dayFix(3, 'Moon', 'A first kiss or a last goodbye'))).toStrictEqual({
      ok: true,
      list: 'Day 1: Ghosts\nDay 2: Bats\nDay 3: A first kiss or a last goodbye',
    });
  });

  it('keeps at most ten alternatives', () => {
    expect(applyFix(numbered, dayFix(3, 'Moon', 'a | b | c | d | e | f | g | h | i | j | k'))).toStrictEqual({
      ok: true,
      list: 'Day 1: Ghosts\nDay 2: Bats\nDay 3: a | b | c | d | e | f | g | h | i | j',
    });
  });
});

describe('applyFix: what was left of the lines of an inline list', () => {
  it('makes the words after a line’s days a day after them', () => {
    expect(
      applyFix('1 moon. 2 hunt. 3 blood. And a bonus: fog', dayFix(1, 'And a bonus: fog', 'Fog')),
    ).toStrictEqual({
      ok: true,
      list: 'Day 1: moon\nDay 2: hunt\nDay 3: blood\nDay 4: Fog',
    });
  });

  it('keeps the words after a later line’s days below the list written out again', () => {
    const list = 'Prompts: 1 moon. 2 hunt. 3 blood.\n4 fog. 5 rain. Have fun!\nBonus day';
    expect(applyFix(list, dayFix(3, 'Bonus day'))).toStrictEqual({
      ok: true,
      list: 'Prompts:\n\nDay 1: moon\nDay 2: hunt\nDay 3: blood\nDay 4: fog\nDay 5: rain\nDay 6: Bonus day\n\nHave fun!',
    });
  });
});
