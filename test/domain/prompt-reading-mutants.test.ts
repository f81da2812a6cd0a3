import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/domain/prompt-lines.ts';
import { parsePromptList } from '../../src/domain/prompt-list.ts';
import { looksLikeNote } from '../../src/domain/prompt-reading.ts';

describe('looksLikeNote: a sign-off ending with an emoji', () => {
  it.each(['Have fun! 👍', 'Have fun! 👍🏻', 'Have fun! 👍🏾', 'Have fun! 👍🏿'])(
    '%j, whatever its skin tone',
    (text) => {
      expect(looksLikeNote(readLine(text, 0))).toBe(true);
    },
  );

  it.each(['Good luck! 🇬🇧', 'Good luck! 🇨🇱🇱🇧', 'Good luck! 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'Post by the 1st! 1️⃣'])(
    '%j, with a flag or a keycap at its end',
    (text) => {
      expect(looksLikeNote(readLine(text, 0))).toBe(true);
    },
  );

  it('is a prompt without the exclamation mark', () => {
    expect(looksLikeNote(readLine('Have fun 👍🏿', 0))).toBe(false);
  });
});

describe('a plain list that ends with a sign-off and a flag', () => {
  it('keeps the sign-off out of the days, shown as not used', () => {
    const read = parsePromptList('Ghosts\nBats\nMoon\nGood luck! 🇬🇧');
    expect(read.ok && read.value.days).toEqual([
      { day: 1, prompts: ['Ghosts'] },
      { day: 2, prompts: ['Bats'] },
      { day: 3, prompts: ['Moon'] },
    ]);
    expect(read.ok && read.value.unused.map((u) => u.text)).toEqual(['Good luck! 🇬🇧']);
  });
});
