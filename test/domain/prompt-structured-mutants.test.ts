import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/domain/prompt-lines.ts';
import { type PromptListResult, parsePromptList } from '../../src/domain/prompt-list.ts';
import { readSections } from '../../src/domain/prompt-sections.ts';
import { readStructured } from '../../src/domain/prompt-structured.ts';

type Day = { day: number; title?: string; prompts: string[] };

/** The whole result of a paste read as numbered (or dated) days, every line used or listed. */
const read = (
  days: Day[],
  firstLines: number[],
  unused: { line: number; text: string }[] = [],
  layout: 'numbered' | 'dated' | 'one a line' = 'numbered',
): PromptListResult => ({
  ok: true,
  value: { days, alternates: [], unused, layout, lines: { days: firstLines } },
});

describe('the lines under the last day, and blank lines', () => {
  it('stops the last day at a blank line when no day has its lines apart', () => {
    const text = 'Day 1: Winter\n- snow\n- ice\nDay 2: Summer\n- sun\n- sand\n\nGood luck';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow', 'ice'] },
          { day: 2, title: 'Summer', prompts: ['sun', 'sand'] },
        ],
        [1, 4],
        [{ line: 8, text: 'Good luck' }],
      ),
    );
  });

  it('does not reach over a blank line for a last day with its own prompt, when the days’ lines sit right under them', () => {
    const text = 'Day 1: Winter\nsnow\nDay 2: Summer\nsun\nDay 3: Autumn\n\nHappy writing';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow'] },
          { day: 2, title: 'Summer', prompts: ['sun'] },
          { day: 3, prompts: ['Autumn'] },
        ],
        [1, 3, 5],
        [{ line: 7, text: 'Happy writing' }],
      ),
    );
  });

  it('keeps reading the last day over blank lines when the other days spread their lines out with them', () => {
    const text = 'Day 1: Winter\nsnow\n\nice\nDay 2: Summer\nsun\n\nsand';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow', 'ice'] },
          { day: 2, title: 'Summer', prompts: ['sun', 'sand'] },
        ],
        [1, 5],
      ),
    );
  });

  it('notices a blank line anywhere among a day’s lines, not only after its first', () => {
    const text = 'Day 1: Winter\nsnow\nice\n\nfrost\nDay 2: Summer\nsun\nsand\n\nheat';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow', 'ice', 'frost'] },
          { day: 2, title: 'Summer', prompts: ['sun', 'sand', 'heat'] },
        ],
        [1, 6],
      ),
    );
  });
});

describe('lines labelled like days', () => {
  it('refuses two numbered lists kept apart only by a row of stars', () => {
    const text = '1. Ghosts\n2. Bats\n3. Moon\n* * *\n1. Lantern\n2. Hollow';
    expect(parsePromptList(text)).toEqual({
      ok: false,
      errors: ['Day 1 appears twice (lines 1 and 5).'],
      unused: [
        { line: 4, text: '* * *' },
        { line: 5, text: '1. Lantern' },
        { line: 6, text: '2. Hollow' },
      ],
    });
  });

  it('reads a list that calls one day “Prompt 3” as four days, not as Day 2 with day 3 inside it', () => {
    const text =
      'Day 1: Ghosts\n- sheet\n- chains\nDay 2: Bats\n- wings\nPrompt 3: Moon\n- crater\nDay 4: Stars\n- shine';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Ghosts', prompts: ['sheet', 'chains'] },
          { day: 2, title: 'Bats', prompts: ['wings'] },
          { day: 3, title: 'Moon', prompts: ['crater'] },
          { day: 4, title: 'Stars', prompts: ['shine'] },
        ],
        [1, 4, 6, 8],
      ),
    );
  });

  it('ends the last of days numbered two ways at a numbered list of steps after them', () => {
    const text =
      'Day 1: Ghosts\nDay 2: Bats\n3. Moon\n- crater\nTo take part:\n1) Follow the blog\n2) Tag your posts';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
          { day: 3, title: 'Moon', prompts: ['crater'] },
        ],
        [1, 2, 3],
        [
          { line: 5, text: 'To take part:' },
          { line: 6, text: '1) Follow the blog' },
          { line: 7, text: '2) Tag your posts' },
        ],
      ),
    );
  });

  it('ends the last dated day at a date far from the others (an announcement, not a prompt)', () => {
    const text =
      'Oct 1: Ghosts\n- sheet\nOct 2: Bats\n- wings\nOct 3: Moon\n- crater\nNov 15: winners announced';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Ghosts', prompts: ['sheet'] },
          { day: 2, title: 'Bats', prompts: ['wings'] },
          { day: 3, title: 'Moon', prompts: ['crater'] },
        ],
        [1, 3, 5],
        [{ line: 7, text: 'Nov 15: winners announced' }],
        'dated',
      ),
    );
  });

  it('keeps a list of prompts one a line when two of them start with a number', () => {
    const text = 'Ghosts\n1 last chance\n2 truths and a lie\nLanterns\nMoonlight';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['1 last chance'] },
          { day: 3, prompts: ['2 truths and a lie'] },
          { day: 4, prompts: ['Lanterns'] },
          { day: 5, prompts: ['Moonlight'] },
        ],
        [1, 2, 3, 4, 5],
        [],
        'one a line',
      ),
    );
  });
});

describe('themes before a colon, as a habit of the list', () => {
  it('takes “Theme: prompt” as a theme when half the days are written so', () => {
    const text = 'Day 1: Winter: snow\nDay 2: Summer: sun\nDay 3: Autumn\nDay 4: Spring';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow'] },
          { day: 2, title: 'Summer', prompts: ['sun'] },
          { day: 3, prompts: ['Autumn'] },
          { day: 4, prompts: ['Spring'] },
        ],
        [1, 2, 3, 4],
      ),
    );
  });

  it('keeps “Theme: prompt” whole when fewer than half the days are written so', () => {
    const text = 'Day 1: Winter: snow\nDay 2: Summer: sun\nDay 3: Bats\nDay 4: Moon\nDay 5: Stars';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, prompts: ['Winter: snow'] },
          { day: 2, prompts: ['Summer: sun'] },
          { day: 3, prompts: ['Bats'] },
          { day: 4, prompts: ['Moon'] },
          { day: 5, prompts: ['Stars'] },
        ],
        [1, 2, 3, 4, 5],
      ),
    );
  });

  it('uses the lines under a “Theme: prompt” day, so none is listed as not used', () => {
    const text = 'Day 1: Winter: snow\n- ice\nDay 2: Summer: sun\n- sand';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow', 'ice'] },
          { day: 2, title: 'Summer', prompts: ['sun', 'sand'] },
        ],
        [1, 3],
      ),
    );
  });
});

describe('a sign-off after the last day', () => {
  it('is taken off the last day’s lines', () => {
    const text = 'Day 1: Winter\n- snow\n- ice\nDay 2: Summer\n- sun\n- sand\nHappy writing!';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow', 'ice'] },
          { day: 2, title: 'Summer', prompts: ['sun', 'sand'] },
        ],
        [1, 4],
        [{ line: 7, text: 'Happy writing!' }],
      ),
    );
  });

  it('is only looked for after the last day: a prompt like “Bucket list” under an earlier day stays', () => {
    const text = 'Day 1: Winter\nSnow\nBucket list\nDay 2: Summer\nSun\nSand';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['Snow', 'Bucket list'] },
          { day: 2, title: 'Summer', prompts: ['Sun', 'Sand'] },
        ],
        [1, 4],
      ),
    );
  });

  it('leaves the last day’s own prompts alone when the day did not take the line below it', () => {
    const text = 'Day 1: Ghosts\nDay 2: Bats\nDay 3: Moon | Stars\nHappy writing!';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
          { day: 3, prompts: ['Moon', 'Stars'] },
        ],
        [1, 2, 3],
        [{ line: 4, text: 'Happy writing!' }],
      ),
    );
  });

  it('can be every line under the last day: its theme is then its prompt', () => {
    const text = 'Day 1: Winter\n- snow\nDay 2: Summer\nHappy writing!\nSee you in 2025';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow'] },
          { day: 2, prompts: ['Summer'] },
        ],
        [1, 3],
        [
          { line: 4, text: 'Happy writing!' },
          { line: 5, text: 'See you in 2025' },
        ],
      ),
    );
  });

  it('gives back the theme as one prompt, not cut at “or”', () => {
    const text = 'Day 1: Winter\n- snow\nDay 2: Fight or take flight\nHappy writing!\nSee you in 2025';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Winter', prompts: ['snow'] },
          { day: 2, prompts: ['Fight or take flight'] },
        ],
        [1, 3],
        [
          { line: 4, text: 'Happy writing!' },
          { line: 5, text: 'See you in 2025' },
        ],
      ),
    );
  });

  it('never takes the only prompt of a last day that has no text of its own', () => {
    expect(parsePromptList('Day 1\nGhosts\nDay 2\nWish list')).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Wish list'] },
        ],
        [1, 3],
      ),
    );
  });
});

describe('the first line under a bare day number as its theme', () => {
  it('is not a theme when it is the only line, even in capitals', () => {
    expect(parsePromptList('Day 1\nGHOSTS\nDay 2\nBATS')).toEqual(
      read(
        [
          { day: 1, prompts: ['GHOSTS'] },
          { day: 2, prompts: ['BATS'] },
        ],
        [1, 3],
      ),
    );
  });

  it('is not a theme when it is a bullet like the lines after it', () => {
    expect(parsePromptList('Day 1\n- Ghosts\n- Bats | Moon\nDay 2\n- Stars\n- Dusk')).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts', 'Bats', 'Moon'] },
          { day: 2, prompts: ['Stars', 'Dusk'] },
        ],
        [1, 4],
      ),
    );
  });

  it('is not a theme when it holds alternatives itself', () => {
    expect(parsePromptList('Day 1\nGhosts | Bats\nMoon | Stars\nDay 2\nDusk | Dawn')).toEqual(
      read(
        [
          { day: 1, prompts: ['Ghosts', 'Bats', 'Moon', 'Stars'] },
          { day: 2, prompts: ['Dusk', 'Dawn'] },
        ],
        [1, 4],
      ),
    );
  });

  it('is a theme when the lines after it hold alternatives, even with “or” in it', () => {
    const text = 'No. 1\nFight or take flight\nPanic | Trembling\nNo. 2\nLost\nAlone | Cold';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Fight or take flight', prompts: ['Panic', 'Trembling'] },
          { day: 2, title: 'Lost', prompts: ['Alone', 'Cold'] },
        ],
        [1, 4],
      ),
    );
  });

  it('is a theme when any one line after it holds alternatives', () => {
    const text = 'No. 1\nShaken\nPanic attack | Trembling\nCold sweat\nNo. 2\nLost\nAlone | Cold';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, title: 'Shaken', prompts: ['Panic attack', 'Trembling', 'Cold sweat'] },
          { day: 2, title: 'Lost', prompts: ['Alone', 'Cold'] },
        ],
        [1, 5],
      ),
    );
  });

  it('is a theme in capitals only when no line after it is in capitals too', () => {
    const text = 'No. 1\nSHAKEN\nPANIC\nTrembling\nNo. 2\nLOST\nAlone\nCold';
    expect(parsePromptList(text)).toEqual(
      read(
        [
          { day: 1, prompts: ['SHAKEN', 'PANIC', 'Trembling'] },
          { day: 2, title: 'LOST', prompts: ['Alone', 'Cold'] },
        ],
        [1, 5],
      ),
    );
  });
});

describe('readStructured: lines with no prompt in them', () => {
  it('leaves empty numbers under a day unused, the day keeping its own text', () => {
    const lines = toLines('Day 1: Winter\n2.\n3.\nDay 2: Summer');
    const reading = readStructured(
      { lines, sections: readSections(lines) },
      { kind: 'number', family: 'day' },
    );
    expect(reading && { ...reading, used: [...reading.used] }).toEqual({
      layout: 'numbered',
      days: [
        { line: 0, description: [], prompts: ['Winter'] },
        { line: 3, description: [], prompts: ['Summer'] },
      ],
      used: [0, 3],
      leftovers: [],
      labels: [0, 3],
      strong: true,
      score: 2,
      errors: [],
    });
  });
});
