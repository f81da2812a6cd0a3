import { describe, expect, it } from 'vitest';
import {
  describeBreaks,
  type EventRules,
  type FillFacts,
  fillBreaks,
  mergeBreaks,
  promptsCombined,
  type RuleBreak,
  ruleBreaks,
} from '../../src/domain/rules.ts';

const NONE: EventRules = { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null };
const STRICT: EventRules = { lateUntil: '2025-11-07', maxPromptsPerPiece: 2, minWords: 100, maxWords: 5000 };
const ON_TIME: FillFacts = {
  date: '2025-10-02',
  posted: true,
  postedOn: '2025-10-02',
  words: 1000,
  prompts: 1,
};

describe('ruleBreaks', () => {
  it.each([
    // Late: after the day, beyond late_until, or at all when late fills do not count.
    ['on the day', STRICT, {}, []],
    ['posted before its day', STRICT, { postedOn: '2025-09-30' }, []],
    ['late, within late_until', STRICT, { postedOn: '2025-11-07' }, []],
    ['late, beyond late_until', STRICT, { postedOn: '2025-11-08' }, ['late']],
    ['late when late fills do not count', NONE, { postedOn: '2025-10-03' }, ['late']],
    ['posted without a date', NONE, { postedOn: null }, []],
    // Words: the bounds themselves are kept.
    ['at the minimum', STRICT, { words: 100 }, []],
    ['below the minimum', STRICT, { words: 99 }, ['too-short']],
    ['zero words', STRICT, { words: 0 }, ['too-short']],
    ['at the maximum', STRICT, { words: 5000 }, []],
    ['above the maximum', STRICT, { words: 5001 }, ['too-long']],
    ['any length without word rules', NONE, { words: 0 }, []],
    // Prompts combined.
    ['at the prompt limit', STRICT, { prompts: 2 }, []],
    ['over the prompt limit', STRICT, { prompts: 3 }, ['too-many-prompts']],
    ['many prompts without a limit', NONE, { prompts: 30 }, []],
    // Several at once, in a fixed order.
    [
      'late, short and over the limit',
      STRICT,
      { postedOn: '2025-12-01', words: 5, prompts: 4 },
      ['late', 'too-short', 'too-many-prompts'],
    ],
    // Drafts and plans are not judged.
    [
      'a draft that would break every rule',
      STRICT,
      { posted: false, postedOn: '2025-12-01', words: 0, prompts: 9 },
      [],
    ],
  ] as [string, EventRules, Partial<FillFacts>, RuleBreak[]][])('%s', (_label, rules, fill, expected) => {
    expect(ruleBreaks(rules, { ...ON_TIME, ...fill })).toEqual(expected);
  });
});

describe('the helpers around it', () => {
  it('counts the prompts a piece combines in one event; a fill naming none counts as one', () => {
    const fills = [
      { eventId: 1, prompts: [1, 2] },
      { eventId: 1, prompts: [] },
      { eventId: 2, prompts: [1, 2, 3] },
    ];
    expect(promptsCombined(fills, 1)).toBe(3);
    expect(promptsCombined(fills, 2)).toBe(3);
    expect(promptsCombined(fills, 3)).toBe(0);
  });

  it('judges one fill of a piece with its other fills in the same event', () => {
    const piece = {
      status: 'posted',
      postedOn: '2025-10-05',
      words: 50,
      fills: [
        { eventId: 1, prompts: [1, 2] },
        { eventId: 1, prompts: [3] },
      ],
    };
    expect(fillBreaks(piece, { eventId: 1, date: '2025-10-05', rules: STRICT })).toEqual([
      'too-short',
      'too-many-prompts',
    ]);
  });

  it('merges lists in the fixed order and says them in words', () => {
    expect(mergeBreaks(['too-many-prompts', 'late'], ['late', 'too-long'])).toEqual([
      'late',
      'too-long',
      'too-many-prompts',
    ]);
    expect(describeBreaks(['late', 'too-short'])).toBe('Breaks the event’s rules: late, too short.');
    expect(describeBreaks([])).toBe('');
  });
});
