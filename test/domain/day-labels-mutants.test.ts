import { describe, expect, it } from 'vitest';
import { type DayLabel, dayLabelAt, findDayLabel } from '../../src/domain/day-labels.ts';

const at = (day: number, index: number, length: number): DayLabel => ({ day, index, length });

describe('findDayLabel: words that only begin like a label', () => {
  it.each([
    // "days" is not "Day", and the number before it is no label either.
    '31 days of whump',
    '25 days to go!',
    // "Notes" and "November" begin with "No" but are not "No. 7".
    '10 Notes on Grief',
    '12 November, a Wednesday',
    // A hashtag that starts with "day" is a word.
    '15 #daydreams',
  ])('finds no label in %j', (text) => {
    expect(findDayLabel(text)).toBeNull();
  });
});

describe('dayLabelAt: an ordinal suffix right after the label word', () => {
  it.each<[string, DayLabel]>([
    ['Day2nd: Snow', at(2, 0, 6)],
    ['#day1st', at(1, 0, 7)],
    ['No.3rd', at(3, 0, 6)],
  ])('reads %j with its suffix', (text, label) => {
    expect(dayLabelAt(text)).toEqual(label);
  });
});
