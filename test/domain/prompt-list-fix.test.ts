import { describe, expect, it } from 'vitest';
import { validateEventJson } from '../../src/domain/event-json.ts';
import { parsePromptList, type ReadList, serialisePromptList } from '../../src/domain/prompt-list.ts';
import { applyFix, fixOf, type ListFix } from '../../src/domain/prompt-list-fix.ts';

const fixed = (list: string, fix: Omit<ListFix, 'text'> & { text?: string }, year?: number) => {
  const result = applyFix(list, { text: fix.was, ...fix }, year ? { year } : {});
  if (!result.ok) throw new Error(result.error);
  return result;
};
const read = (text: string): ReadList => {
  const r = parsePromptList(text);
  if (!r.ok) throw new Error(r.errors.join(' / '));
  return r.value;
};

describe('fixOf: the fix a form asks for', () => {
  it.each([
    [
      { fix: 'day:4', was_4: 'Moon', line_4: 'Moon!' },
      { kind: 'day', line: 4, was: 'Moon', text: 'Moon!' },
    ],
    [
      { fix: 'alternate:12', was_12: 'x' },
      { kind: 'alternate', line: 12, was: 'x', text: '' },
    ],
    [
      { fix: 'text:1', was_1: 'a', line_1: 'b' },
      { kind: 'text', line: 1, was: 'a', text: 'b' },
    ],
  ])('%j', (fields, expected) => {
    expect(fixOf(fields)).toStrictEqual(expected);
  });

  it.each([{}, { fix: 'save' }, { fix: 'day:' }, { fix: 'day:x' }, { fix: 'drop:3' }, { fix: ['day:1'] }])(
    'none in %j',
    (fields) => {
      expect(fixOf(fields)).toBeUndefined();
    },
  );
});

describe('applyFix', () => {
  const numbered = 'INTRO 2025\n1. Ghosts\n2. Bats\nMoon\n#tag';

  it('makes a line of a numbered list a day after the days before it, keeping the other lines', () => {
    const out = fixed(numbered, { kind: 'day', line: 4, was: 'Moon' });
    expect(out.list).toBe('INTRO 2025\n\nDay 1: Ghosts\nDay 2: Bats\nDay 3: Moon\n\n#tag');
    expect(read(out.list).days.map((d) => d.prompts[0])).toStrictEqual(['Ghosts', 'Bats', 'Moon']);
    expect(read(out.list).unused.map((u) => u.text)).toStrictEqual(['INTRO 2025', '#tag']);
  });

  it('a line before the first day becomes day 1', () => {
    const out = fixed('Stars\n1. Ghosts\n2. Bats', { kind: 'day', line: 1, was: 'Stars' });
    expect(read(out.list).days.map((d) => d.prompts[0])).toStrictEqual(['Stars', 'Ghosts', 'Bats']);
  });

  it('a dated list is written out with numbers, and its first date kept for the first day field', () => {
    const out = fixed(
      'Oct 1: Ghosts\nOct 2: Bats\nHave a spooky month',
      { kind: 'day', line: 3, was: 'Have a spooky month' },
      2025,
    );
    expect(out.firstDay).toBe('2025-10-01');
    expect(out.list).toBe('Day 1: Ghosts\nDay 2: Bats\nDay 3: Have a spooky month');
  });

  it('a line of one-prompt-a-line list gets a bullet in its place', () => {
    const out = fixed('Stitch\nMask\nHappy inking!', { kind: 'day', line: 3, was: 'Happy inking!' });
    expect(out.list).toBe('Stitch\nMask\n- Happy inking!');
    expect(read(out.list).days).toHaveLength(3);
  });

  it('keeps what was left of an inline list’s line', () => {
    const out = fixed('Prompts: 1 moon 2 hunt 3 blood\nBonus day', {
      kind: 'day',
      line: 2,
      was: 'Bonus day',
    });
    expect(out.list).toBe('Prompts:\n\nDay 1: moon\nDay 2: hunt\nDay 3: blood\nDay 4: Bonus day');
  });

  it.each([
    // No pool yet: one is added at the end.
    ['1. Ghosts\n2. Bats\nMoon\n\n', 'Moon', '1. Ghosts\n2. Bats\n\nAlternates:\n- Moon'],
    // After a bulleted pool's last item.
    [
      '1. Ghosts\n2. Bats\nMoon\nAlt prompts:\n- Fog\n- Rain\nBye!',
      'Moon',
      '1. Ghosts\n2. Bats\nAlt prompts:\n- Fog\n- Rain\n- Moon\nBye!',
    ],
    // After a numbered pool's last item, numbered on.
    [
      '1. Ghosts\n2. Bats\nMoon\n\nAlternates\n1. Fog\n2. Rain',
      'Moon',
      '1. Ghosts\n2. Bats\n\nAlternates\n1. Fog\n2. Rain\n3. Moon',
    ],
    // After a pool on one line, a pool line of its own.
    [
      '1. Ghosts\n2. Bats\nMoon\nAlternates: Fog, Rain',
      'Moon',
      '1. Ghosts\n2. Bats\nAlternates: Fog, Rain\nAlternates: Moon',
    ],
  ])('moves a line into the pool: %j', (list, was, expected) => {
    const line = list.split('\n').indexOf(was) + 1;
    const out = fixed(list, { kind: 'alternate', line, was });
    expect(out.list).toBe(expected);
    expect(read(out.list).alternates).toContain('Moon');
  });

  it('replaces a line with the text typed, on one line or more', () => {
    expect(fixed(numbered, { kind: 'text', line: 4, was: 'Moon', text: '3. Moon' }).list).toBe(
      'INTRO 2025\n1. Ghosts\n2. Bats\n3. Moon\n#tag',
    );
    expect(fixed(numbered, { kind: 'text', line: 4, was: 'Moon', text: '3. Moon\n4. Stars' }).list).toContain(
      '3. Moon\n4. Stars\n#tag',
    );
  });

  it('makes a day of the corrected text', () => {
    const out = fixed(numbered, { kind: 'day', line: 4, was: 'Moon', text: 'Full moon' });
    expect(read(out.list).days[2]?.prompts).toStrictEqual(['Full moon']);
  });

  it.each([
    [{ kind: 'day', line: 4, was: 'Stars', text: 'Stars' }],
    [{ kind: 'day', line: 40, was: 'Moon', text: 'Moon' }],
    [{ kind: 'alternate', line: 4, was: '', text: '' }],
  ] as [ListFix][])('refuses a line that is not the one shown: %j', (fix) => {
    expect(applyFix(numbered, fix)).toStrictEqual({
      ok: false,
      error: `Line ${fix.line} has changed since the preview: check the list and preview it again.`,
    });
  });

  it('refuses to make days of a list that cannot be read yet, but corrects its text', () => {
    const broken = '1. Ghosts\n3. Moon\nStars';
    expect(applyFix(broken, { kind: 'day', line: 3, was: 'Stars', text: 'Stars' }).ok).toBe(false);
    expect(applyFix(broken, { kind: 'text', line: 2, was: '3. Moon', text: '2. Moon' })).toStrictEqual({
      ok: true,
      list: '1. Ghosts\n2. Moon\nStars',
    });
  });
});

describe('descriptions through the canonical text and the open format', () => {
  it('round-trip as `> ` lines under their day', () => {
    const list = {
      days: [
        { day: 1, title: 'Selkie', description: 'A seal.\nIt sheds its skin.', prompts: ['skin', 'sea'] },
        { day: 2, description: 'Lights over the marsh.', prompts: ['Wisp'] },
      ],
      alternates: ['Kelpie'],
    };
    const text = serialisePromptList(list);
    expect(text).toBe(
      'Day 1: Selkie\nskin | sea\n> A seal.\n> It sheds its skin.\nDay 2: Wisp\n> Lights over the marsh.\n\nAlternates:\n- Kelpie\n',
    );
    const back = read(text);
    expect({ days: back.days, alternates: back.alternates }).toStrictEqual(list);
    expect(back.unused).toStrictEqual([]);
  });

  it('are taken and checked by the open format', () => {
    const base = { name: 'Myths', first_day: '2025-10-01' };
    const ok = validateEventJson({ ...base, days: [{ prompts: ['Selkie'], description: ' A seal. ' }] });
    expect(ok.ok && ok.value.days[0]).toStrictEqual({
      day: 1,
      date: '2025-10-01',
      description: 'A seal.',
      prompts: ['Selkie'],
    });
    const long = validateEventJson({
      ...base,
      days: [{ prompts: ['Selkie'], description: 'x'.repeat(2001) }],
    });
    expect(long.ok ? {} : long.errors).toStrictEqual({
      days: 'days[0].description must be text of at most 2000 characters.',
    });
    const wrong = validateEventJson({ ...base, days: [{ prompts: ['Selkie'], description: 3 }] });
    expect(wrong.ok).toBe(false);
  });
});
