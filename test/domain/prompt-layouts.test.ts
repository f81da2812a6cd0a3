import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParsedDay, parsePromptList, type ReadList } from '../../src/domain/prompt-list.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prompt-lists/${name}`, import.meta.url), 'utf8');

const read = (text: string, opts?: { year?: number }): ReadList => {
  const result = parsePromptList(text, opts);
  if (!result.ok) throw new Error(`expected a list, got: ${result.errors.join(' / ')}`);
  return result.value;
};

/** The days as [title?, prompts] pairs, with descriptions and dates left out. */
const shape = (days: ParsedDay[]) => days.map((d) => (d.title ? [d.title, d.prompts] : d.prompts));
const texts = (list: ReadList) => list.unused.map((u) => u.text);

describe('the failures the issue names', () => {
  it.each([
    [
      'themed days keep every prompt under them',
      'Day 1: Beginnings\nfirst snow\ncold hands\nwarm socks\nDay 2: Hearth\ncandlelight\nmulled wine',
      [
        ['Beginnings', ['first snow', 'cold hands', 'warm socks']],
        ['Hearth', ['candlelight', 'mulled wine']],
      ],
    ],
    [
      'one date-like line does not make a dated list',
      'Ghosts\nBats\n4th of July picnic\nMoon\nStars',
      [['Ghosts'], ['Bats'], ['4th of July picnic'], ['Moon'], ['Stars']],
    ],
    [
      'a theme on the same line',
      'Day 1 - Beginnings: first snow / cold hands\nDay 2 - Hearth: candlelight / mulled wine',
      [
        ['Beginnings', ['first snow', 'cold hands']],
        ['Hearth', ['candlelight', 'mulled wine']],
      ],
    ],
    [
      'spelled-out days',
      'Day One - Rain\nDay Two - Fog\nDay Three - Thunder',
      [['Rain'], ['Fog'], ['Thunder']],
    ],
    [
      'a list on one line with full stops',
      '1 Lantern. 2 Hollow. 3 Thorn.',
      [['Lantern'], ['Hollow'], ['Thorn']],
    ],
    ['a list on one line without', '1 moon 2 hunt 3 blood', [['moon'], ['hunt'], ['blood']]],
  ])('%s', (_, text, expected) => {
    expect(shape(read(text).days)).toStrictEqual(expected);
  });

  it('keeps the text around the list, as lines not used', () => {
    const list = read(fixture('whumptober.txt'));
    expect(list.unused).toStrictEqual([
      { line: 1, text: 'WHUMPTOBER 2025' },
      { line: 2, text: 'OFFICIAL PROMPT LIST' },
      { line: 4, text: 'Three prompts a day — pick one, mix them, or swap in an alt prompt.' },
      { line: 5, text: 'Rules: any fandom, any rating; tag your fills and heed the warnings.' },
      { line: 6, text: '#whumptober2025 #nowhumpunwanted' },
      {
        line: 50,
        text: 'Can’t wait to see what you make! Masterlist: https://example.tumblr.com/whumptober2025',
      },
    ]);
  });
});

describe('numbered lists, every way events write them', () => {
  it.each([
    ['1. Ghosts\n2. Bats\n3. Moon'],
    ['1) Ghosts\n2) Bats\n3) Moon'],
    ['No. 1 Ghosts\nNo. 2 Bats\nNo. 3 Moon'],
    ['#1 Ghosts\n#2 Bats\n#3 Moon'],
    ['Day 1 – Ghosts\nDay 2 – Bats\nDay 3 – Moon'],
    ['DAY 01: Ghosts\nDAY 02: Bats\nDAY 03: Moon'],
    ['Day One: Ghosts\nDay Two: Bats\nDay Three: Moon'],
    ['Prompt 1 - Ghosts\nPrompt 2 - Bats\nPrompt 3 - Moon'],
    ['🎃 Day 1: Ghosts\n🦇 Day 2: Bats\n🌕 Day 3: Moon'],
    ['✨ No. 1 — Ghosts\n✨ No. 2 — Bats\n✨ No. 3 — Moon'],
    ['• 1. Ghosts\n• 2. Bats\n• 3. Moon'],
    ['**Day 1:** Ghosts\n**Day 2:** Bats\n**Day 3:** Moon'],
    ['*Day 1*: Ghosts\n*Day 2*: Bats\n*Day 3*: Moon'],
    ['1 Ghosts\n2 Bats\n3 Moon'],
  ])('%j', (text) => {
    const list = read(
      `SPOOKTOBER 2025 🎃\nOne prompt a day — tag #spooktober25!\n\n${text}\n\nHappy haunting!`,
    );
    expect(shape(list.days)).toStrictEqual([['Ghosts'], ['Bats'], ['Moon']]);
    expect(texts(list)).toStrictEqual([
      'SPOOKTOBER 2025 🎃',
      'One prompt a day — tag #spooktober25!',
      'Happy haunting!',
    ]);
  });

  it('Day Thirty-One, Day Thirty One and the other spelled-out days up to the end of the month', () => {
    const list = read(fixture('flufftober-spelled.txt'));
    expect(list.days).toHaveLength(31);
    expect(list.days[20]).toStrictEqual({ day: 21, prompts: ['Breakfast in bed'] });
    expect(list.days[30]).toStrictEqual({ day: 31, prompts: ['Trick or treat'] });
    expect(list.alternates).toStrictEqual(['sweater weather', 'first frost', 'cinnamon rolls']);
    expect(texts(list)).toStrictEqual([
      '☁️ Flufftober ☁️',
      'Thirty-one days of soft things. No angst allowed (okay, a little).',
      'Have fun and stay cosy!! ☕',
    ]);
  });

  it.each([
    ['1st: Ghosts\n2nd: Bats\n3rd - Moon', ['Ghosts', 'Bats', 'Moon']],
    // An ordinal before a word is a prompt's own.
    ['1st kiss\n2nd chances\nGhosts', ['1st kiss', '2nd chances', 'Ghosts']],
    ['Day 1 ✦ Ghosts\nDay 2 ✦ Bats', ['Ghosts', 'Bats']],
    // Columns copied from a spreadsheet.
    ['Day\tPrompt\n1\tGhosts\n2\tBats', ['Ghosts', 'Bats']],
  ])('%j', (text, prompts) => {
    expect(read(text).days.map((d) => d.prompts.join(' | '))).toStrictEqual(prompts);
  });

  it.each([
    ['Day 1 (Oct 1) - Ghosts\nDay 2 (Oct 2): Bats'],
    ['October 1 (Day 1): Ghosts\nOctober 2 (Day 2) - Bats'],
    ['Day 1\tOct 1\tGhosts\nDay 2\tOct 2\tBats'],
  ])('a date and a day number together: %j', (text) => {
    expect(read(text, { year: 2025 }).days).toStrictEqual([
      { day: 1, date: '2025-10-01', prompts: ['Ghosts'] },
      { day: 2, date: '2025-10-02', prompts: ['Bats'] },
    ]);
  });

  it('a number or a date inside a prompt is the prompt’s', () => {
    const list = read('1. 3 wishes\n2. March 15 betrayal\n3. 4th of July picnic\n4. 10 minutes left');
    expect(shape(list.days)).toStrictEqual([
      ['3 wishes'],
      ['March 15 betrayal'],
      ['4th of July picnic'],
      ['10 minutes left'],
    ]);
  });
});

describe('themed days', () => {
  it('with their prompts on the lines below, a free day, bonus prompts, and the rules kept as unused lines', () => {
    const list = read(fixture('sicktember-themed.txt'));
    expect(shape(list.days)).toStrictEqual([
      ['Beginnings', ['first sneeze', '"I\'m fine, really"', 'cancelled plans']],
      ['Fever', ['chills', 'wet cloth on the forehead', 'delirious confessions']],
      ['Hospital', ['waiting room', '"Family only"', 'hospital food']],
      ['Caretaking', ['soup', 'reading aloud', 'forced bed rest']],
      ['Free Day', ['write anything sick-related!']],
    ]);
    expect(list.alternates).toStrictEqual(['migraine', 'food poisoning', 'allergies']);
    expect(list.unused.map((u) => u.line)).toStrictEqual([1, 2, 4, 6, 7, 8, 38, 39]);
    expect(list.note).toBeUndefined();
  });

  it.each([
    ['Day 1: Spooky: ghosts / bats', [['Spooky', ['ghosts', 'bats']]]],
    ['Day 1 - Spooky - ghosts | bats', [['Spooky', ['ghosts', 'bats']]]],
    ['Day 1: Spooky - ghosts, bats, a full moon', [['Spooky', ['ghosts', 'bats', 'a full moon']]]],
    ['Day 1: Spooky: ghost stories or a haunted house', [['Spooky', ['ghost stories', 'a haunted house']]]],
    // "or" between single words is one prompt: "Trick or treat", "Truth or dare".
    ['Day 1: Trick or treat\nDay 2: Truth or dare', [['Trick or treat'], ['Truth or dare']]],
    // Commas inside a gloss or quotes do not cut.
    [
      'Day 1: Hollow (an empty place, or an empty feeling)',
      [['Hollow (an empty place, or an empty feeling)']],
    ],
    ['Day 1: Secrets - "Wait, don’t go", "Stay"', [['Secrets', ['"Wait, don’t go"', '"Stay"']]]],
    // One prompt after a dash is the prompt, unless most days have a theme that way.
    ['Day 1: Rain - umbrellas\nDay 2: Fog', [['Rain - umbrellas'], ['Fog']]],
    [
      'Day 1: Rain - umbrellas\nDay 2: Fog - lighthouses',
      [
        ['Rain', ['umbrellas']],
        ['Fog', ['lighthouses']],
      ],
    ],
    // Numbered prompts under each day.
    [
      'Day 1: Spooky\n1. ghosts\n2. bats\nDay 2: Cosy\n1. tea\n2. blankets',
      [
        ['Spooky', ['ghosts', 'bats']],
        ['Cosy', ['tea', 'blankets']],
      ],
    ],
    // Blank lines between a theme and its prompts.
    [
      'Day 1: Fluff\n\nHolding hands\n\nDay 2: Hurt\n\nBruises',
      [
        ['Fluff', ['Holding hands']],
        ['Hurt', ['Bruises']],
      ],
    ],
  ] as [string, unknown[]][])('%j', (text, expected) => {
    expect(shape(read(text).days)).toStrictEqual(expected);
  });

  it('a number alone on its line, then the theme, then its prompts; week headings not used', () => {
    const list = read(
      'WHUMPTOBER 2024\n\nWEEK ONE: SHAKEN\nNo. 1\nSHAKEN\nPanic attack | Trembling\nNo. 2\nLOST\nCold | Search party\nNo. 3\nBlood\nTears',
    );
    expect(shape(list.days)).toStrictEqual([
      ['SHAKEN', ['Panic attack', 'Trembling']],
      ['LOST', ['Cold', 'Search party']],
      ['Blood', 'Tears'],
    ]);
    expect(texts(list)).toStrictEqual(['WHUMPTOBER 2024', 'WEEK ONE: SHAKEN']);
  });

  it('on the same line, separated by /, | or "or", with an introduction and hashtags around them', () => {
    const list = read(fixture('fictober-same-line.txt'));
    expect(shape(list.days)).toStrictEqual([
      ['Arrival', ['"You\'re late."', '"I came as fast as I could."', '"Sit down."']],
      ['Secrets', ['"Can you keep a secret?"', '"Don\'t tell anyone."', '"I already know."']],
      ['Storm', ['"It\'s just thunder."', '"Stay inside tonight."']],
      ['Market', ['haggling', 'a stolen apple', 'the last loaf of bread']],
      ['Lost', ['"Where are we?"', '"I think we\'re lost."', '"Trust me."']],
      ['Home', ['"Welcome back."', '"I missed you."']],
    ]);
    expect(list.unused.map((u) => u.line)).toStrictEqual([1, 3, 12]);
  });
});

describe('dated lines', () => {
  it.each([
    ['October 1st – Ghosts\nOctober 2nd – Bats'],
    ['Oct 1: Ghosts\nOct 2: Bats'],
    ['1 October Ghosts\n2 October Bats'],
    ['1st October - Ghosts\n2nd October - Bats'],
    ['Wednesday, October 1: Ghosts\nThursday, October 2: Bats'],
    ['10/1 Ghosts\n10/2 Bats'],
    ['1/10: Ghosts\n2/10: Bats'],
    ['10/01/2025 - Ghosts\n10/02/2025 - Bats'],
  ])('%j gives the dates when the year is known', (text) => {
    const list = read(`Event dates: October 1 – 31\n\n${text}`, { year: 2025 });
    expect(list.days).toStrictEqual([
      { day: 1, date: '2025-10-01', prompts: ['Ghosts'] },
      { day: 2, date: '2025-10-02', prompts: ['Bats'] },
    ]);
    expect(texts(list)).toStrictEqual(['Event dates: October 1 – 31']);
  });

  it('DAY 1: Wednesday, Dec 20 — numbered and dated, over the year’s end, the year from the title', () => {
    const list = read(fixture('winter-dated.txt'));
    expect(list.days).toHaveLength(13);
    expect(list.days[0]).toStrictEqual({ day: 1, date: '2025-12-20', prompts: ['Frostbite'] });
    expect(list.days[12]).toStrictEqual({ day: 13, date: '2026-01-01', prompts: ['New beginnings'] });
    expect(list.unused.map((u) => u.line)).toStrictEqual([1, 2, 18, 19, 20]);
  });

  it('12/1 lists of December run into January', () => {
    const text = '12/30 Snow\n12/31 Fireworks\n1/1 Resolutions\n1/2 Back to work';
    expect(read(text, { year: 2025 }).days.map((d) => d.date)).toStrictEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });

  it('without any year: day numbers only', () => {
    expect(read('Oct 1: Ghosts\nOct 2: Bats').days).toStrictEqual([
      { day: 1, prompts: ['Ghosts'] },
      { day: 2, prompts: ['Bats'] },
    ]);
  });

  it('a date inside a dated list’s prompt, or far from the others, is a prompt', () => {
    const list = read('Oct 1: Ghosts\nOct 2: Bats\nMarch 15 betrayal\nOct 3: Moon', { year: 2025 });
    expect(list.days.map((d) => d.prompts)).toStrictEqual([['Ghosts'], ['Bats'], ['Moon']]);
    expect(texts(list)).toStrictEqual(['March 15 betrayal']);
  });
});

describe('one prompt a line', () => {
  it('dates and numbers inside prompts do not switch the list to another layout', () => {
    const list = read(fixture('one-a-line-dates-inside.txt'));
    expect(list.layout).toBe('one a line');
    expect(list.days.map((d) => d.prompts[0])).toStrictEqual([
      'Ghosts',
      'Bats',
      '4th of July picnic gone wrong',
      'Haunted lighthouse',
      'March 15 betrayal',
      'Full moon',
      'Witch’s familiar'.replace('’', "'"),
      '1000 candles',
      'Graveyard shift',
      'Scarecrow',
    ]);
    expect(texts(list)).toStrictEqual(['Spooktober prompts 2025!', 'See you in October!']);
  });

  it('a gloss in parentheses stays with its prompt, on its line or the next', () => {
    const list = read(fixture('glosses.txt'));
    expect(list.days.map((d) => d.prompts)).toStrictEqual([
      ['Stitch (sewing, wounds, or a stitch in time)'],
      ['Hollow (an empty place, or an empty feeling)'],
      ['Lantern (a light in the dark)'],
      ['Thorn'],
      ['Moth (drawn to the flame)'],
      ['Ember'],
    ]);
  });
});

describe('lists on one line', () => {
  it('an image description of a whole month', () => {
    const list = read(fixture('inktober-alt-text.txt'));
    expect(list.layout).toBe('inline');
    expect(list.days).toHaveLength(31);
    expect(list.days[30]).toStrictEqual({ day: 31, prompts: ['Dusk'] });
    expect(list.unused).toStrictEqual([
      { line: 1, text: 'INKDROP 2025 prompt list!' },
      {
        line: 2,
        text: '[Image description: an orange card with thirty-one words in white. Text reads: … End description]',
      },
      { line: 3, text: 'Reblogs appreciated! #inkdrop #inkdrop2025' },
    ]);
  });

  it.each([
    ['1. Train 2. Smoke 3. Tunnel', ['Train', 'Smoke', 'Tunnel']],
    ['Day 1: Train, Day 2: Smoke, Day 3: Tunnel', ['Train', 'Smoke', 'Tunnel']],
    ['1 moon 2 hunt 3 blood 4 howl\n5 silver 6 chase', ['moon', 'hunt', 'blood', 'howl', 'silver', 'chase']],
  ])('%j', (text, prompts) => {
    expect(read(text).days.map((d) => d.prompts[0])).toStrictEqual(prompts);
  });
});

describe('alternates pools', () => {
  it.each([
    ['Alt prompts:\n- Fever\n- Chills'],
    ['Alternates\n• Fever\n• Chills'],
    ['Bonus prompts:\nFever\nChills'],
    ['Alternative prompts: Fever, Chills'],
    ['ALTERNATIVE PROMPTS\n1. Fever\n2. Chills'],
    ['Backup prompts — Fever | Chills'],
  ])('%j', (pool) => {
    const list = read(`1. Blood\n2. Tears\n\n${pool}\n\n#whump`);
    expect(list.alternates).toStrictEqual(['Fever', 'Chills']);
    expect(shape(list.days)).toStrictEqual([['Blood'], ['Tears']]);
    expect(texts(list)).toStrictEqual(['#whump']);
  });
});

describe('a paragraph under a day is its description', () => {
  it('shown with the day, the introduction left as unused', () => {
    const list = read(fixture('descriptions.txt'));
    expect(list.days.map((d) => [d.prompts, d.description])).toStrictEqual([
      [
        ['Selkie'],
        'A seal that sheds its skin to walk on land. Whoever hides the skin keeps the selkie, until it is found again.',
      ],
      [["Will-o'-the-wisp"], 'Lights over the marsh at night that lead travellers off the path.'],
      [
        ['Banshee'],
        'Her wail foretells a death in the family. Some say she washes the clothes of those about to die.',
      ],
      [['Kitsune'], 'Fox spirits who grow a new tail every hundred years.'],
    ]);
    expect(list.unused.map((u) => u.line)).toStrictEqual([1, 2]);
  });

  it('under a theme and its prompts, and in a list of one prompt a line', () => {
    const themed = read(
      'Day 1: Beginnings\nfirst snow\ncold hands\nWrite about how it all started, or how it ends.\nDay 2: Hearth\ncandlelight',
    );
    expect(themed.days[0]).toStrictEqual({
      day: 1,
      title: 'Beginnings',
      description: 'Write about how it all started, or how it ends.',
      prompts: ['first snow', 'cold hands'],
    });
    const plain = read('Stitch\nMask\nThe face we show the world, and the one we hide.\nBlade\nThorn');
    expect(plain.days[1]).toStrictEqual({
      day: 2,
      description: 'The face we show the world, and the one we hide.',
      prompts: ['Mask'],
    });
  });
});

describe('text copied with a web page’s buttons', () => {
  it('repeated button labels are not prompts', () => {
    const list = read(fixture('whumptober-copied.txt'));
    expect(list.days.map((d) => d.prompts[0])).toStrictEqual([
      'Panic attack',
      'Lost in the woods',
      'Broken glass',
      'Fever dream',
      'Kidnapped',
      'Concussion',
    ]);
    expect(new Set(texts(list))).toStrictEqual(
      new Set(['Whumptober 2025 Prompt List', 'Reblog', 'Like', 'Copy', 'Share']),
    );
  });

  it.each([
    ['Stitch\n♡ 12\nMask\n♡ 40\nBlade\n♡ 3', ['Stitch', 'Mask', 'Blade']],
    ['Stitch\nRead more\nMask\nRead more\nBlade', ['Stitch', 'Mask', 'Blade']],
    ['Stitch\n12 notes\nMask\n8 notes\nBlade\n1.2k notes', ['Stitch', 'Mask', 'Blade']],
    // A prompt that comes back now and then is a prompt.
    [
      'Stitch\nFree day\nMask\nBlade\nThorn\nFree day\nMoth\nCrown\nFog\nFree day\nKey\nBone',
      [
        'Stitch',
        'Free day',
        'Mask',
        'Blade',
        'Thorn',
        'Free day',
        'Moth',
        'Crown',
        'Fog',
        'Free day',
        'Key',
        'Bone',
      ],
    ],
  ])('%j', (text, prompts) => {
    expect(read(text).days.map((d) => d.prompts[0])).toStrictEqual(prompts);
  });
});

describe('when two layouts explain the list about equally', () => {
  it('the preview is told so', () => {
    const list = read('1. Ghosts\n2. Bats\n3. Moon\n\nOct 1: Stars\nOct 2: Comets\nOct 3: Dusk');
    expect(list.note).toMatch(/^Read as numbered days \(3 days\); read as dated days it would give 3 days/);
    expect(texts(list)).toStrictEqual(['Oct 1: Stars', 'Oct 2: Comets', 'Oct 3: Dusk']);
  });

  it('and not when one clearly explains more', () => {
    expect(read(fixture('whumptober.txt')).note).toBeUndefined();
    expect(read(fixture('inktober.txt')).note).toBeUndefined();
  });
});
