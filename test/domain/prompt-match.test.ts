import { describe, expect, it } from 'vitest';
import {
  type DayRef,
  findNamedEvent,
  type MatchedFill,
  matchPromptPositions,
  matchWork,
  normalise,
  type WorkClues,
} from '../../src/domain/prompt-match.ts';

const EVENTS = [
  { slug: 'whumptober-2025', name: 'Whumptober 2025' },
  { slug: 'fictober-2025', name: 'Fictober 2025' },
  { slug: 'fictober-2024', name: 'Fictober 2024' },
];

describe('normalise', () => {
  it.each([
    ['Whumptober 2025', 'whumptober 2025'],
    ['  “Shaking Hands!” ', 'shaking hands'],
    ['Naïve Café', 'naive cafe'],
    ['No. 5 — RUNNING ON EMPTY', 'no 5 running on empty'],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('findNamedEvent', () => {
  it.each([
    ['Whumptober 2025', 'whumptober-2025'],
    ['whumptober 2025', 'whumptober-2025'],
    ['WHUMPTOBER-2025', 'whumptober-2025'],
    ['Whumptober', 'whumptober-2025'],
    ['Fictober', null],
    ['Fictober 2024', 'fictober-2024'],
    ['Inktober 2025', null],
    [null, null],
  ])('%j → %j', (name, slug) => {
    expect(findNamedEvent(name, EVENTS, null)).toBe(slug);
  });

  it('falls back to the chosen event when the name is missing or unknown', () => {
    expect(findNamedEvent(null, EVENTS, 'fictober-2025')).toBe('fictober-2025');
    expect(findNamedEvent('Inktober', EVENTS, 'fictober-2025')).toBe('fictober-2025');
  });
});

describe('matchPromptPositions', () => {
  const prompts = [
    { position: 1, text: 'Exhaustion' },
    { position: 2, text: 'Fainting' },
    { position: 3, text: 'Dehydration' },
  ];
  it.each([
    ['“Fainting”', [2]],
    ['Exhaustion | Dehydration', [1, 3]],
    ['exhaustion', [1]],
    ['Faintingly', []],
    ['Running on empty', []],
    [null, []],
  ])('%j → %j', (text, positions) => {
    expect(matchPromptPositions(text, prompts)).toEqual(positions);
  });
});

describe('matchWork: the event days a work fills, and the prompts it names', () => {
  const days: Record<string, DayRef[]> = {
    'whumptober-2025': [
      {
        number: 1,
        prompts: [
          { position: 1, text: 'Rain' },
          { position: 2, text: 'Paper boats' },
        ],
      },
      {
        number: 2,
        prompts: [
          { position: 1, text: 'A seat at the table' },
          { position: 2, text: 'Shaking Hands' },
        ],
      },
      { number: 3, prompts: [{ position: 1, text: 'Frostbite' }] },
    ],
    'fictober-2025': [{ number: 1, prompts: [{ position: 1, text: 'Stay' }] }],
  };
  const work = (over: Partial<WorkClues>): WorkClues => ({
    prompts: [],
    title: '',
    summary: '',
    notes: '',
    tags: [],
    collections: [],
    series: [],
    ...over,
  });
  const match = (w: WorkClues, chosen: string | null = null) =>
    matchWork(w, EVENTS, (slug) => days[slug] ?? [], chosen);

  it.each<[string, WorkClues, MatchedFill[]]>([
    [
      'the quoted prompt',
      work({ prompts: [{ event: 'Whumptober 2025', day: 2, text: 'Shaking Hands' }] }),
      [{ event: 'whumptober-2025', day: 2, prompts: [2] }],
    ],
    [
      'a quote without its article',
      work({ prompts: [{ event: 'Whumptober 2025', day: 2, text: 'seat at the table' }] }),
      [{ event: 'whumptober-2025', day: 2, prompts: [1] }],
    ],
    [
      'no quote: the title names it',
      work({
        prompts: [{ event: 'Whumptober 2025', day: 1, text: null }],
        title: 'Paper Boats',
        tags: ['Rain'],
      }),
      [{ event: 'whumptober-2025', day: 1, prompts: [2] }],
    ],
    [
      'no quote: the tags name it',
      work({
        prompts: [{ event: 'Whumptober 2025', day: 1, text: null }],
        title: 'Puddles',
        tags: ['Rain', 'Angst'],
      }),
      [{ event: 'whumptober-2025', day: 1, prompts: [1] }],
    ],
    [
      'a day with one prompt',
      work({ prompts: [{ event: 'Whumptober 2025', day: 3, text: null }] }),
      [{ event: 'whumptober-2025', day: 3, prompts: [1] }],
    ],
    [
      'an unnamed day joins the event another prompt names',
      work({
        prompts: [
          { event: 'Whumptober 2025', day: 1, text: 'Rain' },
          { event: null, day: 3, text: null },
        ],
      }),
      [
        { event: 'whumptober-2025', day: 1, prompts: [1] },
        { event: 'whumptober-2025', day: 3, prompts: [1] },
      ],
    ],
    [
      'an unnamed day joins the event a collection names',
      work({ prompts: [{ event: null, day: 1, text: 'Stay' }], collections: ['Fictober 2025'] }),
      [{ event: 'fictober-2025', day: 1, prompts: [1] }],
    ],
    ['an unnamed day with no event anywhere', work({ prompts: [{ event: null, day: 1, text: 'Rain' }] }), []],
  ])('%s', (_, w, expected) => {
    expect(match(w)).toEqual(expected);
  });

  it('the chosen event comes first for an unnamed day', () => {
    const w = work({ prompts: [{ event: null, day: 1, text: 'Stay' }], collections: ['Whumptober 2025'] });
    expect(match(w, 'fictober-2025')).toEqual([{ event: 'fictober-2025', day: 1, prompts: [1] }]);
  });
});
