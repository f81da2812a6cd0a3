import { describe, expect, it } from 'vitest';
import {
  type DayRef,
  findNamedEvent,
  matchPromptPositions,
  matchWork,
  normalise,
  promptsNamedIn,
  type WorkClues,
} from '../../src/domain/prompt-match.ts';

const EVENTS = [
  { slug: 'ink', name: 'Inktober' },
  { slug: 'whump-25', name: 'Whumptober 2025' },
  { slug: 'fluff', name: 'Flufftober Cosy' },
  { slug: 'fluff-x', name: 'Flufftober Extra' },
];

describe('normalise', () => {
  it.each([
    ['', ''],
    ['!!!', ''],
    ['Ｆｉｃｔｏｂｅｒ', 'fictober'],
    ['a_b--c', 'a b c'],
    ['Ça  va\n', 'ca va'],
  ])('%j → %j', (text, out) => {
    expect(normalise(text)).toBe(out);
  });
});

describe('findNamedEvent', () => {
  it.each<[string | null, string | null]>([
    ['', 'fb'],
    ['!!', 'fb'],
    ['ink', 'ink'],
    ['WHUMP 25', 'whump-25'],
    ['Whumptober', 'whump-25'],
    ['Whumptober 2025 event', 'whump-25'],
    ['Flufftober', 'fb'],
    ['Flufftober Cosy', 'fluff'],
    ['Cosy', 'fluff'],
    ['Ink', 'ink'],
    ['Inktob', 'fb'],
    ['2025', 'whump-25'],
  ])('%j → %j', (name, slug) => {
    expect(findNamedEvent(name, EVENTS, 'fb')).toBe(slug);
  });

  it('needs four characters on both sides for a partial match', () => {
    expect(findNamedEvent('abc', [{ slug: 's', name: 'abc def' }], null)).toBeNull();
    expect(findNamedEvent('abcd', [{ slug: 's', name: 'abcd def' }], null)).toBe('s');
    expect(findNamedEvent('abc def', [{ slug: 's', name: 'abc' }], null)).toBeNull();
    expect(findNamedEvent('abcd def', [{ slug: 's', name: 'abcd' }], null)).toBe('s');
  });
});

const PROMPTS = [
  { position: 1, text: 'The Fever' },
  { position: 2, text: 'Fever dream' },
  { position: 3, text: '!!!' },
  { position: 4, text: 'An Ache' },
];

describe('matchPromptPositions and promptsNamedIn', () => {
  it.each<[string | null, number[]]>([
    [null, []],
    ['', []],
    ['the fever', [1]],
    ['Fever', []],
    ['“Fever dream” / an ache', [2, 4]],
    ['fever dreams', []],
  ])('matchPromptPositions(%j)', (text, positions) => {
    expect(matchPromptPositions(text, PROMPTS)).toEqual(positions);
  });

  it.each<[string[], number[]]>([
    [[], []],
    [['fever'], [1]],
    [['A fever dream'], [1, 2]],
    [['ache'], [4]],
    [['an ache'], [4]],
    [['the'], []],
    [['x', 'ACHE!'], [4]],
    [['feverish'], []],
  ])('promptsNamedIn(%j)', (texts, positions) => {
    expect(promptsNamedIn(texts, PROMPTS)).toEqual(positions);
  });
});

describe('matchWork', () => {
  const DAYS: Record<string, DayRef[]> = {
    ink: [
      { number: 1, prompts: [{ position: 1, text: 'Dream' }] },
      {
        number: 2,
        prompts: [
          { position: 1, text: 'Spiders' },
          { position: 2, text: 'Ghost' },
        ],
      },
    ],
    'whump-25': [
      {
        number: 2,
        prompts: [
          { position: 1, text: 'Fever' },
          { position: 2, text: 'Chills' },
        ],
      },
    ],
  };
  const daysOf = (slug: string) => DAYS[slug] ?? [];
  const work = (extra: Partial<WorkClues>): WorkClues => ({
    prompts: [],
    title: '',
    summary: '',
    tags: [],
    collections: [],
    series: [],
    ...extra,
  });
  const p = (event: string | null, day: number, text: string | null = null) => ({ event, day, text });

  it.each<[string, WorkClues, string | null, unknown]>([
    ['no prompts', work({}), 'ink', []],
    [
      'an unnamed day in the chosen event',
      work({ prompts: [p(null, 1)] }),
      'ink',
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    ['no event at all', work({ prompts: [p(null, 1)] }), null, []],
    ['a day the event lacks', work({ prompts: [p('Inktober', 9)] }), null, []],
    [
      'the quoted text first',
      work({ prompts: [p('Inktober', 2, 'Ghost')], title: 'Spiders' }),
      null,
      [{ event: 'ink', day: 2, prompts: [2] }],
    ],
    [
      'then the title',
      work({ prompts: [p('Inktober', 2, 'x')], title: 'Spiders', tags: ['Ghost'] }),
      null,
      [{ event: 'ink', day: 2, prompts: [1] }],
    ],
    [
      'then the tags',
      work({ prompts: [p('Inktober', 2)], tags: ['Ghost'], summary: 'Spiders' }),
      null,
      [{ event: 'ink', day: 2, prompts: [2] }],
    ],
    [
      'then the summary',
      work({ prompts: [p('Inktober', 2)], summary: 'spiders!' }),
      null,
      [{ event: 'ink', day: 2, prompts: [1] }],
    ],
    [
      'then the notes',
      work({ prompts: [p('Inktober', 2)], notes: 'a ghost' }),
      null,
      [{ event: 'ink', day: 2, prompts: [2] }],
    ],
    [
      'nothing named, two prompts',
      work({ prompts: [p('Inktober', 2)] }),
      null,
      [{ event: 'ink', day: 2, prompts: [] }],
    ],
    [
      'an unknown event falls back to the chosen one',
      work({ prompts: [p('Nope', 1)] }),
      'ink',
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    ['an unknown event without a chosen one', work({ prompts: [p('Nope', 1)] }), null, []],
    [
      'an unnamed day follows another prompt’s event',
      work({ prompts: [p(null, 2, 'Fever'), p('Whumptober 2025', 2)] }),
      null,
      [{ event: 'whump-25', day: 2, prompts: [1] }],
    ],
    [
      'the tags hint the event',
      work({ prompts: [p(null, 1)], tags: ['x', 'Inktober'] }),
      null,
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    [
      'the collections hint it',
      work({ prompts: [p(null, 1)], collections: ['Inktober'] }),
      null,
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    [
      'the series hints it',
      work({ prompts: [p(null, 1)], series: [{ name: 'Inktober' }] }),
      null,
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    [
      'the chosen event beats a hint',
      work({ prompts: [p(null, 2)], tags: ['Inktober'] }),
      'whump-25',
      [{ event: 'whump-25', day: 2, prompts: [] }],
    ],
    [
      'one fill per event and day',
      work({ prompts: [p('Inktober', 1), p('ink', 1, 'Dream')] }),
      null,
      [{ event: 'ink', day: 1, prompts: [1] }],
    ],
    [
      'two events, two fills',
      work({ prompts: [p('Inktober', 2, 'Spiders'), p('Whumptober 2025', 2, 'Chills')] }),
      null,
      [
        { event: 'ink', day: 2, prompts: [1] },
        { event: 'whump-25', day: 2, prompts: [2] },
      ],
    ],
  ])('%s', (_, clues, chosen, fills) => {
    expect(matchWork(clues, EVENTS, daysOf, chosen)).toEqual(fills);
  });
});
