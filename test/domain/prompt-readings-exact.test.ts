import { describe, expect, it } from 'vitest';
import type { HeadKind } from '../../src/domain/prompt-heads.ts';
import { toLines } from '../../src/domain/prompt-lines.ts';
import { readInline, readPlain } from '../../src/domain/prompt-plain.ts';
import { isFree, looksLikeNote, type Reading, yearInText } from '../../src/domain/prompt-reading.ts';
import { readSections } from '../../src/domain/prompt-sections.ts';
import { readStructured } from '../../src/domain/prompt-structured.ts';

const input = (text: string, years: { year?: number; fallbackYear?: number } = {}) => {
  const lines = toLines(text);
  return { lines, sections: readSections(lines), ...years };
};
/** A reading with its used lines as a sorted list, for exact comparison. */
const flat = (r: Reading | undefined) => r && { ...r, used: [...r.used].sort((a, b) => a - b) };
/** A draft day on line `line`. */
const day = (
  line: number,
  prompts: string[],
  more: { title?: string; description?: string[]; date?: string } = {},
) => ({
  line,
  ...(more.title === undefined ? {} : { title: more.title }),
  description: more.description ?? [],
  prompts,
  ...(more.date === undefined ? {} : { date: more.date }),
});
const numbered = (
  days: ReturnType<typeof day>[],
  used: number[],
  labels: number[],
  score: number,
  more: { strong?: boolean; errors?: string[]; layout?: string } = {},
) => ({
  layout: more.layout ?? 'numbered',
  days,
  used,
  leftovers: [],
  labels,
  strong: more.strong ?? true,
  score,
  errors: more.errors ?? [],
});

describe('yearInText', () => {
  it.each([
    ['Whumptober 2025\n1. a', 1, 2025],
    ['Whumptober 2025\n1. a', 0, undefined],
    ['a\nWhumptober 2025 and 2026', 2, 2025],
    ['Since 1999', 1, 1999],
    ['In 2199', 1, 2199],
    ['In 1899', 1, undefined],
    ['In 2200', 1, undefined],
    ['Code 20255', 1, undefined],
    ['Flufftober2025', 1, undefined],
    ['a\nb', 2, undefined],
  ])('%j up to %i: %s', (text, to, year) => {
    expect(yearInText(toLines(text), to)).toBe(year);
  });
});

describe('looksLikeNote', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  it.each([
    ['Whumptober 2025', true],
    ['Prompt list', true],
    ['The prompts', true],
    ['MASTERLIST', true],
    ['a list', true],
    ['listless', false],
    ['Flufftober', true],
    ['sicktember', true],
    ['Flufftober2025 edition', true],
    ['October', false],
    ['September fun', false],
    ['tober', false],
    ['Octobers', false],
    ['by @me', true],
    ['#tag', true],
    ['#_x', true],
    ['# 5', false],
    ['a#b', false],
    ['email@x', false],
    [words(13), true],
    [words(12), false],
    [`${words(7)} | ${words(7)}`, false],
    ['Write one story a day for fun.', true],
    ['Have fun!', true],
    ['Have fun! 💌', true],
    ['Have fun! 👍🏽', true],
    ['Love ♡', true],
    ['Boo!', false],
    ['Ghosts. Bats', true],
    ['Ghosts! Bats', true],
    ['Ghosts? Bats', true],
    ['Ghosts. bats', false],
    ['Ghosts', false],
    ['Haunted house', false],
  ])('%j: %s', (text, note) => {
    expect(looksLikeNote(toLines(text)[0]!)).toBe(note);
  });
});

describe('isFree', () => {
  it('is a line not blank and not taken by a pool, a note or noise', () => {
    const given = input('a\n\n#tag\nAlternates: x\nRules: be kind\nb');
    expect(given.lines.map((l) => isFree(given, l.index))).toStrictEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});

describe('readStructured', () => {
  const bare: HeadKind = { kind: 'number', family: 'bare' };
  const dayKind: HeadKind = { kind: 'number', family: 'day' };
  const dated: HeadKind = { kind: 'date' };

  it('gives nothing without a label of its kind', () => {
    expect(readStructured(input('Ghosts\nBats'), bare)).toBeUndefined();
    expect(readStructured(input('1. a\n2. b'), dayKind)).toBeUndefined();
    expect(readStructured(input('1. a\n2. b'), dated)).toBeUndefined();
  });

  it.each([
    ['1. a\n2. b', bare, numbered([day(0, ['a']), day(1, ['b'])], [0, 1], [0, 1], 2)],
    ['Day 1: a\n2. b', { kind: 'number' }, numbered([day(0, ['a']), day(1, ['b'])], [0, 1], [0, 1], 2)],
    [
      '1. a\n3. c',
      bare,
      numbered([day(0, ['a']), day(1, ['c'])], [0, 1], [0, 1], 2, {
        strong: false,
        errors: ['Day 2 is missing.'],
      }),
    ],
    ['Ghosts\nDay 1: a', dayKind, numbered([day(1, ['a'])], [1], [1], 1, { strong: false })],
    // One date alone is weak evidence; one "Day 1" is not.
    [
      'Oct 1: a\n(gloss)',
      dated,
      numbered([day(0, ['a (gloss)'])], [0, 1], [0], 1.5, { strong: false, layout: 'dated' }),
    ],
    ['Day 1: a\n(gloss)', dayKind, numbered([day(0, ['a (gloss)'])], [0, 1], [0], 2, { strong: false })],
    [
      '3 wishes\nGhosts',
      { kind: 'number', family: 'spaced' },
      numbered([day(0, ['wishes'])], [0], [0], 1, {
        strong: false,
        errors: ['Day 1 is missing.', 'Day 2 is missing.'],
      }),
    ],
    [
      'Day 1: Fluff\n- x\n- y\nDay 2: Angst\n- z',
      dayKind,
      numbered(
        [day(0, ['x', 'y'], { title: 'Fluff' }), day(3, ['z'], { title: 'Angst' })],
        [0, 1, 2, 3, 4],
        [0, 3],
        5,
      ),
    ],
    [
      'Day 1:\nSHAKEN\nx | y\nDay 2: b',
      dayKind,
      numbered([day(0, ['x', 'y'], { title: 'SHAKEN' }), day(3, ['b'])], [0, 1, 2, 3], [0, 3], 4),
    ],
    [
      'No. 1\nSHAKEN\nPanic\nNo. 2\nb',
      { kind: 'number', family: 'no' },
      numbered([day(0, ['Panic'], { title: 'SHAKEN' }), day(3, ['b'])], [0, 1, 2, 3, 4], [0, 3], 5),
    ],
    [
      'No. 1\nshaken\npanic\nNo. 2\nb',
      { kind: 'number', family: 'no' },
      numbered([day(0, ['shaken', 'panic']), day(3, ['b'])], [0, 1, 2, 3, 4], [0, 3], 5),
    ],
    [
      '1. a\n(gloss)\n> desc\nThis is a long sentence that is surely a paragraph here.\n2. b',
      bare,
      numbered(
        [
          day(0, ['a (gloss)'], {
            description: ['desc', 'This is a long sentence that is surely a paragraph here.'],
          }),
          day(4, ['b']),
        ],
        [0, 1, 2, 3, 4],
        [0, 4],
        5,
      ),
    ],
    [
      'Day 1:\n(gloss)\nDay 2: b',
      dayKind,
      numbered([day(0, [], { description: ['(gloss)'] }), day(2, ['b'])], [0, 1, 2], [0, 2], 3),
    ],
    [
      'Day 1: Rain - umbrellas\nDay 2: Fog - lighthouses',
      dayKind,
      numbered(
        [day(0, ['umbrellas'], { title: 'Rain' }), day(1, ['lighthouses'], { title: 'Fog' })],
        [0, 1],
        [0, 1],
        2,
      ),
    ],
    [
      'Day 1: Rain - umbrellas\nDay 2: Fog',
      dayKind,
      numbered([day(0, ['Rain - umbrellas']), day(1, ['Fog'])], [0, 1], [0, 1], 2),
    ],
    [
      'Day 1: Spooky - ghosts, bats',
      dayKind,
      numbered([day(0, ['ghosts', 'bats'], { title: 'Spooky' })], [0], [0], 1, { strong: false }),
    ],
    [
      'Day 1: Fluff\nHolding hands\nDay 2: Angst\nGoodbyes',
      dayKind,
      numbered(
        [day(0, ['Holding hands'], { title: 'Fluff' }), day(2, ['Goodbyes'], { title: 'Angst' })],
        [0, 1, 2, 3],
        [0, 2],
        4,
      ),
    ],
    [
      'Day 1: Fluff\n\nHolding hands\n\nDay 2: Hurt\n\nBruises',
      dayKind,
      numbered(
        [day(0, ['Holding hands'], { title: 'Fluff' }), day(4, ['Bruises'], { title: 'Hurt' })],
        [0, 2, 4, 6],
        [0, 4],
        4,
      ),
    ],
    // A last day with nothing of its own takes the lines after a blank; one with a prompt does not.
    [
      'Day 1: a\nDay 2:\n\nb\nc',
      dayKind,
      numbered([day(0, ['a']), day(1, ['b', 'c'])], [0, 1, 3, 4], [0, 1], 4),
    ],
    ['Day 1: a\nDay 2: b\n\nc', dayKind, numbered([day(0, ['a']), day(1, ['b'])], [0, 1], [0, 1], 2)],
    ['Day 1: a\nDay 2: b\nx\ny', dayKind, numbered([day(0, ['a']), day(1, ['b'])], [0, 1], [0, 1], 2)],
    [
      '1. a\n2. b\n3. c\nHave fun!',
      bare,
      numbered([day(0, ['a']), day(1, ['b']), day(2, ['c'])], [0, 1, 2], [0, 1, 2], 3),
    ],
    // A sign-off after the last day's lines is not its prompt; a theme left with none is the prompt.
    [
      'Day 1: Fluff\n- x\nDay 2: Angst\n- z\nprompt list by me',
      dayKind,
      numbered(
        [day(0, ['x'], { title: 'Fluff' }), day(2, ['z'], { title: 'Angst' })],
        [0, 1, 2, 3],
        [0, 2],
        4,
      ),
    ],
    ['Day 1: Theme\nHave fun!', dayKind, numbered([day(0, ['Theme'])], [0], [0], 1, { strong: false })],
    ['Day 1:\nx\nHave fun!', dayKind, numbered([day(0, ['x'])], [0, 1], [0], 2, { strong: false })],
    ['Day 1: a\nPrompts:\nDay 2: b', dayKind, numbered([day(0, ['a']), day(2, ['b'])], [0, 2], [0, 2], 2)],
    [
      'Day 1: a\n1. x\n2. y\nDay 2: b',
      dayKind,
      numbered([day(0, ['x', 'y'], { title: 'a' }), day(3, ['b'])], [0, 1, 2, 3], [0, 3], 4),
    ],
    ['Wed 1 x\nOct 1: a', dated, numbered([day(1, ['a'])], [1], [1], 1, { strong: false, layout: 'dated' })],
  ] as [string, HeadKind, object][])('%j as %j', (text, kind, reading) => {
    expect(flat(readStructured(input(text), kind))).toStrictEqual(reading);
  });

  it.each([
    ['Oct 1: a\nOct 2: b', {}, [undefined, undefined], []],
    ['Oct 1: a\nOct 2: b', { year: 2025 }, ['2025-10-01', '2025-10-02'], []],
    ['Oct 1: a\nOct 2: b', { fallbackYear: 2024 }, ['2024-10-01', '2024-10-02'], []],
    ['Oct 1: a\nOct 3: b', { year: 2025 }, ['2025-10-01', '2025-10-03'], ['October 2 is missing.']],
    // The title's year beats the fallback, the given year beats the title's; a year after the days is no title.
    ['Whumptober 2026\nOct 1: a\nOct 2: b', { fallbackYear: 2024 }, ['2026-10-01', '2026-10-02'], []],
    ['Whumptober 2026\nOct 1: a\nOct 2: b', { year: 2025 }, ['2025-10-01', '2025-10-02'], []],
    ['Oct 1: a\nOct 2: b\nWhumptober 2026', {}, [undefined, undefined], []],
  ])('dates of %j with %j', (text, years, dates, errors) => {
    const reading = readStructured(input(text, years), { kind: 'date' })!;
    expect(reading.days.map((d) => d.date)).toStrictEqual(dates);
    expect(reading.errors).toStrictEqual(errors);
    expect([reading.layout, reading.strong, reading.score]).toStrictEqual(['dated', false, 2]);
  });

  it('dates the days of a numbered list when every day has a date', () => {
    const reading = readStructured(input('Day 1 (Oct 1): a\nDay 2 (Oct 2): b', { year: 2025 }), {
      kind: 'number',
      family: 'day',
    });
    expect(flat(reading)).toStrictEqual(
      numbered(
        [day(0, ['a'], { date: '2025-10-01' }), day(1, ['b'], { date: '2025-10-02' })],
        [0, 1],
        [0, 1],
        2,
      ),
    );
  });
});

describe('readPlain', () => {
  const plain = (days: ReturnType<typeof day>[], used: number[], score: number) => ({
    layout: 'one a line',
    days,
    used,
    leftovers: [],
    labels: [],
    score,
    errors: [],
  });
  it.each([
    ['Stitch\nMask', [0], plain([day(0, ['Stitch']), day(1, ['Mask'])], [0, 1], 1)],
    ['Stitch\nMask', [], plain([day(0, ['Stitch']), day(1, ['Mask'])], [0, 1], 2)],
    [
      'Intro 2025\nStitch\n(gloss)\n> desc\nMask\nHave fun!',
      [],
      plain([day(1, ['Stitch (gloss)'], { description: ['desc'] }), day(4, ['Mask'])], [1, 2, 3, 4], 4),
    ],
    ['a\nAlternates:\n- x\nb', [0], plain([day(0, ['a'])], [0], 0)],
    ['Alternates:\n- x\n\na\nb', [], plain([day(3, ['a']), day(4, ['b'])], [3, 4], 2)],
    ['Prompts:\na | b\nc', [], plain([day(1, ['a', 'b']), day(2, ['c'])], [1, 2], 2)],
    // A gloss or description with no day before it is left out.
    ['> desc\n(gloss)\na', [], plain([day(2, ['a'])], [2], 1)],
    ['- (gloss)\na', [], plain([day(0, ['(gloss)']), day(1, ['a'])], [0, 1], 2)],
    [
      'Stitch\nThe face we show the world, and the one we hide.\nMask\nBlade',
      [],
      plain(
        [
          day(0, ['Stitch'], { description: ['The face we show the world, and the one we hide.'] }),
          day(2, ['Mask']),
          day(3, ['Blade']),
        ],
        [0, 1, 2, 3],
        4,
      ),
    ],
    // A list of sentences is a list of prompts.
    [
      'Stitch\nThe face we show the world, and the one we hide.\nWrite about a door left open all night.\nMask',
      [],
      plain(
        [
          day(0, ['Stitch']),
          day(1, ['The face we show the world, and the one we hide.']),
          day(2, ['Write about a door left open all night.']),
          day(3, ['Mask']),
        ],
        [0, 1, 2, 3],
        4,
      ),
    ],
    // Sentences at either end are an introduction and a sign-off.
    [
      'The face we show the world, and the one we hide.\nStitch\nWrite about a door left open all night.',
      [],
      plain([day(1, ['Stitch'])], [1], 1),
    ],
    ['- Have fun!\nx', [], plain([day(0, ['Have fun!']), day(1, ['x'])], [0, 1], 2)],
  ] as [string, number[], object][])('%j labelled %j', (text, labelled, reading) => {
    expect(flat(readPlain(input(text), new Set(labelled)))).toStrictEqual(reading);
  });

  it.each([['Whumptober 2025\nHave fun!'], ['#tag'], ['']])('gives nothing for %j', (text) => {
    expect(readPlain(input(text), new Set())).toBeUndefined();
  });
});

describe('readInline', () => {
  const inline = (
    days: ReturnType<typeof day>[],
    used: number[],
    leftovers: { index: number; text: string }[] = [],
  ) => ({
    layout: 'inline',
    days,
    used,
    leftovers,
    labels: [],
    score: days.length,
    errors: [],
  });
  it.each([
    [
      '1 Lantern. 2 Hollow. 3 Thorn.',
      inline([day(0, ['Lantern']), day(0, ['Hollow']), day(0, ['Thorn'])], [0]),
    ],
    ['1. Train 2. Smoke 3. Tunnel', inline([day(0, ['Train']), day(0, ['Smoke']), day(0, ['Tunnel'])], [0])],
    ['1) a 2) b 3) c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1: a 2: b 3: c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1 - a, 2 – b; 3 — c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    [
      'Day 1: Train, Day 2: Smoke, Day 3: Tunnel',
      inline([day(0, ['Train']), day(0, ['Smoke']), day(0, ['Tunnel'])], [0]),
    ],
    ['No. 1 a No 2 b Prompt 3 c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['prompt 1 a prompt 2 b prompt 3 c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1 a|2 b|3 c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1 a (2 b) 3 c', inline([day(0, ['a (']), day(0, ['b)']), day(0, ['c'])], [0])],
    ['1 a /2 b /3 c', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    [
      '#tag 1 a 2 b 3 c',
      inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0], [{ index: 0, text: '#tag' }]),
    ],
    ['1 a 22 b 2 c 3 d', inline([day(0, ['a 22 b']), day(0, ['c']), day(0, ['d'])], [0])],
    ['1 a x2 b 2 c 3 d', inline([day(0, ['a x2 b']), day(0, ['c']), day(0, ['d'])], [0])],
    ['1 a 2x 2 b 3 c', inline([day(0, ['a 2x']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1 a | b 2 c 3 d', inline([day(0, ['a', 'b']), day(0, ['c']), day(0, ['d'])], [0])],
    [
      'Prompts: 1 moon 2 hunt 3 blood',
      inline([day(0, ['moon']), day(0, ['hunt']), day(0, ['blood'])], [0], [{ index: 0, text: 'Prompts:' }]),
    ],
    [
      'Intro: 1 moon 2 hunt 3 blood. End here',
      inline(
        [day(0, ['moon']), day(0, ['hunt']), day(0, ['blood. End here'])],
        [0],
        [{ index: 0, text: 'Intro:' }],
      ),
    ],
    [
      'Intro: 1 moon. 2 hunt. 3 blood. End here.',
      inline(
        [day(0, ['moon']), day(0, ['hunt']), day(0, ['blood'])],
        [0],
        [{ index: 0, text: 'Intro: … End here' }],
      ),
    ],
    [
      '1 moon. 2 hunt 3 blood. End',
      inline([day(0, ['moon']), day(0, ['hunt']), day(0, ['blood'])], [0], [{ index: 0, text: 'End' }]),
    ],
    [
      '1 moon 2 hunt. 3 blood. End',
      inline([day(0, ['moon']), day(0, ['hunt']), day(0, ['blood'])], [0], [{ index: 0, text: 'End' }]),
    ],
    ['1 moon 2 hunt 3 blood. End', inline([day(0, ['moon']), day(0, ['hunt']), day(0, ['blood. End'])], [0])],
    [
      'x\n1 a 2 b 3 c\n4 d 5 e',
      inline([day(1, ['a']), day(1, ['b']), day(1, ['c']), day(2, ['d']), day(2, ['e'])], [1, 2]),
    ],
    ['1 a 2 b 3 c\n4 d', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
    ['1 a 2 b 3 c\n5 d 6 e', inline([day(0, ['a']), day(0, ['b']), day(0, ['c'])], [0])],
  ] as [string, object][])('%j', (text, reading) => {
    expect(flat(readInline(input(text)))).toStrictEqual(reading);
  });

  it.each([['1 a 2 b'], ['1 a\n2 b\n3 c'], ['2 a 3 b 4 c'], ['Ghosts'], ['1a 2b 3c']])(
    'gives nothing for %j',
    (text) => {
      expect(readInline(input(text))).toBeUndefined();
    },
  );
});
