import { describe, expect, it } from 'vitest';
import { parsePromptList, serialisePromptList } from '../../src/domain/prompt-list.ts';

const note = (best: string, rival: string) =>
  `Read as ${best}; read as ${rival} and explain about as many lines. Check the days below, and correct the text if they are wrong.`;

describe('the note on another reading that explains about as much', () => {
  it('counts one day as “1 day”', () => {
    const text =
      'Day 1: Comfort\n1) Blankets\n2) Cocoa\n3) Rain on the window\n4) A long bath\n5) Old letters\n6) Soup';
    expect(parsePromptList(text)).toEqual({
      ok: true,
      value: {
        days: [
          {
            day: 1,
            title: 'Comfort',
            prompts: ['Blankets', 'Cocoa', 'Rain on the window', 'A long bath', 'Old letters', 'Soup'],
          },
        ],
        alternates: [],
        unused: [],
        layout: 'numbered',
        note: note('numbered days (1 day)', 'numbered days it would give 6 days'),
        lines: { days: [1] },
      },
    });
  });

  const tracks = (whump: string[], fluff: string[], angst: string[]) =>
    [
      'Whump track:',
      ...whump.map((p, i) => `#${i + 1} ${p}`),
      '',
      'Fluff track:',
      ...fluff.map((p, i) => `${i + 1}. ${p}`),
      '',
      'Angst track:',
      ...angst.map((p, i) => `Oct ${i + 1}: ${p}`),
    ].join('\n');
  /** The lines of the fluff and angst tracks, not used: the whump track is read as the days. */
  const otherTracks = (from: number, fluff: string[], angst: string[]) => [
    { line: from, text: 'Fluff track:' },
    ...fluff.map((p, i) => ({ line: from + 1 + i, text: `${i + 1}. ${p}` })),
    { line: from + fluff.length + 2, text: 'Angst track:' },
    ...angst.map((p, i) => ({ line: from + fluff.length + 3 + i, text: `Oct ${i + 1}: ${p}` })),
  ];

  /** Days 1, 2, … with one prompt each. */
  const oneEach = (prompts: string[]) => prompts.map((p, i) => ({ day: i + 1, prompts: [p] }));

  it('names the first of the other readings that explain as much, of three tracks as long as each other', () => {
    const fluff = ['Blankets', 'Cocoa', 'Rain', 'Letters'];
    const angst = ['Goodbyes', 'Scars', 'Silence', 'Ashes'];
    const result = parsePromptList(tracks(['Bruises', 'Fever', 'Stitches', 'Collapse'], fluff, angst));
    expect(result).toEqual({
      ok: true,
      value: {
        days: oneEach(['Bruises', 'Fever', 'Stitches', 'Collapse']),
        alternates: [],
        unused: [{ line: 1, text: 'Whump track:' }, ...otherTracks(7, fluff, angst)],
        layout: 'numbered',
        note: note('numbered days (4 days)', 'numbered days it would give 4 days'),
        lines: { days: [2, 3, 4, 5] },
      },
    });
  });

  it('names the other reading that explains the most, though a weaker one comes first', () => {
    const fluff = ['Blankets', 'Cocoa', 'Rain', 'Letters'];
    const angst = ['Goodbyes', 'Scars', 'Silence', 'Ashes', 'Regret'];
    const result = parsePromptList(
      tracks(['Bruises', 'Fever', 'Stitches', 'Collapse', 'Rescue'], fluff, angst),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        days: oneEach(['Bruises', 'Fever', 'Stitches', 'Collapse', 'Rescue']),
        alternates: [],
        unused: [{ line: 1, text: 'Whump track:' }, ...otherTracks(8, fluff, angst)],
        layout: 'numbered',
        note: note('numbered days (5 days)', 'dated days it would give 5 days'),
        lines: { days: [2, 3, 4, 5, 6] },
      },
    });
  });
});

describe('serialisePromptList: descriptions', () => {
  it('writes no empty “>” line for a blank line in a description, nor for an empty description', () => {
    const text = serialisePromptList({
      days: [
        { day: 1, description: 'Write it short.\n\nPost it by midnight.', prompts: ['Ghosts'] },
        { day: 2, title: 'Night', description: '', prompts: ['Bats'] },
      ],
      alternates: [],
    });
    expect(text).toBe('Day 1: Ghosts\n> Write it short.\n> Post it by midnight.\nDay 2: Night\n- Bats\n');
  });
});
