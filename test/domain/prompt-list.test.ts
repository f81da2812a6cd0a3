import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ParsedDay,
  type ParsedList,
  type ParseOptions,
  PROMPT_LIST_LIMITS,
  parsePromptList,
  serialisePromptList,
} from '../../src/domain/prompt-list.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prompt-lists/${name}`, import.meta.url), 'utf8');

/** A day as a person reads it: prompts, then an optional theme title and date. */
const d = (day: number, prompts: string | string[], title?: string, date?: string): ParsedDay => ({
  day,
  ...(date === undefined ? {} : { date }),
  ...(title === undefined ? {} : { title }),
  prompts: typeof prompts === 'string' ? [prompts] : prompts,
});

/** Days 1..n from prompts in order; a [title, prompts] pair is a themed day. */
const days = (...items: (string | string[] | [string, string[]])[]): ParsedDay[] =>
  items.map((item, i) => {
    if (Array.isArray(item) && Array.isArray(item[1])) return d(i + 1, item[1], item[0] as string);
    return d(i + 1, item as string | string[]);
  });

const parsed = (text: string, opts?: ParseOptions): ParsedList => {
  const result = parsePromptList(text, opts);
  if (!result.ok) throw new Error(`expected a list, got: ${result.errors.join(' / ')}`);
  return { days: result.value.days, alternates: result.value.alternates };
};

const errorsOf = (text: string, opts?: { year?: number }): string[] => {
  const result = parsePromptList(text, opts);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
};

describe('numbered lines: every way of writing the day number', () => {
  it.each([
    ['1. Blood\n2. Tears'],
    ['1) Blood\n2) Tears'],
    ['(1) Blood\n(2) Tears'],
    ['1: Blood\n2: Tears'],
    ['1 - Blood\n2 - Tears'],
    ['1 – Blood\n2 – Tears'],
    ['1 — Blood\n2 — Tears'],
    ['01. Blood\n02. Tears'],
    ['1.Blood\n2.Tears'],
    ['#1 Blood\n#2 Tears'],
    ['#1: Blood\n#2: Tears'],
    ['No. 1 Blood\nNo. 2 Tears'],
    ['No.1 – Blood\nNo.2 – Tears'],
    ['No 1: Blood\nNo 2: Tears'],
    ['Nº 1 — Blood\nNº 2 — Tears'],
    ['Day 1: Blood\nDay 2: Tears'],
    ['Day 01 - Blood\nDay 02 - Tears'],
    ['Day 1 — Blood\nDay 2 — Tears'],
    ['Day 1 – Blood\nDay 2 – Tears'],
    ['DAY 1. Blood\nDAY 2. Tears'],
    ['day 1 Blood\nday 2 Tears'],
    ['Day 1 | Blood\nDay 2 | Tears'],
    ['Prompt 1: Blood\nPrompt 2: Tears'],
    ['**Day 1:** Blood\n**Day 2:** Tears'],
    ['**Day 1: Blood**\n**Day 2: Tears**'],
    ['## Day 1: Blood\n## Day 2: Tears'],
    ['- 1. Blood\n- 2. Tears'],
    ['• Day 1: Blood\n• Day 2: Tears'],
    ['1. Blood\n\n\n2. Tears'],
  ])('%j', (text) => {
    expect(parsed(text)).toStrictEqual({ days: days('Blood', 'Tears'), alternates: [] });
  });

  it.each([
    // Digits and punctuation inside the prompt are the prompt's own.
    ['1. 10 minutes left\n2. 3.5 stars', days('10 minutes left', '3.5 stars')],
    ['1. 2:00 a.m.\n2. Day 2: again', days('2:00 a.m.', 'Day 2: again')],
    ['Day 1: 🎃 Carving — with knives\nDay 2: Ça va?', days('🎃 Carving — with knives', 'Ça va?')],
    ['1. - Dash first\n2. Normal', days('- Dash first', 'Normal')],
  ])('%j keeps the prompt text as written', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(expected);
  });
});

describe('alternatives on one line', () => {
  it.each([
    ['1. Blood | Tears | Sweat', [['Blood', 'Tears', 'Sweat']]],
    ['1. Blood|Tears', [['Blood', 'Tears']]],
    ['1. Blood / Tears / Sweat', [['Blood', 'Tears', 'Sweat']]],
    ['1. Blood // Tears', [['Blood', 'Tears']]],
    // An unspaced slash belongs to the prompt.
    ['1. Hurt/Comfort', ['Hurt/Comfort']],
    ['1. and/or | either/or', [['and/or', 'either/or']]],
    ['1. Hurt/Comfort / Sick/Tired', [['Hurt/Comfort', 'Sick/Tired']]],
    // More than three: all are kept, the UI shows them.
    ['1. A | B | C | D | E', [['A', 'B', 'C', 'D', 'E']]],
    // Empty alternatives are dropped.
    ['1. A | | B |', [['A', 'B']]],
    ['1. “Don’t look” | "Run!" | \'Hide\'', [['“Don’t look”', '"Run!"', "'Hide'"]]],
  ] as [string, (string | string[])[]][])('%j', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(days(...expected));
  });
});

describe('a theme line, then its alternatives', () => {
  it.each([
    [
      'No. 1 — SHAKEN\nPanic attack | Trembling\nNo. 2 — Blood',
      days(['SHAKEN', ['Panic attack', 'Trembling']], 'Blood'),
    ],
    [
      'No. 1 — SHAKEN\n\nPanic attack / Trembling\n\nNo. 2 — Tears | Sweat',
      days(['SHAKEN', ['Panic attack', 'Trembling']], ['Tears', 'Sweat']),
    ],
    // Bullets under a numbered line are its prompts.
    [
      'Day 1: Fluff\n- Holding hands\n- Hot cocoa\nDay 2: Angst\n* Goodbyes',
      days(['Fluff', ['Holding hands', 'Hot cocoa']], ['Angst', ['Goodbyes']]),
    ],
    // A bare number takes the next line as its prompts, with no title.
    ['Day 1:\nBlood\nDay 2:\nTears | Sweat', days('Blood', ['Tears', 'Sweat'])],
    ['1\nBlood\n2\nTears', days('Blood', 'Tears')],
    // Numbered lines consistently followed by one line: theme, then prompt.
    [
      'Day 1: Fluff\nHolding hands\nDay 2: Angst\nGoodbyes\nDay 3: Hurt\nBruises',
      days(['Fluff', ['Holding hands']], ['Angst', ['Goodbyes']], ['Hurt', ['Bruises']]),
    ],
    // Not consistent: an unnumbered line without alternatives is not a prompt.
    ['1. Blood\n2. Tears\n3. Sweat\nHave fun', days('Blood', 'Tears', 'Sweat')],
    ['1. Blood\nsee the rules below\n2. Tears\n3. Sweat', days('Blood', 'Tears', 'Sweat')],
    // A numbered line with its own alternatives keeps them; a stray line after it is not a day.
    ['1. A | B\nC | D\n2. E', days(['A', 'B'], 'E')],
    // Dated lines have themes too.
    [
      'October 1: SPOOKY\nGhosts | Bats\nOctober 2: Pumpkins',
      days(['SPOOKY', ['Ghosts', 'Bats']], 'Pumpkins'),
    ],
  ])('%j', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(expected);
  });
});

describe('dated lines', () => {
  it.each([
    ['October 1: Ghosts\nOctober 2: Bats'],
    ['Oct 1 - Ghosts\nOct 2 - Bats'],
    ['1 October Ghosts\n2 October Bats'],
    ['1st October: Ghosts\n2nd October: Bats'],
    ['Oct. 1st: Ghosts\nOct. 2nd: Bats'],
    ['Sept 30: Ghosts\nOct 1: Bats'],
    ['Wednesday, October 1: Ghosts\nThursday, October 2: Bats'],
    ['october 1, Ghosts\noctober 2, Bats'],
    ['the 1st of October – Ghosts\nthe 2nd of October – Bats'],
    ['Oct 1 — Ghosts\n2 October: Bats'],
  ])('%j without a year: day numbers, no dates', (text) => {
    expect(parsed(text)).toStrictEqual({ days: days('Ghosts', 'Bats'), alternates: [] });
  });

  it.each([
    ['October 1: Ghosts\nOctober 2: Bats', { year: 2025 }, ['2025-10-01', '2025-10-02']],
    ['October 5: Ghosts\nOctober 6: Bats', { year: 2025 }, ['2025-10-05', '2025-10-06']],
    ['Oct. 1st, 2026: Ghosts\nOct. 2nd, 2026: Bats', {}, ['2026-10-01', '2026-10-02']],
    // A year written in the list beats the event's year.
    ['2026-10-01 Ghosts\n2026-10-02: Bats', { year: 2025 }, ['2026-10-01', '2026-10-02']],
    ['Dec 31: Ghosts\nJan 1: Bats', { year: 2025 }, ['2025-12-31', '2026-01-01']],
    ['Feb 28: Ghosts\nFeb 29: Bats', { year: 2028 }, ['2028-02-28', '2028-02-29']],
    ['Feb 28: Ghosts\nMar 1: Bats', { year: 2027 }, ['2027-02-28', '2027-03-01']],
  ])('%j with %j sets dates', (text, opts, dates) => {
    expect(parsed(text, opts).days).toStrictEqual([
      d(1, 'Ghosts', undefined, dates[0]),
      d(2, 'Bats', undefined, dates[1]),
    ]);
  });

  it.each([
    // Without a year, both a leap February and a plain one are consecutive.
    ['Feb 28: Ghosts\nMar 1: Bats', days('Ghosts', 'Bats')],
    ['Feb 28: Ghosts\nFeb 29: Bats\nMar 1: Moon', days('Ghosts', 'Bats', 'Moon')],
    ['Dec 31: Ghosts\nJan 1: Bats', days('Ghosts', 'Bats')],
  ])('%j without a year', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(expected);
  });
});

describe('unnumbered lines: one day each', () => {
  it.each([
    ['Stitch\nMask\nBlade', days('Stitch', 'Mask', 'Blade')],
    ['- Stitch\n* Mask\n• Blade', days('Stitch', 'Mask', 'Blade')],
    ['Stitch\n\nMask\n\nBlade', days('Stitch', 'Mask', 'Blade')],
    ['Prompts:\nStitch\nMask', days('Stitch', 'Mask')],
    ['Blood | Tears\nSweat', days(['Blood', 'Tears'], 'Sweat')],
    ['INKTOBER 2025 PROMPT LIST\n\nStitch\nMask\n\n#inktober #inktober2025', days('Stitch', 'Mask')],
    ['Spooktober prompts\nStitch\nMask\nHappy drawing!\nhttps://example.com', days('Stitch', 'Mask')],
    ['Stitch\n~~~\nMask\n* * *\n#tag', days('Stitch', 'Mask')],
    ['Stitch\nAlternate universe\nMask', days('Stitch', 'Alternate universe', 'Mask')],
    ['“Don’t look”\n"Run!"', days('“Don’t look”', '"Run!"')],
    // A paragraph before the days is not one; a long line of alternatives is.
    [
      'Welcome back! Every day this month brings a new word for you to draw, paint or sculpt\nStitch\nMask',
      days('Stitch', 'Mask'),
    ],
    [
      '“I told you so, and I will keep telling you so.” | “Don’t you dare say that again.”\nMask',
      days(['“I told you so, and I will keep telling you so.”', '“Don’t you dare say that again.”'], 'Mask'),
    ],
  ])('%j', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(expected);
  });
});

describe('lines that are not days', () => {
  it.each([
    ['WHUMPTOBER 2025 PROMPT LIST\n#whumptober2025\n\n1. Blood\n2. Tears'],
    ['31 days of whump!\n1.5k words minimum.\n2025 edition:\n1. Blood\n2. Tears'],
    ['Rules:\nPost by midnight.\nTag your fills.\n\n1. Blood\n2. Tears\n\nhttps://example.com/list'],
    ['1. Blood\n2. Tears\nStarts at 10:00 sharp\nHave fun! #whumptober'],
    // Numbered rules under a rules heading.
    ['Rules:\n1. Be kind\n2. Tag your work\n\n1. Blood\n2. Tears'],
    [
      'The rules\n1. Be kind\n2. Tag your work\nThe prompts\n1. Blood\n2. Tears\n\nNotes: 1. late fills are fine',
    ],
    // Numbered steps set apart by text: the longest numbering is the list.
    [
      'How it works\n1. Pick a prompt\n2. Write\nThe prompts\n1. Blood\n2. Tears\n3. Sweat',
      ['Blood', 'Tears', 'Sweat'],
    ],
    ['Day 1: Blood\nDay 2: Tears\nOct 31: deadline for late fills'],
    ['October 1: Blood\nOctober 2: Tears\n3. Have fun\nPosted 1 October'],
  ] as [string, string[]?][])('%j', (text, prompts = ['Blood', 'Tears']) => {
    expect(parsed(text)).toStrictEqual({ days: days(...prompts), alternates: [] });
  });
});

describe('the alternates pool', () => {
  it.each([
    ['Alt prompts:\n- Fever\n- Chills\n\nMore text here', ['Fever', 'Chills']],
    ['Alternate Prompts:\n* Fever\n* Chills\nThanks for joining!', ['Fever', 'Chills']],
    ['Alternates:\n\n• Fever\n• Chills | Shivers', ['Fever', 'Chills', 'Shivers']],
    ['Alternative prompts\nFever\nChills\n\n#whumptober', ['Fever', 'Chills']],
    ['Alternates:\n\nFever\nChills\n\nHave fun', ['Fever', 'Chills']],
    ['**Alternates:**\n- Fever', ['Fever']],
    ['ALTERNATES\n1. Fever\n2. Chills', ['Fever', 'Chills']],
    ['Alt prompts (use any day):\n- Fever', ['Fever']],
    ['Alternates: Fever | Chills | Amnesia', ['Fever', 'Chills', 'Amnesia']],
    ['Alternates: Fever / Chills', ['Fever', 'Chills']],
    ['Alternates – Fever, Chills, Amnesia', ['Fever', 'Chills', 'Amnesia']],
    ['Alt prompts: “Wait, don’t go”, "Stay, please", Run', ['“Wait, don’t go”', '"Stay, please"', 'Run']],
    ['Alternates: Fever, chills | Amnesia', ['Fever, chills', 'Amnesia']],
    ['Alternates:\n- Fever\n#tag\n- Chills', ['Fever']],
    ['Alternates:\n- Fever\n\n- Chills', ['Fever']],
    ['Alternates:', []],
  ])('%j', (pool, alternates) => {
    expect(parsed(`1. Blood\n2. Tears\n\n${pool}`)).toStrictEqual({
      days: days('Blood', 'Tears'),
      alternates,
    });
  });

  it('may come before the days', () => {
    expect(parsed('Alternates: X | Y\n\n1. Blood\n2. Tears')).toStrictEqual({
      days: days('Blood', 'Tears'),
      alternates: ['X', 'Y'],
    });
  });

  it.each([
    // Unnumbered days end where the alternates begin; what follows the pool is not a day.
    ['Stitch\nMask\nAlternates:\n- Fever\nFeel free to mix and match', days('Stitch', 'Mask'), ['Fever']],
    ['Alternates:\n- Fever\n\nStitch\nMask', days('Stitch', 'Mask'), ['Fever']],
    [
      'Stitch\nMask\n\nAlternates\nFever\nChills\n\nSee you soon',
      days('Stitch', 'Mask'),
      ['Fever', 'Chills'],
    ],
  ])('with unnumbered days: %j', (text, expectedDays, alternates) => {
    expect(parsed(text)).toStrictEqual({ days: expectedDays, alternates });
  });
});

describe('what a paste carries: line endings, marks, odd spaces', () => {
  it.each([
    ['\uFEFF1. Blood\r\n2. Tears\r\n', days('Blood', 'Tears')],
    ['1. Blood\r2. Tears\r', days('Blood', 'Tears')],
    ['1.\tBlood\t\n2.\t\tTears  ', days('Blood', 'Tears')],
    ['1.\u00A0Blood\u00A0\n2. Tears\u00A0\u00A0', days('Blood', 'Tears')],
    ['1. Don’t\u00A0look\n2. Tears', days('Don’t look', 'Tears')],
    ['\u200B1. Blood\u200B\n2. Tears', days('Blood', 'Tears')],
    ['Day 1 – “Don’t look” | ‘Run’\nDay 2 — "Hide" – now', days(['“Don’t look”', '‘Run’'], '"Hide" – now')],
    ['1 — Blood\n2 – Tears', days('Blood', 'Tears')],
    ['1. 👩‍❤️‍👨 Couple | 🧟 Zombie', days(['👩‍❤️‍👨 Couple', '🧟 Zombie'])],
  ])('%j', (text, expected) => {
    expect(parsed(text).days).toStrictEqual(expected);
  });
});

describe('bad input gets a clear message', () => {
  const numbered = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Prompt ${i + 1}`).join('\n');
  const missing = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `Day ${from + i} is missing.`);

  it.each([
    ['', ['The list is empty.']],
    ['   \n\t\n\u00A0', ['The list is empty.']],
    ['\uFEFF\r\n', ['The list is empty.']],
    ['Blood\u0000Tears', ['This does not look like text: paste the prompt list itself.']],
    ['\u0001\u0002\u0003abc', ['This does not look like text: paste the prompt list itself.']],
    [`${'\uFFFD'.repeat(50)}PNG IHDR`, ['This does not look like text: paste the prompt list itself.']],
    ['#whumptober2025\n\nRules: be kind\nhttps://example.com', [expect.stringMatching(/^No days found/)]],
    ['WHUMPTOBER 2025\nPrompt list:', [expect.stringMatching(/^No days found/)]],
    [numbered(400), ['The list has 400 days; an event has at most 366.']],
    ['1. a\n500. b', ['The list numbers days up to 500; an event has at most 366.']],
    ['Jan 1, 2025: a\nJan 2, 2026: b', ['The list runs over 367 days; an event has at most 366.']],
    ['1. a\n2. b\n4. d', ['Day 3 is missing.']],
    ['2. b\n3. c', ['Day 1 is missing.']],
    ['1. a\n2. b\n2. c\n3. d', ['Day 2 appears twice (lines 2 and 3).']],
    ['1. a\n1. b', ['Day 1 appears twice (lines 1 and 2).']],
    ['1. a\n2. b\n1. c\n2. d\n3. e', ['Day 1 appears twice (lines 1 and 3).']],
    [
      '1. a\n2. b\nSecond list\n1. c\n2. d',
      ['The list numbers its days from 1 twice (lines 1 and 4); paste one list at a time.'],
    ],
    ['1. a\n3. c\n2. b', ['Day 2 comes after day 3 (line 3); put the days in order.']],
    ['0. zero\n1. a', ['Day 0 is not a day (line 1); number the days from 1.']],
    ['Day 1:\nDay 2: b', ['Day 1 has no prompt.']],
    ['1. a\n40. b', [...missing(2, 10), '…and 29 more problems.']],
    ['Oct 1: a\nOct 3: c', ['October 2 is missing.']],
    ['Oct 1: a\nOct 1: b', ['October 1 appears twice (lines 1 and 2).']],
    ['Oct 2: a\nOct 3: b\nOct 1: c', ['October 1 comes after October 3 (line 3); put the days in order.']],
    ['Feb 28: a\nFeb 30: b', ['February 30 is not a date (line 2).']],
    ['2025-13-01: a', ['2025-13-01 is not a date (line 1).']],
    ['Feb 28: a\nMar 1: b', ['February 29 is missing.'], { year: 2028 }],
    ['Feb 28: a\nFeb 29: b', ['February 29 is not a date (line 2).'], { year: 2025 }],
    [`1. ${'A | '.repeat(10)}K`, ['Day 1 has 11 prompts; a day has at most 10.']],
    [`1. ${'x'.repeat(501)}`, ['A prompt on day 1 is 501 characters long; the limit is 500.']],
    [`1. ${'x'.repeat(501)}\na | b`, ['The title of day 1 is 501 characters long; the limit is 500.']],
    [`1. a\nAlternates: ${'x'.repeat(501)}`, ['An alternate is 501 characters long; the limit is 500.']],
    [
      `1. a\nAlternates:\n${Array.from({ length: 367 }, (_, i) => `- alt ${i}`).join('\n')}`,
      ['There are 367 alternates; the pool holds at most 366.'],
    ],
  ] as [string, unknown[], { year?: number }?][])('%j', (text, errors, opts) => {
    expect(errorsOf(text, opts)).toEqual(errors);
  });

  it.each([
    ['a'.repeat(PROMPT_LIST_LIMITS.maxBytes + 1), 'The list is too long (201 KB); paste at most 200 KB.'],
    // Counted in UTF-8 bytes: 100,001 two-byte letters.
    ['é'.repeat(100_001), 'The list is too long (201 KB); paste at most 200 KB.'],
    [
      '\u0000'.repeat(PROMPT_LIST_LIMITS.maxBytes + 1),
      'The list is too long (201 KB); paste at most 200 KB.',
    ],
  ])('a paste of %#: too long', (text, error) => {
    expect(errorsOf(text)).toEqual([error]);
  });

  it('accepts a paste right at the size limit and judges its days', () => {
    const text = 'Blood\n'.repeat(33_333);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(PROMPT_LIST_LIMITS.maxBytes);
    expect(errorsOf(text)).toEqual(['The list has 33333 days; an event has at most 366.']);
  });

  it('accepts the maximum: 366 days of 10 prompts each', () => {
    const line = (i: number) => `${i}. ${Array.from({ length: 10 }, (_, k) => `p${k}`).join(' | ')}`;
    const list = parsed(Array.from({ length: 366 }, (_, i) => line(i + 1)).join('\n'));
    expect(list.days).toHaveLength(366);
    expect(list.days[365]).toStrictEqual(
      d(366, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']),
    );
  });

  it('never throws, whatever is pasted', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [
      '1',
      '.',
      ' ',
      '\n',
      '|',
      '/',
      'Day ',
      'Oct ',
      '#',
      '-',
      '“',
      'é',
      '\u00A0',
      ':',
      'a',
      '\r',
      '*',
    ];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => {
        return alphabet[Math.floor(random() * alphabet.length)];
      }).join('');
      const result = parsePromptList(text);
      expect(result.ok ? result.value.days.length : result.errors.length).toBeGreaterThan(0);
    }
  });
});

const whumptober = days(
  ['Panic attack', 'Shaking hands', '“Breathe with me”'],
  ['Lost in the woods', 'Cold', 'Search party'],
  ['Broken glass', 'Stitches', 'Field medicine'],
  ['Fever dream', 'Delirium', 'Hallucinations'],
  ['RUNNING ON EMPTY', ['Exhaustion', 'Fainting', 'Dehydration']],
  ['Kidnapped', 'Ransom', 'Bound and gagged'],
  ['Concussion', 'Ringing ears', '“What day is it?”'],
  ['Drowning', 'CPR', 'Gasping for air'],
  ['Hurt/Comfort', 'Carried', 'Piggyback'],
  'Whumper’s choice',
  ['Poison', 'Antidote', 'Too late?'],
  ['Burns', 'Smoke inhalation', 'Rescue from the fire'],
  ['“WHO DID THIS TO YOU?”', ['Interrogation', 'Protective friend', 'Hidden injury']],
  ['Trapped', 'Cave-in', 'Running out of air'],
  ['Sleepless', 'Nightmares', '3 a.m. confessions'],
  ['Allergic reaction', 'EpiPen', 'Swelling'],
  ['Broken bones', 'Splint', 'Limping'],
  ['Caught in the crossfire', 'Gunshot wound', 'Pressure on the wound'],
  ['Sick day', 'Soup', 'Forced bed rest'],
  ['HALFWAY THERE', ['Stab wound', 'Bleeding out', 'Improvised bandage']],
  ['Hypothermia', 'Sharing body heat', 'Frostbite'],
  ['Blindfolded', 'Sensory deprivation', 'Disorientation'],
  ['Overdose', 'Hospital', 'Waiting room'],
  ['Car crash', 'Whiplash', 'Trapped in the wreck'],
  ['Torture', 'Defiance', '“I won’t tell you anything”'],
  ['Migraine', 'Light sensitivity', 'Dark room'],
  ['Collapsed', 'Carried to safety', 'Hospital bed'],
  ['Food poisoning', 'Dizziness', 'Can’t keep anything down', 'Hydration'],
  ['Electrocution', 'Burns', 'Heart stopping'],
  ['Goodbyes', '“Stay with me”', 'Last words'],
  ['THE END', ['Home', 'Safe at last', 'Recovery']],
);

const fictober = days(
  ['“I told you so.”', '“Don’t you dare.”', '“Is that blood?”'],
  ['"Where were you?"', '"You came back."', '"I can explain."'],
  ['“Say that again.”', '“I mean it.”', '“Prove it.”'],
  '“We need to talk.”',
  ['“It’s not what it looks like.”', '“Then what is it?”'],
  ['“Hold still.”', '“This might sting.”', '“You’re shaking.”'],
  ['“Trust me.”', '“I never did.”', '“Start now.”'],
  ['“Is this a date?”', '“Do you want it to be?”', '“Maybe.”'],
  ['“How long have you known?”', '“Long enough.”', '“Why didn’t you tell me?”'],
  ['“Don’t go.”', '“I have to.”', '“Then take me with you.”'],
  ['“You’re impossible.”', '“You love it.”', '“Unfortunately.”'],
  ['“Who taught you that?”', '“You did.”', '“I regret everything.”'],
  '“Wake up. Please, wake up.”',
  ['“Did you hear that?”', '“It’s just the wind.”', '“Wind doesn’t knock.”'],
  ['“Tell me a story.”', '“Once upon a time…”', '“Not that one.”'],
  ['“I burned dinner.”', '“Again?”', '“Takeout it is.”'],
  ['“Stay.”', '“For how long?”', '“Forever, if you want.”'],
  ['“This is your fault.”', '“Mostly.”', '“Entirely.”'],
  ['“Can you keep a secret?”', '“Depends on the secret.”', '“It’s a big one.”'],
  ['“You look terrible.”', '“Thanks, I tried.”', '“Sit down before you fall.”'],
  ['“Is that my shirt?”', '“Finders keepers.”', '“Keep it.”'],
  ['“We’re lost.”', '“We’re exploring.”', '“We’re lost.”'],
  ['“I missed you.”', '“You saw me yesterday.”', '“Still.”'],
  ['“Run!”', '“I can’t.”', '“Then I’ll carry you.”'],
  ['“Do you trust me?”', '“Not even a little.”', '“Good enough.”'],
  ['“It’s snowing.”', '“In October?”', '“Make a wish.”'],
  ['“What did you do?”', '“Nothing!”', '“Nothing is on fire?”'],
  ['“Read it to me.”', '“Your handwriting is awful.”', '“Read it anyway.”'],
  ['“Happy birthday.”', '“You remembered.”', '“I always remember.”'],
  ['“Are you afraid?”', '“Of you?”', '“Of this.”'],
  ['“Trick or treat?”', '“Both.”', '“Good answer.”'],
);

const inktober = days(
  ...'Stitch Mask Blade Lantern Moth Crown Fog Thorn Whisper Key Bridge Feather Anchor Shadow Candle Mirror Raven Ember Maze Locket Ripple Bone Harvest Comet Scarecrow Teacup Spiral Veil Cauldron Hollow Dusk'.split(
    ' ',
  ),
);

const flufftober = [
  'Hot chocolate',
  'Knitted scarf',
  'Pumpkin patch',
  'Rainy window',
  'Blanket fort',
  'Baking bread',
  'Falling leaves',
  'Fairy lights',
  'Slow dance',
  'Puppy pile',
  'Reading aloud',
  'Matching sweaters',
  'Candlelit dinner',
  'Stargazing',
  'Forehead kisses',
  'Movie night',
  'Apple picking',
  'Sleeping in',
  'Hand-holding',
  'Campfire stories',
  'Bad puns',
  'Breakfast in bed',
  'Dancing in the kitchen',
  'Love letters',
  'Sharing an umbrella',
  'Hayride',
  'Cuddle puddle',
  'Carving pumpkins',
  'Soup for a cold',
  'Haunted house (fake)',
  'Costume party',
];

describe('whole lists as organisers publish them', () => {
  it('Whumptober: 31 days, a few themes with their alternatives on the next line, alt prompts', () => {
    expect(parsed(fixture('whumptober.txt'))).toStrictEqual({
      days: whumptober,
      alternates: ['Amnesia', 'Hypothermia', '“Don’t look”', 'Trapped in rubble'],
    });
  });

  it('Whumptober pasted from Windows: CRLF and a byte-order mark', () => {
    const text = `\uFEFF${fixture('whumptober.txt').replace(/\n/g, '\r\n')}`;
    expect(parsed(text).days).toStrictEqual(whumptober);
  });

  it('Fictober: 1. prompt | prompt | prompt, curly and straight quotes', () => {
    expect(parsed(fixture('fictober.txt'))).toStrictEqual({ days: fictober, alternates: [] });
  });

  it('Inktober: 31 single words between a title and hashtags', () => {
    expect(parsed(fixture('inktober.txt'))).toStrictEqual({ days: inktober, alternates: [] });
  });

  it('a dated list in mixed date styles, then rules paragraphs and hashtags; the title gives the year', () => {
    const inYear = (year: number) =>
      flufftober.map((p, i) => d(i + 1, p, undefined, `${year}-10-${String(i + 1).padStart(2, '0')}`));
    expect(parsed(fixture('flufftober-dated.txt'))).toStrictEqual({ days: inYear(2025), alternates: [] });
    // A year given with the paste (the form's first day, the API's year) beats the title's.
    expect(parsed(fixture('flufftober-dated.txt'), { year: 2026 }).days).toStrictEqual(inYear(2026));
    const untitled = fixture('flufftober-dated.txt').replace('Flufftober 2025', 'Flufftober');
    expect(parsed(untitled).days).toStrictEqual(days(...flufftober));
    expect(parsed(untitled, { fallbackYear: 2024 }).days).toStrictEqual(inYear(2024));
  });

  it('mixed curly quotes and dashes with an alternates pool followed by more text', () => {
    const text = [
      'Flufftober 2025 – “cosy edition”',
      '',
      'Day 1 – “Is that my hoodie?” | Hot cocoa',
      'Day 2 — Rainy day / ‘Stay in’',
      'Day 3 - Autumn walk',
      '',
      'Alternate prompts:',
      '• “Five more minutes” ',
      '• Fairy lights',
      'Reblog to spread the word — and have fun!',
      '#flufftober',
    ].join('\n');
    expect(parsed(text)).toStrictEqual({
      days: days(['“Is that my hoodie?”', 'Hot cocoa'], ['Rainy day', '‘Stay in’'], 'Autumn walk'),
      alternates: ['“Five more minutes”', 'Fairy lights'],
    });
  });

  it('alternates on the heading line', () => {
    expect(parsed('1. Blood\n2. Tears\nAlt prompts: Fever | “Don’t, please” | Amnesia')).toStrictEqual({
      days: days('Blood', 'Tears'),
      alternates: ['Fever', '“Don’t, please”', 'Amnesia'],
    });
  });
});

describe('serialisePromptList: the canonical text', () => {
  it('writes one line per day, a theme line before its prompts, and the alternates', () => {
    const list: ParsedList = {
      days: [
        d(1, ['Blood', 'Tears']),
        d(2, ['Exhaustion', 'Fainting'], 'RUNNING ON EMPTY'),
        d(3, 'Hurt/Comfort'),
        d(4, 'Holding hands', 'Fluff'),
      ],
      alternates: ['Fever', 'Wait, don’t go'],
    };
    expect(serialisePromptList(list)).toBe(
      [
        'Day 1: Blood | Tears',
        'Day 2: RUNNING ON EMPTY',
        'Exhaustion | Fainting',
        'Day 3: Hurt/Comfort',
        'Day 4: Fluff',
        '- Holding hands',
        '',
        'Alternates:',
        '- Fever',
        '- Wait, don’t go',
        '',
      ].join('\n'),
    );
    expect(parsed(serialisePromptList(list))).toStrictEqual(list);
  });

  const withoutDates = (list: ParsedList): ParsedList => ({
    ...list,
    days: list.days.map(({ date: _, ...day }) => day),
  });

  it.each([
    ['whumptober.txt', {}],
    ['fictober.txt', {}],
    ['inktober.txt', {}],
    ['flufftober-dated.txt', { year: 2025 }],
  ])('round-trips %s', (name, opts) => {
    const list = withoutDates(parsed(fixture(name), opts));
    expect(parsed(serialisePromptList(list))).toStrictEqual(list);
  });

  it.each([
    [{ days: days('Only'), alternates: [] }],
    [{ days: days(['Theme', ['One prompt']]), alternates: ['A'] }],
    [{ days: days(['Theme', ['a', 'b']], ['Theme two', ['c']], 'd'), alternates: [] }],
    // Themes everywhere with single-line prompts stays unambiguous.
    [{ days: days(['A', ['a']], ['B', ['b']], ['C', ['c', 'd']], ['D', ['e', 'f']]), alternates: [] }],
    [
      {
        days: days('“Don’t look”', '- dash', 'Day 9: not a label', '🎃'),
        alternates: ['Alternates:', '1. x'],
      },
    ],
    [{ days: days(['10 minutes', '3.5 stars'], 'Oct 1 is a date'), alternates: ['#hug me', 'a, b'] }],
  ] as [ParsedList][])('round-trips %j', (list) => {
    expect(parsed(serialisePromptList(list))).toStrictEqual(list);
  });
});
