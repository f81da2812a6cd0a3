import { describe, expect, it } from 'vitest';
import { parsePromptList } from '../../src/domain/prompt-list.ts';
import { applyFix } from '../../src/domain/prompt-list-fix.ts';

describe('parsePromptList: whole results', () => {
  it.each([
    [
      '1. Ghosts\n2. Bats\n3. Moon\n\nOct 1: Stars\nOct 2: Comets\nOct 3: Dusk',
      {
        days: [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
          { day: 3, prompts: ['Moon'] },
        ],
        alternates: [],
        unused: [
          { line: 5, text: 'Oct 1: Stars' },
          { line: 6, text: 'Oct 2: Comets' },
          { line: 7, text: 'Oct 3: Dusk' },
        ],
        layout: 'numbered',
        note: 'Read as numbered days (3 days); read as dated days it would give 3 days and explain about as many lines. Check the days below, and correct the text if they are wrong.',
        lines: { days: [1, 2, 3] },
      },
    ],
    [
      'Intro 2025\n1. a\n2. b\n\nAlternates:\n- x\n- y\n\nBye!',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 2, prompts: ['b'] },
        ],
        alternates: ['x', 'y'],
        unused: [
          { line: 1, text: 'Intro 2025' },
          { line: 9, text: 'Bye!' },
        ],
        layout: 'numbered',
        lines: { days: [2, 3], poolEnd: 7 },
      },
    ],
    [
      'Oct 1: a\nOct 2: b\nWhumptober 2025 rocks',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 2, prompts: ['b'] },
        ],
        alternates: [],
        unused: [{ line: 3, text: 'Whumptober 2025 rocks' }],
        layout: 'dated',
        lines: { days: [1, 2] },
      },
    ],
    [
      'Stitch\n\u00A0Mask\u200B',
      {
        days: [
          { day: 1, prompts: ['Stitch'] },
          { day: 2, prompts: ['Mask'] },
        ],
        alternates: [],
        unused: [],
        layout: 'one a line',
        lines: { days: [1, 2] },
      },
    ],
    [
      'Prompts: 1 a 2 b 3 c',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 2, prompts: ['b'] },
          { day: 3, prompts: ['c'] },
        ],
        alternates: [],
        unused: [{ line: 1, text: 'Prompts:' }],
        layout: 'inline',
        lines: { days: [1, 1, 1] },
      },
    ],
    [
      'Day 1: a\n\nDay 2: b | c\n> desc\n> more',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 2, description: 'desc\nmore', prompts: ['b', 'c'] },
        ],
        alternates: [],
        unused: [],
        layout: 'numbered',
        lines: { days: [1, 3] },
      },
    ],
    // Dates inside a list of one prompt a line are its prompts: no note when plain lines explain more.
    [
      'Ghosts\nBats\nMoon\nOct 1: Stars\nOct 2: Comets',
      {
        days: [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
          { day: 3, prompts: ['Moon'] },
          { day: 4, prompts: ['Oct 1: Stars'] },
          { day: 5, prompts: ['Oct 2: Comets'] },
        ],
        alternates: [],
        unused: [],
        layout: 'one a line',
        lines: { days: [1, 2, 3, 4, 5] },
      },
    ],
  ])('%j', (text, value) => {
    expect(parsePromptList(text)).toStrictEqual({ ok: true, value });
  });

  it.each([
    [
      '1. a\n2. b\n1. c\n2. d',
      {
        errors: ['Day 1 appears twice (lines 1 and 3).'],
        unused: [
          { line: 3, text: '1. c' },
          { line: 4, text: '2. d' },
        ],
      },
    ],
    ['1. a\n12. b', { errors: Array.from({ length: 10 }, (_, i) => `Day ${i + 2} is missing.`), unused: [] }],
    [
      '1. a\n13. b',
      {
        errors: [...Array.from({ length: 9 }, (_, i) => `Day ${i + 2} is missing.`), '…and 2 more problems.'],
        unused: [],
      },
    ],
    [
      'Day 1:\nDay 2: b\nHave fun!',
      { errors: ['Day 1 has no prompt.'], unused: [{ line: 3, text: 'Have fun!' }] },
    ],
  ])('refuses %j', (text, refusal) => {
    expect(parsePromptList(text)).toStrictEqual({ ok: false, ...refusal });
  });

  it.each([
    ['abcdefgh\u0001', 'This does not look like text: paste the prompt list itself.'],
    ['abcdefgh\uFFFD', 'This does not look like text: paste the prompt list itself.'],
    ['abcdefghi\u0001', 'The list contains a control character (U+0001); remove it.'],
    [
      'Blood\u0000Tears and many more words to pass the share',
      'This does not look like text: paste the prompt list itself.',
    ],
    ['#tag', 'No days found: write one prompt per line, or number the days (“1. …” or “Day 1: …”).'],
  ])('refuses %j with one message', (text, error) => {
    expect(parsePromptList(text)).toStrictEqual({ ok: false, errors: [error] });
  });

  it('reads a paste of exactly the size limit, and judges it', () => {
    expect(parsePromptList('a'.repeat(200_000))).toStrictEqual({
      ok: false,
      errors: ['A prompt on day 1 is 200000 characters long; the limit is 500.'],
      unused: [],
    });
  });
});

describe('a prompt that is a quotation with a colon in it', () => {
  it('stays whole: the colon inside the quotes is no title', () => {
    const result = parsePromptList('Day 1: "Wait: no"\nDay 2: “Stop: now”');
    expect(result.ok && result.value.days).toEqual([
      { day: 1, prompts: ['"Wait: no"'] },
      { day: 2, prompts: ['“Stop: now”'] },
    ]);
  });
});

describe('applyFix: messages and the pool', () => {
  const fix = (list: string, kind: 'day' | 'alternate' | 'text', line: number, was: string, text = '') =>
    applyFix(list, { kind, line, was, text });
  const changed = (n: number) => ({
    ok: false,
    error: `Line ${n} has changed since the preview: check the list and preview it again.`,
  });

  it.each([
    [fix('1. a\n2. b\nMoon', 'day', 3, 'Mars'), changed(3)],
    [fix('1. a\n2. b\nMoon', 'day', 9, 'Moon'), changed(9)],
    [fix('1. a\n2. b\nMoon', 'day', 3, '  '), changed(3)],
    [fix('1. a\n2. b\nMoon', 'day', 0, 'Moon'), changed(0)],
    [
      fix('1. a\n3. b\nMoon', 'day', 3, 'Moon'),
      { ok: false, error: 'Correct the list’s problems first; then lines can be made days.' },
    ],
    [fix('1. a\n3. b\nMoon', 'text', 3, 'Moon', 'x\ny'), { ok: true, list: '1. a\n3. b\nx\ny' }],
    [
      fix('1. a\n2. b\nMoon', 'alternate', 3, 'Moon', 'Mars'),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\n- Mars' },
    ],
    [
      fix('1. a\n2. b\nMoon\n\n', 'alternate', 3, ' Moon ', '  '),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\n- Moon' },
    ],
    [
      fix('1. a\n2. b\nMoon\n\nAlternates: x', 'alternate', 3, 'Moon'),
      { ok: true, list: '1. a\n2. b\n\nAlternates: x\nAlternates: Moon' },
    ],
    [
      fix('1. a\n2. b\nMoon\n\nAlternates:\n- x', 'alternate', 3, 'Moon'),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\n- x\n- Moon' },
    ],
    [
      fix('1. a\n2. b\nMoon\n\nAlternates:\n1. x', 'alternate', 3, 'Moon'),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\n1. x\n2. Moon' },
    ],
    [
      fix('1. a\n2. b\nMoon\n\nAlternates:\nx\ny', 'alternate', 3, 'Moon'),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\nx\ny\nMoon' },
    ],
    [
      fix('1. a\n2. b\n\nAlternates:\n- x\nMoon', 'alternate', 6, 'Moon'),
      { ok: true, list: '1. a\n2. b\n\nAlternates:\n- x\n- Moon' },
    ],
    [fix('Stitch\nMask\nHave fun!', 'day', 3, 'Have fun!'), { ok: true, list: 'Stitch\nMask\n- Have fun!' }],
  ])('%#', (result, expected) => {
    expect(result).toStrictEqual(expected);
  });
});
