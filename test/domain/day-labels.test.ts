import { describe, expect, it } from 'vitest';
import { dayLabelAt, findDayLabel, numberWord } from '../../src/domain/day-labels.ts';
import { expectWithin, TIME_BOUNDS } from '../time-bound.ts';

describe('numberWord', () => {
  it.each([
    ['one', 1],
    ['One', 1],
    ['NINE', 9],
    ['ten', 10],
    ['twelve', 12],
    ['Seventeen', 17],
    ['twenty', 20],
    ['Twenty-One', 21],
    ['twenty one', 21],
    ['twenty–five', 25],
    ['Thirty', 30],
    ['Thirty-One', 31],
    ['thirty one', 31],
    ['first', 1],
    ['Second', 2],
    ['twelfth', 12],
    ['nineteenth', 19],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['thirty-first', 31],
    ['Thirtieth', 30],
  ])('%j is %i', (word, n) => {
    expect(numberWord(word)).toBe(n);
  });

  it.each([
    '',
    'zero',
    'onesie',
    'twentyone',
    'twenty-',
    'thirty-onesie',
    'eleven eleven',
    'tone',
    'first snow',
  ])('%j is not a number word', (word) => {
    expect(numberWord(word)).toBeNull();
  });
});

describe('findDayLabel: the first day label anywhere in a text', () => {
  it.each([
    ['Day 1', 1, 'Day 1'],
    ['Day 01: Drowning', 1, 'Day 01'],
    ['Whumptober Day 02: Drowning', 2, 'Day 02'],
    ['Whumptober 2025 - DAY 17 - Fever', 17, 'DAY 17'],
    ['day 3', 3, 'day 3'],
    ['Day1', 1, 'Day1'],
    ['Day #4', 4, 'Day #4'],
    ['Day One - Rain', 1, 'Day One'],
    ['Day Seventeen', 17, 'Day Seventeen'],
    ['Day Thirty-One: the end', 31, 'Day Thirty-One'],
    ['Day Thirty One', 31, 'Day Thirty One'],
    ['Day Twenty-First', 21, 'Day Twenty-First'],
    ['DAY TWELVE', 12, 'DAY TWELVE'],
    ['No. 7', 7, 'No. 7'],
    ['No 7', 7, 'No 7'],
    ['No.7', 7, 'No.7'],
    ['Nº 12', 12, 'Nº 12'],
    ['N°3', 3, 'N°3'],
    ['#7', 7, '#7'],
    ['#no.7', 7, '#no.7'],
    ['#No7', 7, '#No7'],
    ['#day7', 7, '#day7'],
    ['#Day 7', 7, '#Day 7'],
    ['Prompt 7', 7, 'Prompt 7'],
    ['prompt #7', 7, 'prompt #7'],
    ['Prompt No. 7', 7, 'Prompt No. 7'],
    ['Prompt Day 02: Hurt', 2, 'Prompt Day 02'],
    ['Fictober 2024, prompt 5: "stay with me"', 5, 'prompt 5'],
    ['Flufftober: Day 2nd — cocoa', 2, 'Day 2nd'],
    ['(Day 9)', 9, 'Day 9'],
    ['Whumptober2025 | Day 03', 3, 'Day 03'],
    ['No day here but Day 4', 4, 'Day 4'],
  ])('%j is day %i', (text, day, label) => {
    const found = findDayLabel(text);
    expect(found?.day).toBe(day);
    expect(text.slice(found!.index, found!.index + found!.length)).toBe(label);
  });

  it.each([
    'Today 3 things happened',
    'Monday 4',
    'C#7 chord',
    'no7 serum',
    'Nobody 7',
    'Day',
    'Day Rain',
    'Day 1234',
    'Day 12a',
    'Prompt list',
    'Prompt One',
    'No more 7',
    'Someday 5',
    '',
  ])('%j has no day label', (text) => {
    expect(findDayLabel(text)).toBeNull();
  });

  it('reads a label only where it starts', () => {
    expect(dayLabelAt('Day 3: Rain')).toEqual({ day: 3, index: 0, length: 5 });
    expect(dayLabelAt('Rain Day 3')).toBeNull();
    expect(dayLabelAt('Rain Day 3', 5)).toEqual({ day: 3, index: 5, length: 5 });
    expect(dayLabelAt('Rainday 3', 4)).toBeNull();
  });

  it.skipIf(!TIME_BOUNDS)('runs in linear time on long adversarial texts', () => {
    for (const unit of ['Day ', 'No.', '#', 'Prompt ', 'day twenty-', 'Day\t', 'no ', '#no.', 'n']) {
      const text = unit.repeat(Math.ceil(300_000 / unit.length));
      const start = performance.now();
      findDayLabel(text);
      expectWithin(start, 1000);
    }
    const spaces = `Day${' '.repeat(300_000)}x`;
    const start = performance.now();
    expect(findDayLabel(spaces)).toBeNull();
    expectWithin(start, 1000);
  });
});
