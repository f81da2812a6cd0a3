import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/calendar.ts';
import {
  elapsedDays,
  elapsedDaysAt,
  eventLength,
  paceOf,
  par,
  projection,
  streaksOf,
} from '../../src/domain/progress.ts';
import { validateGoal, validateWordLog, wordsFromTotal } from '../../src/domain/word-log-input.ts';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

describe('elapsed event days at day boundaries, in the writer’s zone', () => {
  // An October event of 31 days; a March one across the spring DST change.
  it.each([
    // Kiritimati (UTC+14) starts the event first…
    ['2025-09-30T09:59:59Z', 'Pacific/Kiritimati', 'oct', 0],
    ['2025-09-30T10:00:00Z', 'Pacific/Kiritimati', 'oct', 1],
    ['2025-10-02T10:30:00Z', 'Pacific/Kiritimati', 'oct', 3],
    ['2025-10-31T10:00:00Z', 'Pacific/Kiritimati', 'oct', 31],
    // …Pago Pago (UTC−11) a full day later.
    ['2025-10-01T10:59:59Z', 'Pacific/Pago_Pago', 'oct', 0],
    ['2025-10-01T11:00:00Z', 'Pacific/Pago_Pago', 'oct', 1],
    ['2025-10-02T10:30:00Z', 'Pacific/Pago_Pago', 'oct', 1],
    ['2025-11-01T10:59:59Z', 'Pacific/Pago_Pago', 'oct', 31],
    ['2025-10-02T10:30:00Z', 'UTC', 'oct', 2],
    // London leaves BST on 26 October at 01:00 UTC: midnight moves from 23:00 to 00:00 UTC.
    ['2025-10-25T22:59:59Z', 'Europe/London', 'oct', 25],
    ['2025-10-25T23:00:00Z', 'Europe/London', 'oct', 26],
    ['2025-10-26T23:59:59Z', 'Europe/London', 'oct', 26],
    ['2025-10-27T00:00:00Z', 'Europe/London', 'oct', 27],
    // London enters BST on 30 March at 01:00 UTC.
    ['2025-03-29T23:59:59Z', 'Europe/London', 'mar', 29],
    ['2025-03-30T00:00:00Z', 'Europe/London', 'mar', 30],
    ['2025-03-30T22:59:59Z', 'Europe/London', 'mar', 30],
    ['2025-03-30T23:00:00Z', 'Europe/London', 'mar', 31],
    ['2025-04-01T12:00:00Z', 'Europe/London', 'mar', 31],
  ])('%s in %s (%s event): %i days elapsed', (instant, zone, month, expected) => {
    const [first, last] = month === 'oct' ? ['2025-10-01', '2025-10-31'] : ['2025-03-01', '2025-03-31'];
    expect(elapsedDaysAt(first, last, at(instant), zone)).toBe(expected);
  });

  it('counts the event’s days first and last included', () => {
    expect(eventLength('2025-10-01', '2025-10-31')).toBe(31);
    expect(eventLength('2025-10-20', '2025-11-02')).toBe(14);
    expect(elapsedDays('2025-10-01', '2025-10-31', '2025-09-01')).toBe(0);
    expect(elapsedDays('2025-10-01', '2025-10-31', '2026-01-01')).toBe(31);
  });
});

describe('pace: goal × elapsed ÷ event days; projection: current ÷ elapsed × event days', () => {
  // Goal 31 fills and 31,000 words over October; the writer has 6 fills and 6,200 words.
  const goal = { fills: 31, words: 31_000 };
  const current = { fills: 6, words: 6_200 };
  it.each([
    ['2025-09-30T09:59:59Z', 'Pacific/Kiritimati', 0, 0, null],
    ['2025-09-30T10:00:00Z', 'Pacific/Kiritimati', 1, 1000, 6200 * 31],
    ['2025-10-01T10:59:59Z', 'Pacific/Pago_Pago', 0, 0, null],
    ['2025-10-02T10:30:00Z', 'Pacific/Pago_Pago', 1, 1000, 6200 * 31],
    ['2025-10-02T10:30:00Z', 'Pacific/Kiritimati', 3, 3000, (6200 / 3) * 31],
    ['2025-10-25T22:59:59Z', 'Europe/London', 25, 25_000, (6200 / 25) * 31],
    ['2025-10-25T23:00:00Z', 'Europe/London', 26, 26_000, (6200 / 26) * 31],
    ['2025-10-26T23:59:59Z', 'Europe/London', 26, 26_000, (6200 / 26) * 31],
    ['2025-11-15T12:00:00Z', 'Europe/London', 31, 31_000, 6200],
  ])('%s in %s: day %i, par %d words, projection %s', (instant, zone, elapsed, parWords, projected) => {
    const today = todayIn(at(instant), zone);
    const pace = paceOf({ goal, current, firstDay: '2025-10-01', lastDay: '2025-10-31', today });
    expect(pace.elapsed).toBe(elapsed);
    expect(pace.days).toBe(31);
    expect(pace.words?.par).toBeCloseTo(parWords, 9);
    expect(pace.fills?.par).toBeCloseTo(elapsed, 9);
    if (projected === null) expect(pace.words?.projected).toBeNull();
    else expect(pace.words?.projected).toBeCloseTo(projected, 6);
    expect(pace.words?.ahead).toBeCloseTo(6200 - parWords, 6);
  });

  it('reports only the measures the goal names', () => {
    const pace = paceOf({
      goal: { fills: null, words: 50_000 },
      current: { fills: 3, words: 14_200 },
      firstDay: '2025-11-01',
      lastDay: '2025-11-30',
      today: '2025-11-12',
    });
    expect(pace.fills).toBeUndefined();
    expect(pace.words).toEqual({
      goal: 50_000,
      current: 14_200,
      par: 20_000,
      projected: 35_500,
      ahead: -5_800,
    });
  });

  it.each([
    [31, 0, 31, 0],
    [31, 31, 31, 31],
    [50_000, 15, 30, 25_000],
    [10, 1, 0, 10],
  ])('par(%d, elapsed %d, of %d) = %d', (g, e, t, expected) => {
    expect(par(g, e, t)).toBe(expected);
  });

  it.each([
    [0, 0, 31, null],
    [12, 12, 31, 31],
    [5, 10, 30, 15],
  ])('projection(%d, elapsed %d, of %d) = %s', (c, e, t, expected) => {
    expect(projection(c, e, t)).toBe(expected);
  });
});

describe('streaks: consecutive days with a fill or words', () => {
  const run = (from: number, to: number, month = '2025-10') =>
    Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);
  it.each([
    ['nothing', [], '2025-10-10', 0, 0],
    ['today only', ['2025-10-10'], '2025-10-10', 1, 1],
    ['yesterday: still alive', ['2025-10-09'], '2025-10-10', 1, 1],
    ['the day before yesterday: broken', ['2025-10-08'], '2025-10-10', 0, 1],
    ['three days to today', run(8, 10), '2025-10-10', 3, 3],
    ['an old longer run', [...run(1, 5), '2025-10-09'], '2025-10-10', 1, 5],
    ['future plans do not count', ['2025-10-10', '2025-10-11', '2025-10-12'], '2025-10-10', 1, 1],
    ['duplicates count once', ['2025-10-10', '2025-10-10', '2025-10-09'], '2025-10-10', 2, 2],
    ['across a month end', ['2025-09-29', '2025-09-30', '2025-10-01'], '2025-10-01', 3, 3],
    ['across the DST change', run(24, 28), '2025-10-28', 5, 5],
    ['across a leap day', ['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-02', 3, 3],
  ])('%s', (_label, active, today, current, longest) => {
    expect(streaksOf(active as string[], today as string)).toEqual({ current, longest });
  });

  // The same activity seen from three zones at one instant: "today" decides whether the streak lives.
  it.each([
    ['2025-10-03T10:30:00Z', 'Pacific/Kiritimati', 0], // already 4 October: 3 October is empty
    ['2025-10-03T10:30:00Z', 'UTC', 2], // 3 October: yesterday counted
    ['2025-10-03T10:30:00Z', 'Pacific/Pago_Pago', 2], // still 2 October: today counts
    ['2025-10-03T22:59:59Z', 'Europe/London', 2], // 23:59 BST on 3 October
    ['2025-10-03T23:00:00Z', 'Europe/London', 0], // 00:00 BST on 4 October
  ])('%s in %s: current streak %i', (instant, zone, current) => {
    const streak = streaksOf(['2025-10-01', '2025-10-02'], todayIn(at(instant), zone));
    expect(streak).toEqual({ current, longest: 2 });
  });
});

describe('word logs and goals as typed', () => {
  it.each([
    [{ words: '1,234' }, { date: '2025-10-02', words: 1234, mode: 'add', pieceId: null }],
    [
      { words: 500, date: '2025-09-01', mode: 'set', piece_id: 7 },
      { date: '2025-09-01', words: 500, mode: 'set', pieceId: 7 },
    ],
    [
      { words: '0', mode: 'set' },
      { date: '2025-10-02', words: 0, mode: 'set', pieceId: null },
    ],
  ])('accepts %j', (candidate, expected) => {
    expect(validateWordLog(candidate, '2025-10-02')).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ words: '0' }, 'words'],
    [{ words: -5 }, 'words'],
    [{ words: 1.5 }, 'words'],
    [{ words: 'lots' }, 'words'],
    [{ words: '10', date: '2025-02-30' }, 'date'],
    [{ words: '10', mode: 'replace' }, 'mode'],
    [{ words: '10', piece_id: 'abc' }, 'piece_id'],
  ])('refuses %j (%s)', (candidate, field) => {
    const result = validateWordLog(candidate, '2025-10-02');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
  });

  it('a running total gives its date the difference, and never goes down', () => {
    expect(wordsFromTotal(1200, 500, '2025-10-02')).toEqual({ ok: true, value: 700 });
    expect(wordsFromTotal(500, 500, '2025-10-02')).toEqual({ ok: true, value: 0 });
    const lower = wordsFromTotal(400, 500, '2025-10-02');
    expect(lower.ok).toBe(false);
    if (!lower.ok) expect(lower.errors.words).toMatch(/before Thu 2 Oct 2025 is already 500/);
  });

  it.each([
    [
      { fills: '31', words: '50,000' },
      { ok: true, value: { fills: 31, words: 50_000 } },
    ],
    [
      { fills: '', words: '' },
      { ok: true, value: { fills: null, words: null } },
    ],
    [{ fills: '20' }, { ok: true, value: { fills: 20, words: null } }],
  ])('goal %j', (candidate, expected) => {
    expect(validateGoal(candidate, 31)).toEqual(expected);
  });

  it.each([
    [{ fills: '32' }, 'fills'],
    [{ fills: '0' }, 'fills'],
    [{ words: '-1' }, 'words'],
  ])('refuses the goal %j', (candidate, field) => {
    const result = validateGoal(candidate, 31);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });
});
