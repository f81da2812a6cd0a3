import { describe, expect, it } from 'vitest';
import { toEventJson, validateEventJson } from '../../src/domain/event-json.ts';

const UNKNOWN =
  'Unknown field; an event has: slug, name, description, first_day, last_day, day_label, tag_pattern, kind, rules, days, alternates.';
const PROMPTS = (i: number) =>
  `days[${i}].prompts must be 1 to 10 prompts, each text of 1 to 500 characters.`;
const TITLE = 'days[0].title must be text of 1 to 500 characters.';
const ALTERNATES = 'alternates must be a list of at most 366 prompts, each text of 1 to 500 characters.';

const base = { name: 'Ink', first_day: '2025-10-01', days: [{ prompts: ['a'] }, { prompts: ['b'] }] };
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
  days: [
    { day: 1, date: '2025-10-01', prompts: ['a'] },
    { day: 2, date: '2025-10-02', prompts: ['b'] },
  ],
  alternates: [],
};
const days = (n: number) => Array.from({ length: n }, () => ({ prompts: ['p'] }));
const oneDay = (day: Record<string, unknown>) => ({ ...base, days: [day] });

describe('toEventJson', () => {
  const event = {
    slug: 'ink',
    name: 'Ink',
    description: 'About Ink',
    firstDay: '2025-10-01',
    lastDay: '2025-10-03',
    dayLabel: 'No.',
    tagPattern: '#ink #no{day}',
    lateUntil: '2025-10-09',
    maxPromptsPerPiece: 2,
    minWords: 100,
    maxWords: null,
  };

  it('writes the event, its rules and its days in the open format', () => {
    const json = toEventJson(
      event,
      [
        { number: 1, date: '2025-10-01', title: null, prompts: [{ text: 'a' }, { text: 'b' }] },
        {
          number: 2,
          date: '2025-10-02',
          title: 'Theme',
          description: 'About day 2',
          prompts: [{ text: 'c' }],
        },
        { number: 3, date: '2025-10-03', title: '', description: '', prompts: [] },
        { number: 4, date: '2025-10-04', title: null, description: null, prompts: [{ text: 'd' }] },
      ],
      ['x', 'y'],
    );
    expect(json).toStrictEqual({
      slug: 'ink',
      name: 'Ink',
      description: 'About Ink',
      first_day: '2025-10-01',
      last_day: '2025-10-03',
      day_label: 'No.',
      tag_pattern: '#ink #no{day}',
      kind: 'daily',
      rules: { late_until: '2025-10-09', max_prompts_per_piece: 2, min_words: 100, max_words: null },
      days: [
        { day: 1, date: '2025-10-01', prompts: ['a', 'b'] },
        { day: 2, date: '2025-10-02', title: 'Theme', description: 'About day 2', prompts: ['c'] },
        { day: 3, date: '2025-10-03', title: '', prompts: [] },
        { day: 4, date: '2025-10-04', prompts: ['d'] },
      ],
      alternates: ['x', 'y'],
    });
  });

  it('writes what validateEventJson reads back the same', () => {
    const json = toEventJson(
      { ...event, lastDay: '2025-10-02' },
      [
        { number: 1, date: '2025-10-01', title: 'Theme', description: 'D', prompts: [{ text: 'a' }] },
        { number: 2, date: '2025-10-02', title: null, prompts: [{ text: 'b' }, { text: 'c' }] },
      ],
      ['x'],
    );
    expect(validateEventJson(json)).toStrictEqual({
      ok: true,
      value: {
        name: 'Ink',
        slug: 'ink',
        description: 'About Ink',
        dayLabel: 'No.',
        rules: { lateUntil: '2025-10-09', maxPromptsPerPiece: 2, minWords: 100, maxWords: null },
        tagPattern: '#ink #no{day}',
        firstDay: '2025-10-01',
        lastDay: '2025-10-02',
        days: [
          { day: 1, date: '2025-10-01', title: 'Theme', description: 'D', prompts: ['a'] },
          { day: 2, date: '2025-10-02', prompts: ['b', 'c'] },
        ],
        alternates: ['x'],
      },
    });
  });
});

describe('validateEventJson', () => {
  it('gives the event ready to save', () => {
    expect(validateEventJson(base)).toStrictEqual({ ok: true, value: saved });
  });

  it.each([
    [
      'days numbered and dated',
      {
        days: [
          { day: 1, date: '2025-10-01', prompts: ['a'] },
          { day: 2, prompts: ['b'] },
        ],
      },
      {},
    ],
    [
      'the first day from the days',
      { first_day: undefined, days: [{ date: '2025-10-01', prompts: ['a'] }, { prompts: ['b'] }] },
      {},
    ],
    [
      'first_day null and a dated day',
      { first_day: null, days: [{ date: '2025-10-01', prompts: ['a'] }, { prompts: ['b'] }] },
      {},
    ],
    ['the right last_day', { last_day: '2025-10-02' }, {}],
    ['last_day null', { last_day: null }, {}],
    ['kind daily', { kind: 'daily' }, {}],
    [
      'days with title and description null',
      { days: [{ title: null, description: null, prompts: ['a'] }, { prompts: ['b'] }] },
      {},
    ],
    ['rules null', { rules: null }, {}],
    ['no rules', { rules: {} }, {}],
    ['alternates null', { alternates: null }, {}],
    ['alternates, trimmed', { alternates: [' x ', 'y'] }, { alternates: ['x', 'y'] }],
    ['366 alternates', { alternates: Array(366).fill('x') }, { alternates: Array(366).fill('x') }],
    [
      'all the rules',
      { rules: { late_until: '2025-10-02', max_prompts_per_piece: 2, min_words: 0, max_words: '5,000' } },
      { rules: { lateUntil: '2025-10-02', maxPromptsPerPiece: 2, minWords: 0, maxWords: 5000 } },
    ],
    [
      'the details',
      { slug: 'my-ink', description: ' D ', day_label: 'No.', tag_pattern: ' #ink  #no{day} ' },
      { slug: 'my-ink', description: 'D', dayLabel: 'No.', tagPattern: '#ink #no{day}' },
    ],
    [
      'titles and descriptions, trimmed; blank ones left out',
      {
        days: [
          { title: ' T ', description: ' About ', prompts: [' a ', '\tb\n'] },
          { title: null, description: '   ', prompts: ['c'] },
        ],
      },
      {
        days: [
          { day: 1, date: '2025-10-01', title: 'T', description: 'About', prompts: ['a', 'b'] },
          { day: 2, date: '2025-10-02', prompts: ['c'] },
        ],
      },
    ],
    [
      'the longest title, description and prompt',
      {
        days: [
          { title: 't'.repeat(500), description: ` ${'d'.repeat(2000)} `, prompts: [` ${'p'.repeat(500)} `] },
        ],
      },
      {
        lastDay: '2025-10-01',
        days: [
          {
            day: 1,
            date: '2025-10-01',
            title: 't'.repeat(500),
            description: 'd'.repeat(2000),
            prompts: ['p'.repeat(500)],
          },
        ],
      },
    ],
    [
      'ten prompts a day',
      { days: [{ prompts: Array(10).fill('p') }] },
      { lastDay: '2025-10-01', days: [{ day: 1, date: '2025-10-01', prompts: Array(10).fill('p') }] },
    ],
  ])('takes %s', (_, change, value) => {
    expect(validateEventJson({ ...base, ...change })).toStrictEqual({
      ok: true,
      value: { ...saved, ...value },
    });
  });

  it('takes 366 days and no more', () => {
    const leap = validateEventJson({ ...base, days: days(366) });
    expect(leap.ok && [leap.value.lastDay, leap.value.days.length, leap.value.days[365]]).toEqual([
      '2026-10-01',
      366,
      { day: 366, date: '2026-10-01', prompts: ['p'] },
    ]);
    expect(validateEventJson({ ...base, days: days(367) })).toEqual({
      ok: false,
      errors: { days: 'The event has 367 days; an event has at most 366.' },
    });
  });

  it.each([
    ['no days', { days: undefined }, { days: 'days must be a list of at least one day.' }],
    ['an empty list of days', { days: [] }, { days: 'days must be a list of at least one day.' }],
    ['a day that is text', { days: ['a'] }, { days: PROMPTS(0) }],
    ['a day that is null', { days: [null] }, { days: PROMPTS(0) }],
    [
      'unknown day fields',
      oneDay({ prompts: ['a'], theme: 'x', note: 1 }),
      {
        days: 'days[0] has unknown fields (theme, note); a day has: day, date, title, description, prompts.',
      },
    ],
    [
      'an unknown field on the second day',
      { days: [{ prompts: ['a'] }, { prompt: ['b'] }] },
      { days: 'days[1] has unknown fields (prompt); a day has: day, date, title, description, prompts.' },
    ],
    [
      'a day number as text',
      oneDay({ day: '1', prompts: ['a'] }),
      { days: 'days[0] is day 1; days are numbered 1, 2, 3… in order.' },
    ],
    [
      'day 0',
      oneDay({ day: 0, prompts: ['a'] }),
      { days: 'days[0] is day 0; days are numbered 1, 2, 3… in order.' },
    ],
    ['an empty title', oneDay({ title: '', prompts: ['a'] }), { days: TITLE }],
    ['a blank title', oneDay({ title: '  ', prompts: ['a'] }), { days: TITLE }],
    ['a title too long', oneDay({ title: 't'.repeat(501), prompts: ['a'] }), { days: TITLE }],
    ['a title number', oneDay({ title: 5, prompts: ['a'] }), { days: TITLE }],
    [
      'a description number',
      oneDay({ description: 3, prompts: ['a'] }),
      { days: 'days[0].description must be text of at most 2000 characters.' },
    ],
    ['no prompts', oneDay({ title: 'T' }), { days: PROMPTS(0) }],
    ['prompts as text', oneDay({ prompts: 'a' }), { days: PROMPTS(0) }],
    ['an empty prompt list', oneDay({ prompts: [] }), { days: PROMPTS(0) }],
    ['eleven prompts', oneDay({ prompts: Array(11).fill('p') }), { days: PROMPTS(0) }],
    ['an empty prompt', oneDay({ prompts: ['a', ''] }), { days: PROMPTS(0) }],
    ['a blank prompt', oneDay({ prompts: [' \t '] }), { days: PROMPTS(0) }],
    ['a prompt number', oneDay({ prompts: [1] }), { days: PROMPTS(0) }],
    ['a prompt too long', oneDay({ prompts: ['p'.repeat(501)] }), { days: PROMPTS(0) }],
    ['bad prompts on the second day', { days: [{ prompts: ['a'] }, { prompts: [] }] }, { days: PROMPTS(1) }],
    [
      'a control character in a title',
      oneDay({ title: 'A\u0001', prompts: ['b\u0000'] }),
      { days: 'days[0].title contains a control character (U+0001); remove it.' },
    ],
    [
      'a control character in a prompt',
      oneDay({ prompts: ['a', 'b\u0000'] }),
      { days: 'days[0].prompts[1] contains a NUL character; remove it.' },
    ],
    [
      'a tab inside a prompt',
      oneDay({ prompts: ['a\tb'] }),
      { days: 'days[0].prompts[0] contains a control character (U+0009); remove it.' },
    ],
    [
      'no first day at all',
      { first_day: undefined },
      { first_day: 'Give first_day, or a date on each day.' },
    ],
    ['first_day null', { first_day: null }, { first_day: 'Give first_day, or a date on each day.' }],
    [
      'no first_day and a first date null',
      { first_day: undefined, days: [{ date: null, prompts: ['a'] }] },
      { first_day: 'Give first_day, or a date on each day.' },
    ],
    [
      'first_day as a number',
      { first_day: 20251001 },
      { first_day: 'first_day must be a real date (YYYY-MM-DD).' },
    ],
    [
      'first_day not a date',
      { first_day: '2025-02-30' },
      { first_day: 'first_day must be a real date (YYYY-MM-DD).' },
    ],
    [
      'a first date not a date',
      { first_day: undefined, days: [{ date: '2025-13-01', prompts: ['a'] }] },
      { first_day: 'first_day must be a real date (YYYY-MM-DD).' },
    ],
    [
      'a date null',
      oneDay({ date: null, prompts: ['a'] }),
      { days: 'days[0].date is null, but day 1 of an event starting 2025-10-01 is 2025-10-01.' },
    ],
    [
      'last_day as a number',
      { last_day: 20251002 },
      { last_day: 'last_day must be a real date (YYYY-MM-DD).' },
    ],
    [
      'last_day not a date',
      { last_day: '2025-10-32' },
      { last_day: 'last_day must be a real date (YYYY-MM-DD).' },
    ],
    // Without days there is no last day to compare with.
    [
      'last_day and no days',
      { days: [], last_day: '2025-12-01' },
      { days: 'days must be a list of at least one day.' },
    ],
    [
      'last_day before first_day and no days',
      { days: [], last_day: '2025-09-30' },
      {
        days: 'days must be a list of at least one day.',
        last_day: 'last_day (2025-09-30) is before first_day (2025-10-01).',
      },
    ],
    ['rules as text', { rules: 'strict' }, { rules: 'rules must be an object.' }],
    [
      'unknown rules',
      { rules: { late: true, min_words: 1, max: 2 } },
      {
        rules:
          'Unknown rules (late, max); rules are: late_until, max_prompts_per_piece, min_words, max_words.',
      },
    ],
    ['unknown fields', { alternate: [], colour: 'red' }, { alternate: UNKNOWN, colour: UNKNOWN }],
    ['a rule outside rules', { min_words: 10 }, { min_words: UNKNOWN }],
    ['kind weekly', { kind: 'weekly' }, { kind: 'kind must be "daily" or "bingo".' }],
    ['kind null', { kind: null }, { kind: 'kind must be "daily" or "bingo".' }],
    [
      'a bingo event, which this reader does not make',
      { kind: 'bingo' },
      { kind: 'This is a bingo event: make it with the bingo form, or send it to POST /api/v1/events.' },
    ],
    ['no name', { name: undefined }, { name: 'Give the event a name.' }],
    [
      'late fills before the last day',
      { rules: { late_until: '2025-10-01' } },
      { late_until: 'Late fills must count until the last day (Thu 2 Oct 2025) or later.' },
    ],
    [
      'a bad rule',
      { rules: { min_words: -1 } },
      { min_words: 'The minimum word count must be a whole number from 0 to 10,000,000, or blank.' },
    ],
    ['alternates as text', { alternates: 'x' }, { alternates: ALTERNATES }],
    ['367 alternates', { alternates: Array(367).fill('x') }, { alternates: ALTERNATES }],
    ['an empty alternate', { alternates: ['x', ''] }, { alternates: ALTERNATES }],
    ['an alternate number', { alternates: [1] }, { alternates: ALTERNATES }],
    ['an alternate too long', { alternates: ['a'.repeat(501)] }, { alternates: ALTERNATES }],
    [
      'a control character in an alternate',
      { alternates: ['x', 'b\u0007'] },
      { alternates: 'alternates[1] contains a control character (U+0007); remove it.' },
    ],
  ])('refuses %s', (_, change, errors) => {
    expect(validateEventJson({ ...base, ...change })).toStrictEqual({ ok: false, errors });
  });

  it('takes any late date when the days are wrong', () => {
    expect(validateEventJson({ ...base, days: [], rules: { late_until: '2025-01-01' } })).toStrictEqual({
      ok: false,
      errors: { days: 'days must be a list of at least one day.' },
    });
  });
});
