import { describe, expect, it } from 'vitest';
import {
  EMPTY_EVENT_FORM,
  formValuesOf,
  listOptions,
  previewList,
  survivesAsText,
  validateEventForm,
  withoutDates,
} from '../../src/domain/event-form.ts';
import type { PromptListResult } from '../../src/domain/prompt-list.ts';

const BAD_DAY = 'The first day must be a real date (YYYY-MM-DD).';
const DATED = [
  { day: 1, date: '2025-10-01', prompts: ['a'] },
  { day: 2, date: '2025-10-02', prompts: ['b'] },
];
const NUMBERED = [
  { day: 1, prompts: ['a'] },
  { day: 2, prompts: ['b'] },
];

describe('EMPTY_EVENT_FORM', () => {
  it('starts with days named “Day” and late fills not counting', () => {
    expect(EMPTY_EVENT_FORM).toEqual({
      name: '',
      slug: '',
      first_day: '',
      description: '',
      day_label: 'Day',
      tag_pattern: '',
      late: 'no',
      late_until: '',
      max_prompts_per_piece: '',
      min_words: '',
      max_words: '',
      list: '',
    });
  });
});

describe('listOptions', () => {
  it.each([
    ['2026-10-01', { year: 2026 }],
    [' 2026-10-01 ', { year: 2026 }],
    ['', { fallbackYear: 2025 }],
    ['2026-02-30', { fallbackYear: 2025 }],
    ['2026', { fallbackYear: 2025 }],
    ['soon', { fallbackYear: 2025 }],
  ])('%j → %j', (typed, options) => {
    expect(listOptions(typed, 2025)).toStrictEqual(options);
  });
});

describe('previewList', () => {
  it.each([
    [
      'an empty list, a first day',
      '',
      '2025-10-01',
      {
        firstDayFromList: false,
        firstDay: '2025-10-01',
        days: [],
        alternates: [],
        unused: [],
        read: false,
        errors: ['The list is empty.'],
      },
    ],
    [
      'an empty list, a wrong first day',
      '',
      'soon',
      {
        firstDayFromList: false,
        firstDayError: BAD_DAY,
        days: [],
        alternates: [],
        unused: [],
        read: false,
        errors: ['The list is empty.'],
      },
    ],
    [
      'a list that cannot be read, with its unused lines',
      '1. a\n1. b',
      '',
      {
        firstDayFromList: false,
        days: [],
        alternates: [],
        unused: [{ line: 2, text: '1. b' }],
        read: false,
        errors: ['Day 1 appears twice (lines 1 and 2).'],
      },
    ],
    [
      'a dated list, no first day',
      'Oct 1: a\nOct 2: b',
      '',
      {
        firstDayFromList: true,
        unused: [],
        read: true,
        firstDay: '2025-10-01',
        days: DATED,
        alternates: [],
        errors: [],
      },
    ],
    [
      'a dated list, the same first day',
      'Oct 1: a\nOct 2: b',
      '2025-10-01',
      {
        firstDayFromList: false,
        unused: [],
        read: true,
        firstDay: '2025-10-01',
        days: DATED,
        alternates: [],
        errors: [],
      },
    ],
    [
      'a dated list, another first day',
      'Oct 1: a',
      '2025-10-05',
      {
        firstDayFromList: false,
        unused: [],
        read: true,
        firstDay: '2025-10-05',
        days: [{ day: 1, date: '2025-10-01', prompts: ['a'] }],
        alternates: [],
        errors: [],
        firstDayError:
          'The list starts on Wed 1 Oct 2025, but the first day says Sun 5 Oct 2025: make them agree, or clear the first day to use the list’s.',
      },
    ],
    [
      'a dated list, a wrong first day',
      'Oct 1: a\nOct 2: b',
      '2025-02-30',
      {
        firstDayFromList: false,
        firstDayError: BAD_DAY,
        unused: [],
        read: true,
        days: DATED,
        alternates: [],
        errors: [],
      },
    ],
    [
      'a numbered list, no first day',
      '1. a\n2. b\n\nAlternates:\nx',
      '',
      { firstDayFromList: false, unused: [], read: true, days: NUMBERED, alternates: ['x'], errors: [] },
    ],
    [
      'a numbered list, a wrong first day',
      '1. a\n2. b',
      'soon',
      {
        firstDayFromList: false,
        firstDayError: BAD_DAY,
        unused: [],
        read: true,
        days: NUMBERED,
        alternates: [],
        errors: [],
      },
    ],
    [
      'a numbered list over new year, unused lines kept',
      'Day 1: a\nDay 2: b\n12 notes',
      ' 2025-12-31 ',
      {
        firstDayFromList: false,
        unused: [{ line: 3, text: '12 notes' }],
        read: true,
        firstDay: '2025-12-31',
        days: [
          { day: 1, date: '2025-12-31', prompts: ['a'] },
          { day: 2, date: '2026-01-01', prompts: ['b'] },
        ],
        alternates: [],
        errors: [],
      },
    ],
  ])('%s', (_, list, typed, preview) => {
    expect(previewList(list, typed, 2025)).toStrictEqual(preview);
  });

  it('reads a dated list’s year from the first day, else the fallback year', () => {
    expect(previewList('Oct 1: a', '2026-10-01', 2025).days).toEqual([
      { day: 1, date: '2026-10-01', prompts: ['a'] },
    ]);
    expect(previewList('Oct 1: a', '', 2031).firstDay).toBe('2031-10-01');
  });

  it('uses the list as already parsed, with its note', () => {
    const parsed: PromptListResult = {
      ok: true,
      value: {
        days: [{ day: 1, prompts: ['x'] }],
        alternates: ['y'],
        unused: [{ line: 3, text: 'z' }],
        layout: 'numbered',
        note: 'Read as numbered days.',
        lines: { days: [1] },
      },
    };
    expect(previewList('not this', '2025-10-01', 2025, parsed)).toStrictEqual({
      firstDayFromList: false,
      unused: [{ line: 3, text: 'z' }],
      read: true,
      note: 'Read as numbered days.',
      firstDay: '2025-10-01',
      days: [{ day: 1, date: '2025-10-01', prompts: ['x'] }],
      alternates: ['y'],
      errors: [],
    });
  });
});

describe('validateEventForm', () => {
  const values = { ...EMPTY_EVENT_FORM, name: 'Ink', first_day: '2025-10-01', list: 'a\nb' };
  const NO_RULES = { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null };
  const saved = {
    name: 'Ink',
    slug: 'ink',
    description: '',
    dayLabel: 'Day',
    rules: NO_RULES,
    tagPattern: '',
    firstDay: '2025-10-01',
    lastDay: '2025-10-02',
    days: DATED,
    alternates: [],
  };
  const result = (change: Partial<typeof values>) => validateEventForm({ ...values, ...change }, 2025).result;

  it('gives the preview with the result', () => {
    const { preview, result } = validateEventForm(values, 2025);
    expect(preview).toStrictEqual(previewList('a\nb', '2025-10-01', 2025));
    expect(result).toStrictEqual({ ok: true, value: saved });
  });

  it.each([
    ['a dated list and no first day', { first_day: '', list: 'Oct 1: a\nOct 2: b' }, {}],
    ['alternates', { list: '1. a\n2. b\n\nAlternates:\nx' }, { alternates: ['x'] }],
    [
      'late fills until a date',
      { late: 'until', late_until: '2025-10-05' },
      { rules: { ...NO_RULES, lateUntil: '2025-10-05' } },
    ],
    [
      'late fills until the last day',
      { late: 'until', late_until: '2025-10-02' },
      { rules: { ...NO_RULES, lateUntil: '2025-10-02' } },
    ],
    ['a late date when late fills do not count', { late: 'no', late_until: '2025-01-01' }, {}],
    [
      'the rules',
      { max_prompts_per_piece: '2', min_words: '100', max_words: '1,000', day_label: 'No.', slug: 'ink-25' },
      {
        rules: { ...NO_RULES, maxPromptsPerPiece: 2, minWords: 100, maxWords: 1000 },
        dayLabel: 'No.',
        slug: 'ink-25',
      },
    ],
  ])('takes %s', (_, change, value) => {
    expect(result(change)).toStrictEqual({ ok: true, value: { ...saved, ...value } });
  });

  it.each([
    ['no first day', { first_day: '' }, { first_day: 'Give the first day of the event.' }],
    ['a wrong first day', { first_day: 'soon' }, { first_day: BAD_DAY }],
    [
      'a first day the dated list disagrees with',
      { list: 'Oct 2: a' },
      {
        first_day:
          'The list starts on Thu 2 Oct 2025, but the first day says Wed 1 Oct 2025: make them agree, or clear the first day to use the list’s.',
      },
    ],
    ['no list and no first day', { first_day: '', list: '' }, { list: 'The list is empty.' }],
    [
      'a list with two problems',
      { list: 'Oct 1: a\nOct 4: b' },
      { list: 'October 2 is missing. October 3 is missing.' },
    ],
    [
      'late fills until no date',
      { late: 'until', late_until: '' },
      { late_until: 'Give the last date late fills count, or choose that late fills do not count.' },
    ],
    [
      'late fills until a blank',
      { late: 'until', late_until: '  ' },
      { late_until: 'Give the last date late fills count, or choose that late fills do not count.' },
    ],
    [
      'late fills until no real date',
      { late: 'until', late_until: 'soon' },
      { late_until: 'The date late fills count until must be a real date (YYYY-MM-DD).' },
    ],
    [
      'late fills until before the last day',
      { late: 'until', late_until: '2025-10-01' },
      { late_until: 'Late fills must count until the last day (Thu 2 Oct 2025) or later.' },
    ],
    ['no name', { name: '' }, { name: 'Give the event a name.' }],
    [
      'a bad rule',
      { min_words: '-1' },
      { min_words: 'The minimum word count must be a whole number from 0 to 10,000,000, or blank.' },
    ],
  ])('refuses %s', (_, change, errors) => {
    expect(result(change)).toStrictEqual({ ok: false, errors });
  });

  it('joins the parser’s messages for the list', () => {
    const parsed: PromptListResult = { ok: false, errors: ['One.', 'Two.'] };
    expect(validateEventForm(values, 2025, parsed).result).toStrictEqual({
      ok: false,
      errors: { list: 'One. Two.' },
    });
  });
});

describe('formValuesOf', () => {
  const list = {
    days: [
      { day: 1, date: '2025-10-01', title: 'T', description: 'D1', prompts: ['a', 'b'] },
      { day: 2, date: '2025-10-02', prompts: ['c'] },
    ],
    alternates: ['x'],
  };

  it('writes every rule as the form shows it', () => {
    const event = {
      name: 'Ink',
      slug: 'ink',
      description: 'D',
      dayLabel: 'No.' as const,
      firstDay: '2025-10-01',
      tagPattern: '#ink',
      rules: { lateUntil: '2025-10-09', maxPromptsPerPiece: 2, minWords: 0, maxWords: 5000 },
    };
    expect(formValuesOf(event, list)).toStrictEqual({
      name: 'Ink',
      slug: 'ink',
      first_day: '2025-10-01',
      description: 'D',
      day_label: 'No.',
      tag_pattern: '#ink',
      late: 'until',
      late_until: '2025-10-09',
      max_prompts_per_piece: '2',
      min_words: '0',
      max_words: '5000',
      list: 'Day 1: T\na | b\n> D1\nDay 2: c\n\nAlternates:\n- x\n',
    });
  });

  it('leaves the rules blank when there are none, and the tag pattern when not given', () => {
    const event = {
      name: 'Ink',
      slug: 'ink',
      description: '',
      dayLabel: 'Day' as const,
      firstDay: '2025-10-01',
      rules: { lateUntil: null, maxPromptsPerPiece: null, minWords: null, maxWords: null },
    };
    expect(formValuesOf(event, { days: [{ day: 1, prompts: ['a'] }], alternates: [] })).toStrictEqual({
      ...EMPTY_EVENT_FORM,
      name: 'Ink',
      slug: 'ink',
      first_day: '2025-10-01',
      list: 'Day 1: a\n',
    });
  });
});

describe('withoutDates', () => {
  it('keeps the numbers, titles, descriptions and prompts, and nothing else', () => {
    const list = {
      days: [
        { day: 1, date: '2025-10-01', title: 'T', description: 'D', prompts: ['a'] },
        { day: 2, date: '2025-10-02', title: '', prompts: ['b'] },
        { day: 3, description: '', prompts: [] },
      ],
      alternates: ['z'],
    };
    expect(withoutDates(list)).toStrictEqual({
      days: [
        { day: 1, title: 'T', description: 'D', prompts: ['a'] },
        { day: 2, title: '', prompts: ['b'] },
        { day: 3, description: '', prompts: [] },
      ],
      alternates: ['z'],
    });
  });
});

describe('survivesAsText', () => {
  it.each([
    ['plain days', { days: [{ day: 1, prompts: ['a'] }], alternates: [] }, true],
    [
      'dated days with themes',
      {
        days: [{ day: 1, date: '2025-10-01', title: 'T', description: 'D', prompts: ['a', 'b'] }],
        alternates: ['z'],
      },
      true,
    ],
    ['a prompt that holds “ | ”', { days: [{ day: 1, prompts: ['this | that'] }], alternates: [] }, false],
    [
      'a day twice',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 1, prompts: ['b'] },
        ],
        alternates: [],
      },
      false,
    ],
    [
      'a missing day',
      {
        days: [
          { day: 1, prompts: ['a'] },
          { day: 3, prompts: ['b'] },
        ],
        alternates: [],
      },
      false,
    ],
    [
      'an alternate that reads as a list item',
      { days: [{ day: 1, prompts: ['a'] }], alternates: ['- x'] },
      false,
    ],
  ])('%s → %s', (_, list, survives) => {
    expect(survivesAsText(list)).toBe(survives);
  });
});
