import { describe, expect, it } from 'vitest';
import { checkDetails, type DetailsCandidate } from '../../src/domain/event-input.ts';
import type { FieldErrors } from '../../src/domain/piece-input.ts';

const check = (c: DetailsCandidate) => {
  const errors: FieldErrors = {};
  const value = checkDetails(errors, c);
  return { errors, value };
};
const NO_RULES = { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null };

describe('checkDetails: fields holding only spaces are left blank', () => {
  it('derives the slug and leaves the rules unset when those fields hold only spaces', () => {
    expect(
      check({
        name: 'Inktober 2025',
        slug: '   ',
        description: ' \n ',
        day_label: ' ',
        late_until: '  ',
        max_prompts_per_piece: '\t',
        min_words: ' ',
        max_words: '  ',
        tag_pattern: ' ',
      }),
    ).toEqual({
      errors: {},
      value: {
        name: 'Inktober 2025',
        slug: 'inktober-2025',
        description: '',
        dayLabel: 'Day',
        rules: NO_RULES,
        tagPattern: '',
      },
    });
  });
});

describe('checkDetails: a field that is not text', () => {
  it('keeps nothing of a name that is not text, so no slug is made from it', () => {
    expect(check({ name: 2025 })).toEqual({
      errors: { name: 'The name must be text.' },
      value: { name: '', slug: '', description: '', dayLabel: 'Day', rules: NO_RULES, tagPattern: '' },
    });
  });

  it('keeps nothing of a description that is not text', () => {
    expect(check({ name: 'Ink', description: ['Draw', 'every day'] })).toEqual({
      errors: { description: 'The description must be text.' },
      value: { name: 'Ink', slug: 'ink', description: '', dayLabel: 'Day', rules: NO_RULES, tagPattern: '' },
    });
  });
});
