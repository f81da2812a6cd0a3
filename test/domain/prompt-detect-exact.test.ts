import { describe, expect, it } from 'vitest';
import { type DetectedPrompt, detectPrompts } from '../../src/domain/prompt-detect.ts';

const p = (event: string | null, day: number, text: string | null = null): DetectedPrompt => ({
  event,
  day,
  text,
});

describe('detectPrompts: AO3 notes as writers write them', () => {
  it.each<[string[], DetectedPrompt[]]>([
    [['Whumptober 2025 Day 5: Fever'], [p('Whumptober 2025', 5, 'Fever')]],
    [['WHUMPTOBER 2025 DAY 5: FEVER'], [p('WHUMPTOBER 2025', 5, 'FEVER')]],
    [['Whumptober 2025 Day 5: Fever!'], [p('Whumptober 2025', 5, 'Fever')]],
    [['Whumptober 2025 Day 5: "Fever'], [p('Whumptober 2025', 5, 'Fever')]],
    [['Whumptober 2025, Day 5 — “Fever” (alt prompt: Chills)'], [p('Whumptober 2025', 5, 'Fever')]],
    [['Whumptober 2025 - Day 31 - "The End"'], [p('Whumptober 2025', 31, 'The End')]],
    [['An entry for Inktober: Day 5'], [p('Inktober', 5)]],
    [['I wrote this for the Whumptober 2025 Day 5 prompt'], [p('Whumptober 2025', 5)]],
    [['Big Bang Fest Day 5'], [p('Big Bang Fest', 5)]],
    [['Twelve Days of Christmas Day 5'], [p('Christmas', 5)]],
    [['One Two Three Four Five Day 5'], [p('Two Three Four Five', 5)]],
    [['#Whumptober2025 Day 5'], [p('Whumptober2025', 5)]],
    [['Whumptober\u00a02025\tDay 5'], [p('Whumptober 2025', 5)]],
    [['Whumptober 2025\nDay 5: Fever'], [p(null, 5, 'Fever')]],
    [['Fictober - - Day 5'], [p(null, 5)]],
    [['Fictober 2024 – Day 5: Stay'], [p('Fictober 2024', 5, 'Stay')]],
    [['Whumptober 2025 #5 in a series'], [p('Whumptober 2025', 5)]],
    [['Whumptober 2025 Day 5.'], [p('Whumptober 2025', 5)]],
    [['Day 5 of Whumptober 2025'], [p(null, 5)]],
    [
      [
        'Notes:\nWhumptober 2025 Day 5: Fever\nFictober 2025 Day 5: "Stay with me"\nFlufftober No. 12 – Blankets\n\nThanks for reading!',
      ],
      [
        p('Whumptober 2025', 5, 'Fever'),
        p('Fictober 2025', 5, 'Stay with me'),
        p('Flufftober', 12, 'Blankets'),
      ],
    ],
  ])('%j', (texts, prompts) => {
    expect(detectPrompts(texts)).toEqual(prompts);
  });
});

describe('detectPrompts: the prompt’s words', () => {
  it.each<[string, string | null]>([
    ['Day 5: Fever; and more', 'Fever'],
    ['Day 5: Fever | more', 'Fever'],
    ['Day 5: Fever (alt)', 'Fever'],
    ['Day 5: Fever [ao3]', 'Fever'],
    ['Day 5:Fever', 'Fever'],
    ['Day 5 —Fever', 'Fever'],
    ['Day 5 - Fever', 'Fever'],
    ['Day 5 "Fever"', 'Fever'],
    ['Day 5"Fever"', null],
    ['Day 5 Fever', null],
    ['Day 5 [Fever]', null],
    ['Day 5 (Fever)', null],
    ['Day 5 - ', null],
    ['Day 5: ""', null],
    ['Day 5: “ ”', null],
    ['Day 5: «Fièvre»', 'Fièvre'],
    ['Day 5: 「熱」', '熱'],
    ['Day 5: ‘Don’t go’ said he', 'Don’t go'],
    ['Day 5: one two three four five six seven eight', 'one two three four five six seven eight'],
    ['Day 5: one two three four five six seven eight nine', null],
    ['Day 5:   spaced    out   ', 'spaced    out'],
    ['Day 5: ?!', null],
  ])('%j → %j', (text, words) => {
    expect(detectPrompts([text])).toEqual([p(null, 5, words)]);
  });
});

describe('detectPrompts: several days and several texts', () => {
  it.each<[string[], DetectedPrompt[]]>([
    [['Whumptober 2025 Day 5 and Day 6'], [p('Whumptober 2025', 5), p('Whumptober 2025', 6)]],
    [['Whumptober 2025 Day 5, Day 6'], [p('Whumptober 2025', 5), p('Whumptober 2025', 6)]],
    [['Whumptober 2025 Day 5 / Day 6'], [p('Whumptober 2025', 5), p('Whumptober 2025', 6)]],
    [['Whumptober 2025 Day 5 + Day 6'], [p('Whumptober 2025', 5), p('Whumptober 2025', 6)]],
    [['Whumptober 2025 Day 5 then Day 6'], [p('Whumptober 2025', 5), p(null, 6)]],
    [
      ['Whumptober 2025 Day 5', '& Day 6'],
      [p('Whumptober 2025', 5), p(null, 6)],
    ],
    [['No. 5: Fever\nNo. 6: Chills'], [p(null, 5, 'Fever'), p(null, 6, 'Chills')]],
    [['Day 5', 'Whumptober 2025 Day 5: Fever'], [p('Whumptober 2025', 5, 'Fever')]],
    [['Day 5: Chills', 'Whumptober 2025 Day 5'], [p('Whumptober 2025', 5, 'Chills')]],
    [
      ['Whumptober 2025 Day 5: Fever', 'whumptober 2025 day 5: “Delirium”'],
      [p('Whumptober 2025', 5, 'Fever')],
    ],
    [['Whumptober 2025 Day 5', 'whumptober 2025 day 5: “Delirium”'], [p('Whumptober 2025', 5, 'Delirium')]],
    [
      ['Fictober Day 5', 'Inktober Day 5', 'Day 5: Fever'],
      [p('Fictober', 5, 'Fever'), p('Inktober', 5)],
    ],
    [['Day 5: A', 'Day 5: B'], [p(null, 5, 'A')]],
    [['Day 5', 'Day 5: B'], [p(null, 5, 'B')]],
    [['Day 366', 'Day 367'], [p(null, 366)]],
    [[], []],
  ])('%j', (texts, prompts) => {
    expect(detectPrompts(texts)).toEqual(prompts);
  });
});

describe('detectPrompts: what it must not take', () => {
  it.each([
    'Prompt: Fever',
    'Posted on day 5 of the hospital stay',
    'For my #1 reader',
    '#5 in a series',
    'no 5 left',
    'Nº 5 left',
    'Day Five is up',
    'Whumptober 2025 Day 0',
    'Whumptober 2025 No. 5.5',
    'Whumptober 2025 No. 5,5',
    'hospital day 5: fever',
  ])('%j', (text) => {
    expect(detectPrompts([text])).toEqual([]);
  });

  it('takes a capitalised or dotted label before lowercase words', () => {
    expect(detectPrompts(['Day Five Is Up'])).toEqual([p(null, 5)]);
    expect(detectPrompts(['No. 5 left'])).toEqual([p(null, 5)]);
    expect(detectPrompts(['#no. 5 left'])).toEqual([p(null, 5)]);
  });
});

describe('detectPrompts: how far back an event’s name is read', () => {
  it('reads a name that starts 120 characters before the label, not 121', () => {
    expect(detectPrompts([`Zine${' '.repeat(116)}Day 5`])).toEqual([p('Zine', 5)]);
    expect(detectPrompts([`Zine${' '.repeat(117)}Day 5`])).toEqual([p(null, 5)]);
  });
});
