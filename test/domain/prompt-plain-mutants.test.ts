import { describe, expect, it } from 'vitest';
import { parsePromptList } from '../../src/domain/prompt-list.ts';

describe('one prompt a line', () => {
  it('lists a quoted bullet before the first prompt as not used: there is no day to describe yet', () => {
    expect(parsePromptList('- > Read the rules first\nGhosts\nBats')).toEqual({
      ok: true,
      value: {
        days: [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
        ],
        alternates: [],
        unused: [{ line: 1, text: '- > Read the rules first' }],
        layout: 'one a line',
        lines: { days: [2, 3] },
      },
    });
  });
});

describe('days written on one line', () => {
  it('takes a day number at the very end of the line as a day, so a cut-off list says what is missing', () => {
    expect(parsePromptList('Inktober prompts: 1 Lantern 2 Hollow 3 Thorn 4')).toEqual({
      ok: false,
      errors: ['Day 4 has no prompt.'],
      unused: [{ line: 1, text: 'Inktober prompts:' }],
    });
  });

  it('keeps a day with “or” in it as one prompt', () => {
    expect(parsePromptList('1 Lantern 2 Hollow 3 Run or stand your ground')).toEqual({
      ok: true,
      value: {
        days: [
          { day: 1, prompts: ['Lantern'] },
          { day: 2, prompts: ['Hollow'] },
          { day: 3, prompts: ['Run or stand your ground'] },
        ],
        alternates: [],
        unused: [],
        layout: 'inline',
        lines: { days: [1, 1, 1] },
      },
    });
  });
});
