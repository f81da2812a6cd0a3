import { describe, expect, it } from 'vitest';
import {
  isDateRange,
  parenthesised,
  readDateLabel,
  readNumberLabel,
} from '../../src/domain/prompt-labels.ts';

describe('readNumberLabel: the families', () => {
  it.each([
    ['Day 3: x', { n: 3, family: 'day', rest: 'x' }],
    ['DAY 3. x', { n: 3, family: 'day', rest: 'x' }],
    ['day 3 x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3', { n: 3, family: 'day', rest: '' }],
    ['Day 3 ', { n: 3, family: 'day', rest: '' }],
    ['Day Three - x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3 ✦ x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3: ★ x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3 ~x', { n: 3, family: 'day', rest: '~x' }],
    ['Day 3 | x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3, x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3) x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3 – x', { n: 3, family: 'day', rest: 'x' }],
    ['Day 3 — x', { n: 3, family: 'day', rest: 'x' }],
    ['No. 3 — x', { n: 3, family: 'no', rest: 'x' }],
    ['Nº 3 x', { n: 3, family: 'no', rest: 'x' }],
    ['#3 x', { n: 3, family: 'hash', rest: 'x' }],
    ['#3: x', { n: 3, family: 'hash', rest: 'x' }],
    ['Prompt 3: x', { n: 3, family: 'prompt', rest: 'x' }],
    ['PROMPT 3 - x', { n: 3, family: 'prompt', rest: 'x' }],
  ])('%j', (text, label) => {
    expect(readNumberLabel(text)).toStrictEqual(label);
  });

  it.each([['Day 3✦ x'], ['Day 3x'], ['Day x']])('%j has none', (text) => {
    expect(readNumberLabel(text)).toBeUndefined();
  });
});

describe('readNumberLabel: bare and spaced numbers', () => {
  it.each([
    ['3. x', { n: 3, family: 'bare', rest: 'x' }],
    ['3.x', { n: 3, family: 'bare', rest: 'x' }],
    ['3) x', { n: 3, family: 'bare', rest: 'x' }],
    ['3: x', { n: 3, family: 'bare', rest: 'x' }],
    ['3:x', { n: 3, family: 'bare', rest: 'x' }],
    ['3.', { n: 3, family: 'bare', rest: '' }],
    ['3', { n: 3, family: 'bare', rest: '' }],
    ['03. x', { n: 3, family: 'bare', rest: 'x' }],
    ['123. x', { n: 123, family: 'bare', rest: 'x' }],
    ['(3) x', { n: 3, family: 'bare', rest: 'x' }],
    ['(3)', { n: 3, family: 'bare', rest: '' }],
    ['(12)x', { n: 12, family: 'bare', rest: 'x' }],
    ['3 - x', { n: 3, family: 'bare', rest: 'x' }],
    ['3 – x', { n: 3, family: 'bare', rest: 'x' }],
    ['3 — x', { n: 3, family: 'bare', rest: 'x' }],
    ['3 | x', { n: 3, family: 'bare', rest: 'x' }],
    ['3 -', { n: 3, family: 'bare', rest: '' }],
    ['3\t-\tx', { n: 3, family: 'bare', rest: 'x' }],
    ['1st: Ghosts', { n: 1, family: 'bare', rest: 'Ghosts' }],
    ['2nd - Ghosts', { n: 2, family: 'bare', rest: 'Ghosts' }],
    ['3RD, Ghosts', { n: 3, family: 'bare', rest: 'Ghosts' }],
    ['4th) Ghosts', { n: 4, family: 'bare', rest: 'Ghosts' }],
    ['5th . Ghosts', { n: 5, family: 'bare', rest: 'Ghosts' }],
    ['6th:', { n: 6, family: 'bare', rest: '' }],
    ['3 x', { n: 3, family: 'spaced', rest: 'x' }],
    ['3   x y', { n: 3, family: 'spaced', rest: 'x y' }],
    ['123 x', { n: 123, family: 'spaced', rest: 'x' }],
    ['3 "x"', { n: 3, family: 'spaced', rest: '"x"' }],
    ['3 “x”', { n: 3, family: 'spaced', rest: '“x”' }],
    ["3 'x'", { n: 3, family: 'spaced', rest: "'x'" }],
    ['3 ‘x’', { n: 3, family: 'spaced', rest: '‘x’' }],
    ['3 (x)', { n: 3, family: 'spaced', rest: '(x)' }],
    ['3 é', { n: 3, family: 'spaced', rest: 'é' }],
  ])('%j', (text, label) => {
    expect(readNumberLabel(text)).toStrictEqual(label);
  });

  it.each([
    ['1234. x'],
    ['3.5 stars'],
    ['1:30 am'],
    ['3x'],
    ['3 5'],
    ['3 -x'],
    ['3 ~ x'],
    ['3 '],
    ['(3 x'],
    ['(3'],
    ['(1st) x'],
    ['1st kiss'],
    ['1st'],
    ['1stx: y'],
    ['x 3'],
    [''],
  ])('%j has none', (text) => {
    expect(readNumberLabel(text)).toBeUndefined();
  });
});

describe('readDateLabel: month names', () => {
  const all = 'January February March April May June July August September October November December'.split(
    ' ',
  );
  it.each(all.map((name, i) => [name, i + 1]))('%s 5 and its first three letters', (name, month) => {
    expect(readDateLabel(`${name} 5: x`)).toStrictEqual({ month, day: 5, rest: 'x' });
    expect(readDateLabel(`${name.slice(0, 3)} 5: x`)).toStrictEqual({ month, day: 5, rest: 'x' });
    expect(readDateLabel(`${name.slice(0, 3).toUpperCase()}. 5 x`)).toStrictEqual({
      month,
      day: 5,
      rest: 'x',
    });
  });

  it.each([
    ['Sept 30: x', { month: 9, day: 30, rest: 'x' }],
    ['Octob 1 x', { month: 10, day: 1, rest: 'x' }],
    ['october 31st - x', { month: 10, day: 31, rest: 'x' }],
    ['Oct 1st', { month: 10, day: 1, rest: '' }],
    ['Oct 01: x', { month: 10, day: 1, rest: 'x' }],
    ['Oct 32: x', { month: 10, day: 32, rest: 'x' }],
    ['Oct  1 x', { month: 10, day: 1, rest: 'x' }],
    ['Oct1: x', { month: 10, day: 1, rest: 'x' }],
    ['Oct 1, 2025: x', { month: 10, day: 1, year: 2025, rest: 'x' }],
    ['Oct 1 2025 x', { month: 10, day: 1, year: 2025, rest: 'x' }],
    ['Oct 1, 25', { month: 10, day: 1, rest: '25' }],
    ['Oct 1,2025', { month: 10, day: 1, rest: '2025' }],
    ['Oct 1 20255', { month: 10, day: 1, rest: '20255' }],
    ['Oct 1 ✦ Ghosts', { month: 10, day: 1, rest: 'Ghosts' }],
    ['Wednesday, October 1: x', { month: 10, day: 1, rest: 'x' }],
    ['Wed Oct 1 x', { month: 10, day: 1, rest: 'x' }],
    ['Wed,Oct 1 x', { month: 10, day: 1, rest: 'x' }],
    ['thu. oct 2 x', { month: 10, day: 2, rest: 'x' }],
    ['Monday 1 October x', { month: 10, day: 1, rest: 'x' }],
    ['1 October x', { month: 10, day: 1, rest: 'x' }],
    ['1st Oct: x', { month: 10, day: 1, rest: 'x' }],
    ['1 of Oct - x', { month: 10, day: 1, rest: 'x' }],
    ['the 1st of October – x', { month: 10, day: 1, rest: 'x' }],
    ['The 2nd Oct x', { month: 10, day: 2, rest: 'x' }],
    ['1 October, 2026: x', { month: 10, day: 1, year: 2026, rest: 'x' }],
    ['12 Dec 2025', { month: 12, day: 12, year: 2025, rest: '' }],
  ])('%j', (text, label) => {
    expect(readDateLabel(text)).toStrictEqual(label);
  });

  it.each([
    ['Ma 1: x'],
    ['Octobre 1: x'],
    ['Octoberfest 1'],
    ['Oct x'],
    ['Oct 123'],
    ['Oct 1x'],
    ['Oct 1stx'],
    ['Oct 12a'],
    ['Oct 1✦ Ghosts'],
    ['Wed'],
    ['Wed x'],
    ['WedOct 1'],
    ['Wed 1'],
    ['1 x'],
    ['1October'],
    ['1 Octx'],
    ['Ghosts'],
    [''],
  ])('%j has none', (text) => {
    expect(readDateLabel(text)).toBeUndefined();
  });
});

describe('readDateLabel: numbers only', () => {
  it.each([
    ['2025-10-01 x', { year: 2025, month: 10, day: 1, rest: 'x' }],
    ['2025-10-01: x', { year: 2025, month: 10, day: 1, rest: 'x' }],
    ['2025-13-40', { year: 2025, month: 13, day: 40, rest: '' }],
    ['12/1 x', { month: 12, day: 1, slash: [12, 1], rest: 'x' }],
    ['1/12: x', { month: 1, day: 12, slash: [1, 12], rest: 'x' }],
    ['12/1/25 x', { month: 12, day: 1, slash: [12, 1], year: 2025, rest: 'x' }],
    ['12/1/99 x', { month: 12, day: 1, slash: [12, 1], year: 2099, rest: 'x' }],
    ['12/1/2026 - x', { month: 12, day: 1, slash: [12, 1], year: 2026, rest: 'x' }],
    ['01/02', { month: 1, day: 2, slash: [1, 2], rest: '' }],
  ])('%j', (text, label) => {
    expect(readDateLabel(text)).toStrictEqual(label);
  });

  it.each([
    ['2025-10-011'],
    ['2025-1-01'],
    ['123/1'],
    ['12/123'],
    ['12/'],
    ['12/1/'],
    ['12/1/202'],
    ['12/1/2'],
    ['12/1/20255'],
    ['12/1a'],
    ['12/1x'],
    ['12/1//'],
  ])('%j has none', (text) => {
    expect(readDateLabel(text)).toBeUndefined();
  });
});

describe('parenthesised', () => {
  it.each([
    ['(Oct 1): Ghosts', { inner: 'Oct 1', after: 'Ghosts' }],
    ['( a ) - b', { inner: 'a', after: 'b' }],
    ['(ab)', { inner: 'ab', after: '' }],
    ['(a) b', { inner: 'a', after: 'b' }],
    ['(a)) b', { inner: 'a', after: 'b' }],
    [`(${'x'.repeat(39)}) b`, { inner: 'x'.repeat(39), after: 'b' }],
  ])('%j', (text, found) => {
    expect(parenthesised(text)).toStrictEqual(found);
  });

  it.each([['x (a)'], ['()'], ['(a'], ['(a)b'], [`(${'x'.repeat(40)}) b`], ['']])('%j has none', (text) => {
    expect(parenthesised(text)).toBeUndefined();
  });
});

describe('isDateRange', () => {
  it.each([
    ['October 1 – 31', true],
    ['October 1 - 31', true],
    ['October 1 — 31', true],
    ['October 1–31', true],
    ['Oct 1 - 31, 2025', true],
    ['Oct 1 - 31 2025', true],
    ['Oct 1 to Oct 31', true],
    ['Oct 1 TO 31', true],
    ['Oct 1 through 31', true],
    ['Oct 1 thru 31', true],
    ['Oct 1 until 31', true],
    ['Oct 1 till 31', true],
    ['Oct 1 to 5', true],
    ['1 - 10 October', true],
    ['1 - 10, Oct', true],
    ['1 to Oct 5', true],
    ['2025-10-01 - 2025-10-31', true],
    ['10/1 - 10/31', true],
    ['1 - 10 minutes', false],
    ['1 to 5', false],
    ['October 1 – 31 spooky', false],
    ['October 1 –', false],
    ['October 1 – x', false],
    ['Oct 1 totally', false],
    ['Oct 1 tomorrow', false],
    ['Oct 1: Ghosts', false],
    ['Oct 1', false],
    ['Ghosts', false],
    ['x - 5', false],
    ['', false],
  ])('%j: %s', (text, range) => {
    expect(isDateRange(text)).toBe(range);
  });
});
