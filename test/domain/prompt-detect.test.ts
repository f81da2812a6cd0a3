import { describe, expect, it } from 'vitest';
import { type DetectedPrompt, detectPrompts } from '../../src/domain/prompt-detect.ts';

const p = (event: string | null, day: number, text: string | null = null): DetectedPrompt => ({
  event,
  day,
  text,
});

describe('detectPrompts: one text', () => {
  it.each<[string, DetectedPrompt[]]>([
    ['Whumptober 2025 Prompt Day 02: “Shaking Hands”', [p('Whumptober 2025', 2, 'Shaking Hands')]],
    [
      'Whumptober 2025 Prompt Day 02: “Shaking Hands” | Whumptober 2025 No. 2',
      [p('Whumptober 2025', 2, 'Shaking Hands')],
    ],
    ['Whumptober 2025 No. 2', [p('Whumptober 2025', 2)]],
    ['Whumptober 2025 No.2', [p('Whumptober 2025', 2)]],
    ['Day 2', [p(null, 2)]],
    ['No. 2', [p(null, 2)]],
    ['#no.2', [p(null, 2)]],
    ['#No. 17', [p(null, 17)]],
    ['#whumptober2025 #no.2', [p('whumptober2025', 2)]],
    ['Prompt 2', [p(null, 2)]],
    ['Prompt #12', [p(null, 12)]],
    ['Fictober Day 5: "It’s not a big deal"', [p('Fictober', 5, 'It’s not a big deal')]],
    ['Fictober 2024 - Day 5 - "Stay"', [p('Fictober 2024', 5, 'Stay')]],
    ["Kinktober Day 7: 'Don't go'", [p('Kinktober', 7, "Don't go")]],
    ['Flufftober Day 3: ‘Don’t look’ and more', [p('Flufftober', 3, 'Don’t look')]],
    ['Day 9 “Blood loss”', [p(null, 9, 'Blood loss')]],
    ['Whumptober 2025 No. 14: Sleep deprivation', [p('Whumptober 2025', 14, 'Sleep deprivation')]],
    ['Whumptober 2025 No. 14 — Sleep deprivation.', [p('Whumptober 2025', 14, 'Sleep deprivation')]],
    ['Written for Whumptober 2025, Day 4: “Trapped”.', [p('Whumptober 2025', 4, 'Trapped')]],
    ['whumptober day 8', [p('whumptober', 8)]],
    ['Inktober Day 1: “Dream” | Day 2: “Spiders”', [p('Inktober', 1, 'Dream'), p(null, 2, 'Spiders')]],
    ['Whumptober 2025 Day 10 & Day 11', [p('Whumptober 2025', 10), p('Whumptober 2025', 11)]],
    ['Hurt/Comfort Bingo Day 3', [p('Hurt/Comfort Bingo', 3)]],
    ['Day 3: In which Bob finally, after everything that happened last week, gets some sleep', [p(null, 3)]],
    ['Day 02/31', [p(null, 2)]],
    ['Day Seventeen: Fever', [p(null, 17, 'Fever')]],
    ['Whumptober 2025 — Day Seventeen: “Fever”', [p('Whumptober 2025', 17, 'Fever')]],
    ['Prompt Day 02: Shaking Hands', [p(null, 2, 'Shaking Hands')]],
    ['Flufftober 2025 #no.7 “Cocoa”', [p('Flufftober 2025', 7, 'Cocoa')]],
    ['#7', [p(null, 7)]],
    ['Whumptober No 7 - Sleepless', [p('Whumptober', 7, 'Sleepless')]],
    ['Day Thirty-One: The End', [p(null, 31, 'The End')]],
  ])('%j', (text, prompts) => {
    expect(detectPrompts([text])).toEqual(prompts);
  });
});

describe('detectPrompts: numbers that are not prompts', () => {
  it.each([
    'Chapter 2',
    'Part 2 of Whumptober 2025',
    'Season 2 spoilers',
    'Season 2, Episode 4',
    'on day 3 of their captivity, nobody came',
    'No 2 ways about it',
    'Day 0',
    'Day 400',
    'Day 2025',
    'No. 2.5',
    'Monday 3 pm',
    'Birthday 21',
    'Whumptober 2025',
    'Day eighteen is up tomorrow',
    'I am your #1 fan',
    'Today 3 things happened',
    '',
  ])('%j', (text) => {
    expect(detectPrompts([text])).toEqual([]);
  });
});

describe('detectPrompts: summary, notes and tags together', () => {
  it('keeps one prompt per event and day, with the quoted text wherever it was', () => {
    const summary = 'Tony is fine. Really.';
    const notes = 'For Whumptober 2025!\nWhumptober 2025 No. 2\n\nThanks for reading.';
    const tags = ['Whumptober 2025', 'Whumptober 2025 Prompt Day 02: “Shaking Hands”', 'No. 2', '#no.2'];
    expect(detectPrompts([summary, notes, ...tags])).toEqual([p('Whumptober 2025', 2, 'Shaking Hands')]);
  });

  it('tells events apart, and a bare day joins the named one', () => {
    expect(detectPrompts(['Fictober Day 5: "Stay"', 'Whumptober 2025 No. 5', 'Day 5', 'Day 6'])).toEqual([
      p('Fictober', 5, 'Stay'),
      p('Whumptober 2025', 5),
      p(null, 6),
    ]);
  });

  it('matches event names whatever their case or spacing', () => {
    expect(detectPrompts(['#Whumptober2025 #no.3', 'Whumptober 2025 Day 3: “Falling”'])).toEqual([
      p('Whumptober2025', 3, 'Falling'),
    ]);
  });
});
