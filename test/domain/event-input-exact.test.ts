import { describe, expect, it } from 'vitest';
import {
  checkDetails,
  DAY_LABELS,
  type DetailsCandidate,
  EVENT_LIMITS,
  lastDayOf,
  slugify,
} from '../../src/domain/event-input.ts';
import type { FieldErrors } from '../../src/domain/piece-input.ts';

const check = (c: DetailsCandidate, lastDay?: string) => {
  const errors: FieldErrors = {};
  const value = checkDetails(errors, c, lastDay);
  return { errors, value };
};
const errorsOf = (c: DetailsCandidate, lastDay?: string) => check({ name: 'Ink', ...c }, lastDay).errors;
const NO_RULES = { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null };

describe('constants', () => {
  it('keeps the limits and day labels', () => {
    expect(EVENT_LIMITS).toEqual({
      name: 200,
      slug: 60,
      description: 5000,
      maxPromptsPerPiece: 100,
      words: 10_000_000,
    });
    expect(DAY_LABELS).toEqual(['Day', 'No.']);
  });
});

describe('slugify and lastDayOf', () => {
  it.each([
    ['--Ink--tober--', 'ink-tober'],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
    [`${'a'.repeat(60)}b`, 'a'.repeat(60)],
    ['ÀÉÎ õü', 'aei-ou'],
    ['', ''],
  ])('slugify(%j) → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each([
    [0, '2025-10-01'],
    [-3, '2025-10-01'],
    [1, '2025-10-01'],
    [2, '2025-10-02'],
    [31, '2025-10-31'],
    [32, '2025-11-01'],
  ])('%i days from 2025-10-01 end on %s', (count, last) => {
    expect(lastDayOf('2025-10-01', count)).toBe(last);
  });
});

describe('checkDetails: the whole value', () => {
  it('trims and defaults everything', () => {
    expect(check({ name: '  Ink tober  ', description: '  a\n\tb  ', tag_pattern: ' #ink  {day} ' })).toEqual(
      {
        errors: {},
        value: {
          name: 'Ink tober',
          slug: 'ink-tober',
          description: 'a\n\tb',
          dayLabel: 'Day',
          rules: NO_RULES,
          tagPattern: '#ink {day}',
        },
      },
    );
  });

  it('reads every rule and the day label', () => {
    const c = {
      name: 'Ink',
      slug: ' ink-2025 ',
      day_label: 'No.',
      late_until: ' 2025-11-07 ',
      max_prompts_per_piece: '100',
      min_words: 0,
      max_words: '10,000,000',
    };
    expect(check(c, '2025-10-31').value).toEqual({
      name: 'Ink',
      slug: 'ink-2025',
      description: '',
      dayLabel: 'No.',
      rules: { lateUntil: '2025-11-07', maxPromptsPerPiece: 100, minWords: 0, maxWords: 10_000_000 },
      tagPattern: '',
    });
  });

  it('gives a reserved derived slug a suffix, and a bad day label the default', () => {
    expect(check({ name: 'New' }).value.slug).toBe('new-event');
    expect(check({ name: 'Import!' }).value.slug).toBe('import-event');
    expect(check({ name: 'Ink', day_label: 'Week' }).value.dayLabel).toBe('Day');
    expect(check({ name: 'Ink', day_label: '  ' }).value.dayLabel).toBe('Day');
  });
});

describe('checkDetails: each message', () => {
  it.each<[DetailsCandidate, FieldErrors]>([
    [{ name: '' }, { name: 'Give the event a name.' }],
    [{ name: undefined }, { name: 'Give the event a name.' }],
    [{ name: 42 }, { name: 'The name must be text.' }],
    [{ name: 'x'.repeat(200) }, {}],
    [{ name: 'x'.repeat(201) }, { name: 'The name is too long: at most 200 characters.' }],
    [{ name: `${'x'.repeat(201)}\u0000` }, { name: 'The name is too long: at most 200 characters.' }],
    [{ name: 'In\tk', slug: 'ink' }, { name: 'The name contains a control character (U+0009); remove it.' }],
    [{ name: '🎃' }, { slug: 'Give the event a slug: the name has no letters to make one from.' }],
    [{ slug: 7 }, { slug: 'The slug must be text.' }],
    [{ slug: 'a'.repeat(60) }, {}],
    [{ slug: 'a'.repeat(61) }, { slug: 'The slug is too long: at most 60 characters.' }],
    [
      { slug: 'Ink' },
      {
        slug: 'The slug may only hold lowercase letters, digits and single hyphens between them (like whumptober-2025).',
      },
    ],
    [
      { slug: 'ink-' },
      {
        slug: 'The slug may only hold lowercase letters, digits and single hyphens between them (like whumptober-2025).',
      },
    ],
    [{ slug: 'new' }, { slug: '“new” names a page of Promptly; choose another slug.' }],
    [{ slug: ' import ' }, { slug: '“import” names a page of Promptly; choose another slug.' }],
    [{ description: 'd'.repeat(5000) }, {}],
    [
      { description: 'd'.repeat(5001) },
      { description: 'The description is too long: at most 5,000 characters.' },
    ],
    [{ description: 7 }, { description: 'The description must be text.' }],
    [{ description: 'a\u0000' }, { description: 'The description contains a NUL character; remove it.' }],
    [{ day_label: 'day' }, { day_label: 'Days are named “Day” or “No.”.' }],
    [
      { late_until: 20251101 },
      { late_until: 'The date late fills count until must be a real date (YYYY-MM-DD).' },
    ],
    [
      { late_until: '2025-11-31' },
      { late_until: 'The date late fills count until must be a real date (YYYY-MM-DD).' },
    ],
    [
      { late_until: '2025-10-30' },
      { late_until: 'Late fills must count until the last day (Fri 31 Oct 2025) or later.' },
    ],
    [{ late_until: '2025-10-31' }, {}],
    [
      { max_prompts_per_piece: 0 },
      { max_prompts_per_piece: 'Prompts per piece must be a whole number from 1 to 100, or blank.' },
    ],
    [
      { max_prompts_per_piece: '101' },
      { max_prompts_per_piece: 'Prompts per piece must be a whole number from 1 to 100, or blank.' },
    ],
    [{ max_prompts_per_piece: 1 }, {}],
    [
      { max_prompts_per_piece: true },
      { max_prompts_per_piece: 'Prompts per piece must be a whole number from 1 to 100, or blank.' },
    ],
    [
      { min_words: -1 },
      { min_words: 'The minimum word count must be a whole number from 0 to 10,000,000, or blank.' },
    ],
    [
      { min_words: 10_000_001 },
      { min_words: 'The minimum word count must be a whole number from 0 to 10,000,000, or blank.' },
    ],
    [
      { max_words: 0 },
      { max_words: 'The maximum word count must be a whole number from 1 to 10,000,000, or blank.' },
    ],
    [
      { max_words: 1.5 },
      { max_words: 'The maximum word count must be a whole number from 1 to 10,000,000, or blank.' },
    ],
    [
      { max_words: Number.MAX_SAFE_INTEGER + 1 },
      { max_words: 'The maximum word count must be a whole number from 1 to 10,000,000, or blank.' },
    ],
    [{ min_words: 5, max_words: '5' }, {}],
    [{ min_words: 6, max_words: 5 }, { max_words: 'The maximum word count is below the minimum.' }],
    [{ tag_pattern: '{x}' }, { tag_pattern: 'The tag pattern knows {day} and {prompt}, not {x}.' }],
  ])('%j', (c, errors) => {
    expect(errorsOf(c, '2025-10-31')).toEqual(errors);
  });

  it('takes any late date without a last day, and no slug error for a missing name', () => {
    expect(check({ name: 'Ink', late_until: '2000-01-01' }).value.rules.lateUntil).toBe('2000-01-01');
    expect(check({}).errors).toEqual({ name: 'Give the event a name.' });
    expect(check({}).value.slug).toBe('');
    expect(check({ name: 'Ink', slug: 5 }).value.slug).toBe('');
  });
});
