import { describe, expect, it } from 'vitest';
import { readDateLabel, readNumberLabel } from '../../src/domain/prompt-labels.ts';

describe('readNumberLabel: an ordinal before a separator', () => {
  it('gives the prompt without the spaces around it, like the other labels', () => {
    expect(readNumberLabel('2nd – Bats ')).toStrictEqual({ n: 2, family: 'bare', rest: 'Bats' });
    expect(readNumberLabel('2nd –\u00a0Bats')).toStrictEqual({ n: 2, family: 'bare', rest: 'Bats' });
    expect(readNumberLabel('Day 2 – Bats ')).toStrictEqual({ n: 2, family: 'day', rest: 'Bats' });
  });
});

describe('readDateLabel: a year after two slashes', () => {
  it('takes two or four digits as the year', () => {
    expect(readDateLabel('10/1/25 Ghosts')).toStrictEqual({
      month: 10,
      day: 1,
      slash: [10, 1],
      year: 2025,
      rest: 'Ghosts',
    });
    expect(readDateLabel('10/1/2025 Ghosts')).toStrictEqual({
      month: 10,
      day: 1,
      slash: [10, 1],
      year: 2025,
      rest: 'Ghosts',
    });
  });

  it('makes no date of one or three digits after the second slash', () => {
    expect(readDateLabel('10/1/5 Ghosts')).toBeUndefined();
    expect(readDateLabel('10/1/202 Ghosts')).toBeUndefined();
  });
});
