import { describe, expect, it } from 'vitest';
import {
  EMPTY_EVENT_FORM,
  previewList,
  survivesAsText,
  validateEventForm,
} from '../../src/domain/event-form.ts';
import { checkDetails, slugify } from '../../src/domain/event-input.ts';
import { validateEventJson } from '../../src/domain/event-json.ts';
import type { FieldErrors } from '../../src/domain/piece-input.ts';

describe('slugify', () => {
  it.each([
    ['Whumptober 2025', 'whumptober-2025'],
    ['  Fíctober — 2025!  ', 'fictober-2025'],
    ['Flufftober: “cosy edition”', 'flufftober-cosy-edition'],
    ['🎃🎃', ''],
    ['x'.repeat(80), 'x'.repeat(60)],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('checkDetails', () => {
  const check = (c: Record<string, unknown>, lastDay?: string) => {
    const errors: FieldErrors = {};
    const value = checkDetails(errors, { name: 'Inktober', ...c }, lastDay);
    return { errors, value };
  };

  it('reads form strings and JSON numbers alike; blank rules are no rules', () => {
    expect(check({ min_words: '1,000', max_words: 5000, max_prompts_per_piece: '' }).value.rules).toEqual({
      lateUntil: null,
      maxPromptsPerPiece: null,
      minWords: 1000,
      maxWords: 5000,
    });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ name: 42 }, 'name'],
    [{ slug: 'UPPER' }, 'slug'],
    [{ slug: 'a--b' }, 'slug'],
    [{ slug: '-a' }, 'slug'],
    [{ slug: 'preview' }, 'slug'],
    [{ name: '🎃', slug: '' }, 'slug'],
    [{ day_label: 'Week' }, 'day_label'],
    [{ late_until: 'tomorrow' }, 'late_until'],
    [{ late_until: '2025-10-30' }, 'late_until'],
    [{ max_prompts_per_piece: 0 }, 'max_prompts_per_piece'],
    [{ max_prompts_per_piece: 1.5 }, 'max_prompts_per_piece'],
    [{ min_words: -1 }, 'min_words'],
    [{ max_words: 'lots' }, 'max_words'],
    [{ min_words: 10, max_words: 5 }, 'max_words'],
  ])('%j is refused on its field', (c, field) => {
    expect(Object.keys(check(c, '2025-10-31').errors)).toEqual([field]);
  });
});

describe('previewList and validateEventForm', () => {
  it('dates a numbered list from the first day', () => {
    const p = previewList('1. a\n2. b', '2025-12-31', 2025);
    expect(p.days).toEqual([
      { day: 1, date: '2025-12-31', prompts: ['a'] },
      { day: 2, date: '2026-01-01', prompts: ['b'] },
    ]);
  });

  it('reads a dated list’s year from the first day, else the fallback year', () => {
    expect(previewList('Oct 1: a\nOct 2: b', '2026-10-01', 2025).days[0]?.date).toBe('2026-10-01');
    expect(previewList('Oct 1: a\nOct 2: b', '', 2025)).toMatchObject({
      firstDay: '2025-10-01',
      firstDayFromList: true,
    });
  });

  it('gives the event ready to save, or the errors by field', () => {
    const values = { ...EMPTY_EVENT_FORM, name: 'Ink', first_day: '2025-10-01', list: 'Stitch\nMask' };
    const ok = validateEventForm(values, 2025).result;
    expect(ok).toEqual({
      ok: true,
      value: {
        name: 'Ink',
        slug: 'ink',
        description: '',
        dayLabel: 'Day',
        rules: { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null },
        tagPattern: '',
        firstDay: '2025-10-01',
        lastDay: '2025-10-02',
        days: [
          { day: 1, date: '2025-10-01', prompts: ['Stitch'] },
          { day: 2, date: '2025-10-02', prompts: ['Mask'] },
        ],
        alternates: [],
      },
    });
    const bad = validateEventForm({ ...values, list: '', late: 'until' }, 2025).result;
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['late_until', 'list']);
  });

  it('knows which lists cannot be written as text and read back', () => {
    expect(survivesAsText({ days: [{ day: 1, prompts: ['Hurt/Comfort'] }], alternates: [] })).toBe(true);
    expect(survivesAsText({ days: [{ day: 1, prompts: ['this | that'] }], alternates: [] })).toBe(false);
  });
});

describe('validateEventJson', () => {
  const base = { name: 'Ink', first_day: '2025-10-01', days: [{ prompts: ['a'] }, { prompts: ['b'] }] };

  it('accepts days with or without their dates, and rules nested as GET gives them', () => {
    const dated = validateEventJson({
      ...base,
      first_day: undefined,
      days: [
        { day: 1, date: '2025-10-01', prompts: ['a'] },
        { day: 2, date: '2025-10-02', title: 'B', prompts: [' b '] },
      ],
      rules: { late_until: '2025-10-09', min_words: 10 },
    });
    expect(dated.ok && dated.value).toMatchObject({
      firstDay: '2025-10-01',
      lastDay: '2025-10-02',
      days: [
        { day: 1, date: '2025-10-01', prompts: ['a'] },
        { day: 2, date: '2025-10-02', title: 'B', prompts: ['b'] },
      ],
      rules: { lateUntil: '2025-10-09', minWords: 10 },
    });
  });

  it.each([
    [{ last_day: '2025-09-30' }, 'last_day', 'last_day (2025-09-30) is before first_day (2025-10-01).'],
    [
      { last_day: '2025-10-05' },
      'last_day',
      'last_day is 2025-10-05, but 2 days from 2025-10-01 end on 2025-10-02.',
    ],
    [
      { days: [{ day: 2, prompts: ['a'] }] },
      'days',
      'days[0] is day 2; days are numbered 1, 2, 3… in order.',
    ],
    [
      { days: [{ prompts: ['a'] }, { date: '2025-10-03', prompts: ['b'] }] },
      'days',
      'days[1].date is 2025-10-03, but day 2 of an event starting 2025-10-01 is 2025-10-02.',
    ],
    [{ days: 'all of them' }, 'days', 'days must be a list of at least one day.'],
    [{ rules: [] }, 'rules', 'rules must be an object.'],
  ])('%j is refused: %s', (change, field, message) => {
    const result = validateEventJson({ ...base, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(message);
  });
});
