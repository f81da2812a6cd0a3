import { describe, expect, it } from 'vitest';
import { type DayLabel, dayLabelAt, findDayLabel, numberWord } from '../../src/domain/day-labels.ts';

const at = (day: number, index: number, length: number): DayLabel => ({ day, index, length });

describe('numberWord', () => {
  it.each<[string, number | null]>([
    ['one', 1],
    ['Nine', 9],
    ['first', 1],
    ['ninth', 9],
    ['ten', 10],
    ['nineteen', 19],
    ['tenth', 10],
    ['twelfth', 12],
    ['nineteenth', 19],
    ['twenty', 20],
    ['thirty', 30],
    ['twentieth', 20],
    ['thirtieth', 30],
    ['twenty-one', 21],
    ['Thirty–Nine', 39],
    ['thirty one', 31],
    ['twenty first', 21],
    ['twenty-ninth', 29],
    ['  seven  ', 7],
    ['twentieth-one', null],
    ['twenty-ten', null],
    ['twenty-', null],
    ['twenty_one', null],
    ['forty', null],
    ['zero', null],
    ['sevens', null],
    ['', null],
    ['one two', null],
  ])('%j → %j', (word, n) => {
    expect(numberWord(word)).toBe(n);
  });
});

describe('dayLabelAt: where and how long', () => {
  it.each<[string, DayLabel | null]>([
    ['Day 2', at(2, 0, 5)],
    ['Day2', at(2, 0, 4)],
    ['Day  \t2', at(2, 0, 7)],
    ['Day\u00a02', at(2, 0, 5)],
    ['Day #2', at(2, 0, 6)],
    ['Day# 2', at(2, 0, 6)],
    ['Day 002', at(2, 0, 7)],
    ['Day 0002', null],
    ['Day 2nd', at(2, 0, 7)],
    ['Day 21ST', at(21, 0, 8)],
    ['Day 3rd.', at(3, 0, 7)],
    ['Day 4th', at(4, 0, 7)],
    ['Day 2ndly', null],
    ['Day 2a', null],
    ['Day 2x3', null],
    ['Day 2.', at(2, 0, 5)],
    ['Day Two', at(2, 0, 7)],
    ['Day#Two', at(2, 0, 7)],
    ['DayTwo', null],
    ['Daytwo', null],
    ['Days 2', null],
    ['Day Twenty-One!', at(21, 0, 14)],
    ['Day twenty one', at(21, 0, 14)],
    ['Day twenty', at(20, 0, 10)],
    ['Day twenty-', at(20, 0, 10)],
    ['Day twentyone', null],
    ['Day', null],
    ['Prompt 7', at(7, 0, 8)],
    ['Prompt7', null],
    ['Prompt seven', null],
    ['Prompt #7', at(7, 0, 9)],
    ['Prompt# 7', at(7, 0, 9)],
    ['Prompt Day 7', at(7, 0, 12)],
    ['Prompt Day Seven', at(7, 0, 16)],
    ['Prompt No. 7', at(7, 0, 12)],
    ['Prompt no.seven', at(7, 0, 15)],
    ['Prompts 7', null],
    ['No 7', at(7, 0, 4)],
    ['No. 7', at(7, 0, 5)],
    ['No.7', at(7, 0, 4)],
    ['no7', null],
    ['Nº7', at(7, 0, 3)],
    ['n°. 7', at(7, 0, 5)],
    ['No seven', null],
    ['Nope 7', null],
    ['N7', null],
    ['#7', at(7, 0, 2)],
    ['# 7', at(7, 0, 3)],
    ['#no.7', at(7, 0, 5)],
    ['#No 7', at(7, 0, 5)],
    ['#day7', at(7, 0, 5)],
    ['#Day 7', at(7, 0, 6)],
    ['#prompt7', at(7, 0, 8)],
    ['#Prompt 7', at(7, 0, 9)],
    ['#seven', null],
    ['#', null],
    ['Today 7', null],
  ])('%j', (text, label) => {
    expect(dayLabelAt(text)).toEqual(label);
  });

  it('reads only at a label’s start, not inside a word', () => {
    expect(dayLabelAt('Birthday 7', 5)).toBeNull();
    expect(dayLabelAt('x Day 7', 2)).toEqual(at(7, 2, 5));
    expect(dayLabelAt('_Day 7', 1)).toBeNull();
    expect(dayLabelAt('9Day 7', 1)).toBeNull();
    expect(dayLabelAt('(Day 7)', 1)).toEqual(at(7, 1, 5));
  });
});

describe('findDayLabel', () => {
  it.each<[string, DayLabel | null]>([
    ['', null],
    ['Birthday 7, Today 3, Day 4', at(4, 21, 5)],
    ['Monday: No. 2', at(2, 8, 5)],
    ['Day x then Day 5', at(5, 11, 5)],
    ['notes #3 and Day 4', at(3, 6, 2)],
    ['prompt:7', null],
    ['A day eighteen story', at(18, 2, 12)],
  ])('%j', (text, label) => {
    expect(findDayLabel(text)).toEqual(label);
  });
});
