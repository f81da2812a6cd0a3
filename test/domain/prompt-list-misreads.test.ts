import { describe, expect, it } from 'vitest';
import { parsePromptList } from '../../src/domain/prompt-list.ts';

/** The days and the lines not used, of a list that reads. */
function read(text: string) {
  const result = parsePromptList(text);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return { days: result.value.days, unused: result.value.unused };
}

describe('lists the reader once misread', () => {
  it.each(['Day 1:: Ghosts\nDay 2:: Bats', '1.: Ghosts\n2.: Bats', '1st:: Ghosts\n2nd:: Bats'])(
    'reads a doubled colon after the label as one: %j',
    (text) => {
      expect(read(text)).toEqual({
        days: [
          { day: 1, prompts: ['Ghosts'] },
          { day: 2, prompts: ['Bats'] },
        ],
        unused: [],
      });
    },
  );

  it('keeps an ellipsis that starts a prompt', () => {
    expect(read('Day 1: ...and then silence\nDay 2: Bats').days[0]).toEqual({
      day: 1,
      prompts: ['...and then silence'],
    });
  });
});
