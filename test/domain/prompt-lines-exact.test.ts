import { describe, expect, it } from 'vitest';
import { isControl, readLine, splitLines, toLines } from '../../src/domain/prompt-lines.ts';

/** A line with no label, as readLine gives it. */
const plain = (
  shown: string,
  text: string,
  more: { bullet?: boolean; quote?: boolean; index?: number } = {},
) => ({
  index: more.index ?? 0,
  shown,
  text,
  bullet: more.bullet ?? false,
  quote: more.quote ?? false,
  range: false,
});

describe('isControl', () => {
  it.each([
    ['\u0000', true],
    ['\u0007', true],
    ['\u001f', true],
    ['\u007f', true],
    ['\u0080', true],
    ['\u009f', true],
    ['\t', false],
    ['\n', false],
    ['\r', false],
    [' ', false],
    ['\u00a0', false],
    ['a', false],
    ['~', false],
  ])('%j: %s', (c, control) => {
    expect(isControl(c)).toBe(control);
  });
});

describe('splitLines', () => {
  it.each([
    ['a\r\nb\rc\nd\u2028e\u2029f\u0085g', ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    ['a\r\n\nb', ['a', '', 'b']],
    ['a\n\r\nb', ['a', '', 'b']],
    ['a\n', ['a', '']],
    ['', ['']],
    ['a\u000bb', ['a\u000bb']],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toStrictEqual(lines);
  });
});

describe('readLine: what it cleans', () => {
  it.each([
    ['', plain('', '')],
    ['  \t ', plain('', '')],
    ['\u200B\uFEFF\u2060\u00AD', plain('', '')],
    ['a\u00A0b\u1680c\u202Fd\u205Fe\u3000f', plain('a b c d e f', 'a b c d e f')],
    ['a\u2000b\u2005c\u200Ad', plain('a b c d', 'a b c d')],
    ['a\u200Bb\u00ADc', plain('abc', 'abc')],
    ['a\u0007b\u0085c', plain('abc', 'abc')],
    ['a\u200Db', plain('a\u200Db', 'a\u200Db')],
    ['  Ghosts  ', plain('Ghosts', 'Ghosts')],
    // Tabs between cells read as bars; a tab at either end is nothing.
    ['Ghosts\tBats', plain('Ghosts | Bats', 'Ghosts | Bats')],
    ['Ghosts \t\t Bats', plain('Ghosts | Bats', 'Ghosts | Bats')],
    ['\tGhosts\t', plain('Ghosts', 'Ghosts')],
  ])('%j', (raw, line) => {
    expect(readLine(raw, 0)).toStrictEqual(line);
  });

  it('keeps the index it is given', () => {
    expect(readLine('Ghosts', 7)).toStrictEqual(plain('Ghosts', 'Ghosts', { index: 7 }));
    expect(readLine('', 4)).toStrictEqual(plain('', '', { index: 4 }));
  });
});

describe('readLine: bullets, markup, headings and quotes', () => {
  const bullets = '- * + • ◦ · ‣ ▪ ▫ – — → » ✦ ✧ ⁃ ○ ● ■ □'.split(' ');
  it.each(bullets)('%j is a bullet', (b) => {
    expect(readLine(`${b} Ghosts`, 0)).toStrictEqual(plain(`${b} Ghosts`, 'Ghosts', { bullet: true }));
  });

  it.each([
    ['-Ghosts', plain('-Ghosts', '-Ghosts')],
    ['= Ghosts', plain('= Ghosts', '= Ghosts')],
    ['[ ] Ghosts', plain('[ ] Ghosts', 'Ghosts', { bullet: true })],
    ['[x] Ghosts', plain('[x] Ghosts', 'Ghosts', { bullet: true })],
    ['[X] Ghosts', plain('[X] Ghosts', 'Ghosts', { bullet: true })],
    ['[] Ghosts', plain('[] Ghosts', 'Ghosts', { bullet: true })],
    ['[y] Ghosts', plain('[y] Ghosts', '[y] Ghosts')],
    ['[x]Ghosts', plain('[x]Ghosts', '[x]Ghosts')],
    ['- - Ghosts', plain('- - Ghosts', 'Ghosts', { bullet: true })],
    ['- - - Ghosts', plain('- - - Ghosts', '- Ghosts', { bullet: true })],
    ['**Ghosts**', plain('**Ghosts**', 'Ghosts')],
    ['__Ghosts__ x', plain('__Ghosts__ x', 'Ghosts x')],
    ['***a*** b', plain('***a*** b', 'a b')],
    ['_a', plain('_a', 'a')],
    ['**a*', plain('**a*', 'a*')],
    ['** a', plain('** a', 'a')],
    ['- **a**', plain('- **a**', 'a', { bullet: true })],
    ['**- a**', plain('**- a**', 'a', { bullet: true })],
    ['# Ghosts', plain('# Ghosts', 'Ghosts')],
    ['###### Ghosts', plain('###### Ghosts', 'Ghosts')],
    ['####### Ghosts', plain('####### Ghosts', '####### Ghosts')],
    ['#Ghosts', plain('#Ghosts', '#Ghosts')],
    ['- ## Ghosts', plain('- ## Ghosts', 'Ghosts', { bullet: true })],
    ['## - Ghosts', plain('## - Ghosts', 'Ghosts', { bullet: true })],
    ['> Ghosts', plain('> Ghosts', 'Ghosts', { quote: true })],
    ['>', plain('>', '', { quote: true })],
    ['>Ghosts', plain('>Ghosts', '>Ghosts')],
    ['- > Ghosts', plain('- > Ghosts', 'Ghosts', { bullet: true, quote: true })],
    // Emoji before a text with no label stay.
    ['🎃 Ghosts', plain('🎃 Ghosts', '🎃 Ghosts')],
  ])('%j', (raw, line) => {
    expect(readLine(raw, 0)).toStrictEqual(line);
  });
});

describe('readLine: labels', () => {
  it.each([
    ['1. Ghosts', { num: { n: 1, family: 'bare', rest: 'Ghosts' } }],
    ['- Day 2: Bats', { text: 'Day 2: Bats', bullet: true, num: { n: 2, family: 'day', rest: 'Bats' } }],
    ['**Day 2:** Bats', { text: 'Day 2: Bats', num: { n: 2, family: 'day', rest: 'Bats' } }],
    ['🎃 Day 1: Ghosts', { text: 'Day 1: Ghosts', num: { n: 1, family: 'day', rest: 'Ghosts' } }],
    ['✨ #3 Ghosts', { text: '#3 Ghosts', num: { n: 3, family: 'hash', rest: 'Ghosts' } }],
    ['✨ (3) Ghosts', { text: '(3) Ghosts', num: { n: 3, family: 'bare', rest: 'Ghosts' } }],
    [`${'~'.repeat(24)}1. Ghosts`, { text: '1. Ghosts', num: { n: 1, family: 'bare', rest: 'Ghosts' } }],
    ['🎃 Oct 1: Ghosts', { text: 'Oct 1: Ghosts', date: { month: 10, day: 1, rest: 'Ghosts' } }],
    ['October 1: Ghosts', { date: { month: 10, day: 1, rest: 'Ghosts' } }],
    // "1 October" is a date, not day 1 of a spaced list.
    ['1 October Ghosts', { date: { month: 10, day: 1, rest: 'Ghosts' } }],
    [
      '5. March 15 betrayal',
      {
        num: { n: 5, family: 'bare', rest: 'March 15 betrayal' },
        date: { month: 3, day: 15, rest: 'betrayal' },
      },
    ],
    ['6 Ghosts March 15', { num: { n: 6, family: 'spaced', rest: 'Ghosts March 15' } }],
    // A day before a month is a date, not a number and a prompt.
    ['5 March 15 betrayal', { date: { month: 3, day: 5, rest: '15 betrayal' } }],
    [
      'Day 1 (Oct 1): Ghosts',
      { num: { n: 1, family: 'day', rest: '(Oct 1): Ghosts' }, date: { month: 10, day: 1, rest: 'Ghosts' } },
    ],
    ['Day 1 (spooky): Ghosts', { num: { n: 1, family: 'day', rest: '(spooky): Ghosts' } }],
    ['Day 1 (Oct 1 eve): Ghosts', { num: { n: 1, family: 'day', rest: '(Oct 1 eve): Ghosts' } }],
    ['October 1 (Day 1): Ghosts', { date: { month: 10, day: 1, rest: 'Ghosts' } }],
    ['October 1 (Day 1 eve): Ghosts', { date: { month: 10, day: 1, rest: '(Day 1 eve): Ghosts' } }],
    ['October 1 (spooky): Ghosts', { date: { month: 10, day: 1, rest: '(spooky): Ghosts' } }],
    [
      '1\tOct 1\tGhosts',
      {
        shown: '1 | Oct 1 | Ghosts',
        text: '1 | Oct 1 | Ghosts',
        num: { n: 1, family: 'bare', rest: 'Oct 1 | Ghosts' },
        date: { month: 10, day: 1, rest: 'Ghosts' },
      },
    ],
    ['October 1 – 31', { date: { month: 10, day: 1, rest: '31' }, range: true }],
    [
      '1 - 10 October',
      {
        num: { n: 1, family: 'bare', rest: '10 October' },
        date: { month: 10, day: 10, rest: '' },
        range: true,
      },
    ],
  ])('%j', (raw, found) => {
    expect(readLine(raw, 0)).toStrictEqual({
      index: 0,
      shown: raw,
      text: raw,
      bullet: false,
      quote: false,
      range: false,
      ...found,
    });
  });

  it.each([
    // Too many symbols before the label: they are the text's.
    [`${'~'.repeat(25)}1. Ghosts`],
    ['x 1. Ghosts'],
    ['"1. Ghosts"'],
    ['Ghosts 1 to 5'],
    // A range needs a date or a number first.
    ['from Oct 1 – 31'],
  ])('%j has no label', (raw) => {
    expect(readLine(raw, 0)).toStrictEqual(plain(raw, raw));
  });
});

describe('toLines', () => {
  it('reads each line with its index', () => {
    expect(toLines('1. a\r\n\n- b')).toStrictEqual([
      { ...plain('1. a', '1. a'), num: { n: 1, family: 'bare', rest: 'a' } },
      plain('', '', { index: 1 }),
      plain('- b', 'b', { index: 2, bullet: true }),
    ]);
  });
});
