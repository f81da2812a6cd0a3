import { describe, expect, it } from 'vitest';
import { type DetectedPrompt, detectPrompts } from '../../src/domain/prompt-detect.ts';

const p = (event: string | null, day: number, text: string | null = null): DetectedPrompt => ({
  event,
  day,
  text,
});

describe('detectPrompts: two days on one line', () => {
  it('reads a day written right after a slash: "Day 3/Day 4"', () => {
    expect(detectPrompts(['Whumptober 2025 Day 3/Day 4'])).toEqual([
      p('Whumptober 2025', 3),
      p('Whumptober 2025', 4),
    ]);
  });

  it('gives a day written straight after another, with only a space between, the first one’s event', () => {
    expect(detectPrompts(['Whumptober 2025 Day 3 Day 4'])).toEqual([
      p('Whumptober 2025', 3),
      p('Whumptober 2025', 4),
    ]);
  });
});

describe('detectPrompts: unnamed labels before lowercase words', () => {
  it('takes "No 12" and "Day Eighteen" before a colon, whatever follows the colon', () => {
    expect(detectPrompts(['No 12: rain on the roof'])).toEqual([p(null, 12, 'rain on the roof')]);
    expect(detectPrompts(['Day Eighteen: a long night'])).toEqual([p(null, 18, 'a long night')]);
  });

  it('takes "Day #3" before lowercase words: only a label opening with "No" or "#" reads as prose', () => {
    expect(detectPrompts(['Day #3 of my little challenge'])).toEqual([p(null, 3)]);
  });
});

describe('detectPrompts: the event’s name', () => {
  it('drops a capitalised opening word that names no event', () => {
    expect(detectPrompts(['For Whumptober 2025 Day 5'])).toEqual([p('Whumptober 2025', 5)]);
    expect(detectPrompts(['The Whumptober 2025 Day 5'])).toEqual([p('Whumptober 2025', 5)]);
  });

  it('drops only the hashtag sign that opens the name', () => {
    expect(detectPrompts(['#Whumptober 2025 Day 5'])).toEqual([p('Whumptober 2025', 5)]);
    expect(detectPrompts(['Whumptober #2025 Day 5'])).toEqual([p('Whumptober #2025', 5)]);
  });

  it('folds the same event written with and without spaces into one prompt', () => {
    expect(detectPrompts(['Whumptober 2025 Day 5: Fever', '#Whumptober2025 Day 5'])).toEqual([
      p('Whumptober 2025', 5, 'Fever'),
    ]);
  });
});

describe('detectPrompts: the prompt’s words', () => {
  it('reads them on the label’s line only', () => {
    expect(detectPrompts(['Whumptober 2025 Day 5\n“Fever”'])).toEqual([p('Whumptober 2025', 5)]);
  });

  it('takes no words when no colon or dash comes straight after the label', () => {
    expect(detectPrompts(['Whumptober 2025 Day 5 went up late - sorry!'])).toEqual([p('Whumptober 2025', 5)]);
  });

  it('takes no words after an opening quote that never closes and no separator', () => {
    expect(detectPrompts(["Whumptober Day 5 'til the end"])).toEqual([p('Whumptober', 5)]);
  });

  it('drops the space a writer puts before the closing "!"', () => {
    expect(detectPrompts(['Whumptober 2025 Day 5: Fever !'])).toEqual([p('Whumptober 2025', 5, 'Fever')]);
  });

  it('keeps an apostrophe inside the words; only an opening quote is dropped', () => {
    expect(detectPrompts(["Whumptober 2025 Day 5: Don't go"])).toEqual([p('Whumptober 2025', 5, "Don't go")]);
  });
});
