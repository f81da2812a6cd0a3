import { describe, expect, it } from 'vitest';
import { candidates, datedHeads, normalDates, numberedHeads } from '../../src/domain/prompt-heads.ts';
import type { DateLabel } from '../../src/domain/prompt-labels.ts';
import { toLines } from '../../src/domain/prompt-lines.ts';

const all = () => true;
const heads = (text: string, taken: (i: number) => boolean = () => false) => {
  const lines = toLines(text);
  return numberedHeads(
    lines,
    lines.filter((l) => l.num).map((l) => l.index),
    taken,
  );
};

describe('candidates', () => {
  const text =
    '1. a\nDay 2: b\n3 c\nOct 4: d\n> 5. e\nOctober 1 – 31\n#6 f\n7 (Oct 7) g\nNo. 8 h\nPrompt 9: i\n10. Oct 10 j';
  const lines = toLines(text);
  it.each([
    [{ kind: 'number' }, [0, 1, 6, 8, 9, 10]],
    [{ kind: 'number', family: 'bare' }, [0, 10]],
    [{ kind: 'number', family: 'day' }, [1]],
    [{ kind: 'number', family: 'spaced' }, [2, 7]],
    [{ kind: 'number', family: 'hash' }, [6]],
    [{ kind: 'number', family: 'no' }, [8]],
    [{ kind: 'number', family: 'prompt' }, [9]],
    // A date after a spaced number is not the day's label.
    [{ kind: 'date' }, [3, 10]],
  ] as const)('%j', (kind, found) => {
    expect(candidates(lines, all, kind)).toStrictEqual(found);
  });

  it('leaves out the lines that are not free', () => {
    expect(candidates(lines, (i) => i !== 0 && i !== 3, { kind: 'number' })).toStrictEqual([1, 6, 8, 9, 10]);
    expect(candidates(lines, (i) => i !== 10, { kind: 'date' })).toStrictEqual([3]);
  });
});

describe('numberedHeads', () => {
  it.each([
    ['', { heads: [], errors: [] }],
    ['1. a\n2. b', { heads: [0, 1], errors: [] }],
    ['1. a\n2. b\nx\n1. c\n2. d\n3. e', { heads: [3, 4, 5], errors: [] }],
    ['1. a\n2. b\n3. c\nx\n1. d\n2. e', { heads: [0, 1, 2], errors: [] }],
    [
      '1. a\n2. b\n\n1. c\n2. d\n3. e',
      { heads: [3, 4, 5], errors: ['Day 1 appears twice (lines 1 and 4).'] },
    ],
    ['1. a\n2. b\n3. c\n\n1. d', { heads: [0, 1, 2], errors: ['Day 1 appears twice (lines 1 and 5).'] }],
    ['1. a\n1. b', { heads: [0], errors: ['Day 1 appears twice (lines 1 and 2).'] }],
    [
      '1. a\n2. b\nx\n1. c\n2. d',
      {
        heads: [0, 1],
        errors: ['The list numbers its days from 1 twice (lines 1 and 4); paste one list at a time.'],
      },
    ],
    [
      '1. a\n2. b\nx\n1. c\n2. d\n3. e\ny\n1. f\n2. g\n3. h',
      {
        heads: [3, 4, 5],
        errors: ['The list numbers its days from 1 twice (lines 4 and 8); paste one list at a time.'],
      },
    ],
    [
      '1. a\n2. b\n3. c\nx\n1. d\ny\n1. e\n2. f\n3. g',
      {
        heads: [0, 1, 2],
        errors: ['The list numbers its days from 1 twice (lines 1 and 7); paste one list at a time.'],
      },
    ],
    // Numbers from 0: the 1 after the 0 goes on the same list.
    ['0. a\n1. b', { heads: [0, 1], errors: ['Day 0 is not a day (line 1); number the days from 1.'] }],
    [
      '1. a\n3. c\n2. b',
      { heads: [0, 1, 2], errors: ['Day 2 comes after day 3 (line 3); put the days in order.'] },
    ],
    ['1. a\n2. b\n2. c', { heads: [0, 1, 2], errors: ['Day 2 appears twice (lines 2 and 3).'] }],
    ['1. a\n4. d', { heads: [0, 1], errors: ['Day 2 is missing.', 'Day 3 is missing.'] }],
    ['2. b\n3. c', { heads: [0, 1], errors: ['Day 1 is missing.'] }],
    [
      '1. a\n367. b',
      { heads: [0, 1], errors: ['The list numbers days up to 367; an event has at most 366.'] },
    ],
  ])('%j', (text, out) => {
    expect(heads(text)).toStrictEqual(out);
  });

  it('lines taken by a pool or a note do not part two lists', () => {
    expect(heads('1. a\n2. b\nx\n1. c\n2. d\n3. e', (i) => i === 2)).toStrictEqual({
      heads: [3, 4, 5],
      errors: ['Day 1 appears twice (lines 1 and 4).'],
    });
  });

  it('takes days up to 366, not 367', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. p`).join('\n');
    expect(heads(list(366)).errors).toStrictEqual([]);
    expect(heads(list(367)).errors).toStrictEqual(['The list has 367 days; an event has at most 366.']);
    const gap = heads('1. a\n366. b').errors;
    expect(gap).toHaveLength(364);
    expect([gap[0], gap.at(-1)]).toStrictEqual(['Day 2 is missing.', 'Day 365 is missing.']);
  });
});

describe('normalDates', () => {
  const slash = (a: number, b: number, year?: number): DateLabel => ({
    month: a,
    day: b,
    slash: [a, b],
    ...(year ? { year } : {}),
    rest: '',
  });
  it.each([
    [
      [slash(12, 1), slash(12, 2)],
      [
        { month: 12, day: 1 },
        { month: 12, day: 2 },
      ],
    ],
    [
      [slash(1, 12), slash(2, 12)],
      [
        { month: 12, day: 1 },
        { month: 12, day: 2 },
      ],
    ],
    [
      [slash(13, 10), slash(14, 10)],
      [
        { month: 10, day: 13 },
        { month: 10, day: 14 },
      ],
    ],
    [
      [slash(10, 13), slash(10, 14)],
      [
        { month: 10, day: 13 },
        { month: 10, day: 14 },
      ],
    ],
    // A first number past 12 decides, even after a second one past 12.
    [
      [slash(1, 13), slash(13, 1)],
      [
        { month: 13, day: 1 },
        { month: 1, day: 13 },
      ],
    ],
    // Both counting, or neither: month first.
    [
      [slash(1, 1), slash(2, 2)],
      [
        { month: 1, day: 1 },
        { month: 2, day: 2 },
      ],
    ],
    [[slash(5, 5)], [{ month: 5, day: 5 }]],
    [
      [slash(1, 2), slash(2, 2), slash(3, 2)],
      [
        { month: 2, day: 1 },
        { month: 2, day: 2 },
        { month: 2, day: 3 },
      ],
    ],
    [
      [slash(12, 1, 2025), slash(12, 2, 2025)],
      [
        { month: 12, day: 1, year: 2025 },
        { month: 12, day: 2, year: 2025 },
      ],
    ],
    [
      [{ month: 10, day: 1, year: 2026, rest: 'x' }, slash(2, 10)],
      [
        { month: 10, day: 1, year: 2026 },
        { month: 2, day: 10 },
      ],
    ],
    [[], []],
  ] as [DateLabel[], object[]][])('%j', (labels, dates) => {
    expect(normalDates(labels)).toStrictEqual(dates);
  });
});

describe('datedHeads', () => {
  const dated = (text: string) => {
    const lines = toLines(text);
    return datedHeads(
      lines,
      lines.filter((l) => l.date).map((l) => l.index),
    );
  };
  it.each([
    [
      'Oct 1: a\nOct 2: b',
      [0, 1],
      [
        { month: 10, day: 1 },
        { month: 10, day: 2 },
      ],
    ],
    [
      'Oct 1: a\nOct 2: b\nMarch 15 c\nOct 3: d',
      [0, 1, 3],
      [
        { month: 10, day: 1 },
        { month: 10, day: 2 },
        { month: 10, day: 3 },
      ],
    ],
    [
      'Oct 1: a\nOct 4: b',
      [0, 1],
      [
        { month: 10, day: 1 },
        { month: 10, day: 4 },
      ],
    ],
    ['Oct 1: a\nOct 5: b', [0], [{ month: 10, day: 1 }]],
    [
      'Oct 4: a\nOct 1: b',
      [0, 1],
      [
        { month: 10, day: 4 },
        { month: 10, day: 1 },
      ],
    ],
    ['Oct 5: a\nOct 1: b', [0], [{ month: 10, day: 5 }]],
    [
      'Oct 1: a\nOct 1: b',
      [0, 1],
      [
        { month: 10, day: 1 },
        { month: 10, day: 1 },
      ],
    ],
    [
      'Dec 31: a\nJan 1: b',
      [0, 1],
      [
        { month: 12, day: 31 },
        { month: 1, day: 1 },
      ],
    ],
    ['Jan 1: a\nDec 31: b', [0], [{ month: 1, day: 1 }]],
    [
      'Jan 31: a\nFeb 1: b',
      [0, 1],
      [
        { month: 1, day: 31 },
        { month: 2, day: 1 },
      ],
    ],
    [
      'Feb 28: a\nMar 1: b',
      [0, 1],
      [
        { month: 2, day: 28 },
        { month: 2 + 1, day: 1 },
      ],
    ],
    [
      'Nov 30: a\nDec 1: b',
      [0, 1],
      [
        { month: 11, day: 30 },
        { month: 12, day: 1 },
      ],
    ],
    [
      'Jun 30: a\nJul 1: b',
      [0, 1],
      [
        { month: 6, day: 30 },
        { month: 7, day: 1 },
      ],
    ],
    [
      'Mar 15 a\nOct 1: b\nOct 2: c',
      [1, 2],
      [
        { month: 10, day: 1 },
        { month: 10, day: 2 },
      ],
    ],
    ['Mar 1 a\nApr 1 b\nMay 1 c\nJun 1 d\nJul 1 e\nOct 1: f\nOct 2: g', [0], [{ month: 3, day: 1 }]],
    [
      'Mar 1 a\nApr 1 b\nMay 1 c\nJun 1 d\nOct 1: f\nOct 2: g',
      [4, 5],
      [
        { month: 10, day: 1 },
        { month: 10, day: 2 },
      ],
    ],
    [
      'Oct 1, 2025: a\nOct 2: b',
      [0, 1],
      [
        { month: 10, day: 1, year: 2025 },
        { month: 10, day: 2 },
      ],
    ],
    [
      '1/10 a\n2/10 b',
      [0, 1],
      [
        { month: 10, day: 1 },
        { month: 10, day: 2 },
      ],
    ],
    ['', [], []],
  ])('%j', (text, found, dates) => {
    expect(dated(text)).toStrictEqual({ heads: found, errors: [], dates });
  });
});
