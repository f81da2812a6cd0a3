import { describe, expect, it } from 'vitest';
import {
  type DayRef,
  findNamedEvent,
  matchWork,
  promptsNamedIn,
  type WorkClues,
} from '../../src/domain/prompt-match.ts';

describe('findNamedEvent', () => {
  it('takes the event of exactly that name over one whose name holds it', () => {
    const events = [
      { slug: 'whump-24', name: 'Whumptober' },
      { slug: 'whump-25', name: 'Whumptober 2025' },
    ];
    expect(findNamedEvent('whumptober', events, null)).toBe('whump-24');
    expect(findNamedEvent('Whumptober 2025', events, null)).toBe('whump-25');
  });

  it('finds no event for a name without letters or digits, even one named by emoji alone', () => {
    expect(findNamedEvent('♥', [{ slug: 'spooky', name: '🎃' }], 'fallback')).toBe('fallback');
  });
});

describe('promptsNamedIn', () => {
  const prompts = [
    { position: 1, text: 'Seat at the table' },
    { position: 2, text: 'The long night' },
    { position: 3, text: '🌙' },
  ];

  it('drops only the article a prompt opens with', () => {
    expect(promptsNamedIn(['Day 5: a seat at the table'], prompts)).toStrictEqual([1]);
    expect(promptsNamedIn(['Day 6: long night'], prompts)).toStrictEqual([2]);
  });

  it('never takes a prompt without words as named, even beside an empty text', () => {
    expect(promptsNamedIn(['The long night', ''], prompts)).toStrictEqual([2]);
  });
});

describe('matchWork: a work without notes', () => {
  it('names no prompt by its missing notes', () => {
    const days: DayRef[] = [
      {
        number: 3,
        prompts: [
          { position: 1, text: 'Was here' },
          { position: 2, text: 'Gone' },
        ],
      },
    ];
    const work: WorkClues = {
      prompts: [{ event: 'Inktober', day: 3, text: null }],
      title: 'Footprints',
      summary: 'Someone left.',
      tags: [],
      collections: [],
      series: [],
    };
    expect(matchWork(work, [{ slug: 'ink', name: 'Inktober' }], () => days, null)).toStrictEqual([
      { event: 'ink', day: 3, prompts: [] },
    ]);
  });
});
