import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isMonth,
  isTimeZone,
  monthOf,
  monthTitle,
  timeUntil,
  todayIn,
  zoneChoices,
} from '../../src/domain/calendar.ts';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

// The unit tests share modules between runs (test/vitest.mutate.config.ts), so a zone remembered by
// an earlier run stays remembered: each run asks about an unknown zone no run asked about before.
let unknownZone = '';
beforeAll(() => {
  const store = globalThis as { calendarEdgesRuns?: number };
  store.calendarEdgesRuns = (store.calendarEdgesRuns ?? 0) + 1;
  unknownZone = `Nowhere/Asked_${store.calendarEdgesRuns}`;
});

describe('isMonth', () => {
  it.each([
    ['2025-10', true],
    ['2025-01', true],
    ['2025-12', true],
    ['0001-01', true],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-1', false],
    ['25-10', false],
    ['2025', false],
    ['abcd-10', false],
    ['2025-ab', false],
    // Forms luxon would read once "-01" is added, but no YYYY-MM.
    ['+002025-10', false],
    ['2025-10T10', false],
    ['2025-10-02', false],
    ['', false],
  ])('%j → %s', (value, ok) => {
    expect(isMonth(value)).toBe(ok);
  });
});

describe('months by name', () => {
  it('takes the month of a date', () => {
    expect(monthOf('2025-10-02')).toBe('2025-10');
    expect(monthOf('2028-02-29')).toBe('2028-02');
  });

  it.each([
    ['2026-11', 'November 2026'],
    ['2025-01', 'January 2025'],
    ['2028-02', 'February 2028'],
  ])('%s is titled %s', (month, title) => {
    expect(monthTitle(month)).toBe(title);
  });
});

describe('zoneChoices', () => {
  const listed = Intl.supportedValuesOf('timeZone');

  it('offers every zone once, UTC first', () => {
    const choices = zoneChoices('UTC');
    expect(choices[0]).toBe('UTC');
    expect(choices.filter((z) => z === 'UTC')).toEqual(['UTC']);
    expect(new Set(choices).size).toBe(choices.length);
    expect(new Set(choices)).toEqual(new Set(['UTC', ...listed]));
    expect(choices).toEqual(expect.arrayContaining(['America/Santiago', 'America/Havana', 'Asia/Beirut']));
  });

  it('offers the same list for any listed zone', () => {
    expect(zoneChoices('Asia/Beirut')).toEqual(zoneChoices('UTC'));
  });

  it('puts a zone that is not listed (an alias) first, before UTC', () => {
    expect(listed).not.toContain('US/Eastern');
    const choices = zoneChoices('US/Eastern');
    expect(choices.slice(0, 2)).toEqual(['US/Eastern', 'UTC']);
    expect(choices).toHaveLength(zoneChoices('UTC').length + 1);
  });
});

describe('isTimeZone asked again', () => {
  it('still knows a zone the second time', () => {
    expect([isTimeZone('America/Havana'), isTimeZone('America/Havana')]).toEqual([true, true]);
    expect([isTimeZone('US/Eastern'), isTimeZone('US/Eastern')]).toEqual([true, true]);
  });

  it('still refuses an unknown zone the second time', () => {
    expect([isTimeZone(unknownZone), isTimeZone(unknownZone)]).toEqual([false, false]);
  });
});

describe('addDays past the four-digit years, written as luxon writes them', () => {
  it.each([
    ['9999-12-31', 0, '9999-12-31'],
    ['9999-12-30', 1, '9999-12-31'],
    ['9999-12-31', 1, '+010000-01-01'],
    ['0000-01-02', -1, '0000-01-01'],
    ['0000-01-01', 0, '0000-01-01'],
    ['0001-01-01', -1, '0000-12-31'],
    ['0000-01-01', -1, '-000001-12-31'],
  ])('%s plus %i is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('daysBetween ISO forms other than YYYY-MM-DD, as luxon reads them', () => {
  it.each([
    ['2025-10', '2025-10-05', 4],
    ['2025-10-01', '2025-10', 0],
    ['20251001', '2025-10-05', 4],
    ['2025-10-01', '20251005', 4],
    ['2025-10-01', '2025-W40-7', 4],
    ['2025-W40-3', '2025-10-31', 30],
  ])('from %s to %s: %i', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('is no number for what is no date', () => {
    expect(daysBetween('2025-10-01', 'soon')).toBeNaN();
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
  });
});

describe('timeUntil in words', () => {
  it.each([
    // Minutes are left out once whole days remain.
    ['2025-09-28T11:30:00Z', 'UTC', '2025-10-01', '2 days, 12 hours'],
    ['2025-09-29T00:00:00Z', 'UTC', '2025-10-01', '2 days'],
    ['2025-09-29T23:00:00Z', 'UTC', '2025-10-01', '1 day, 1 hour'],
    ['2025-09-29T23:59:00Z', 'UTC', '2025-10-01', '1 day'],
    ['2025-09-30T21:00:00Z', 'UTC', '2025-10-01', '3 hours'],
    ['2025-09-30T22:58:30Z', 'UTC', '2025-10-01', '1 hour, 1 minute'],
    ['2025-09-30T22:57:00Z', 'UTC', '2025-10-01', '1 hour, 3 minutes'],
    ['2025-09-30T23:58:59Z', 'UTC', '2025-10-01', '1 minute'],
    ['2025-09-30T23:59:00Z', 'UTC', '2025-10-01', '1 minute'],
    ['2025-09-30T23:59:00.001Z', 'UTC', '2025-10-01', 'less than a minute'],
    ['2025-09-30T23:59:59.999Z', 'UTC', '2025-10-01', 'less than a minute'],
    ['2025-10-01T00:00:00.001Z', 'UTC', '2025-10-01', 'now'],
    // Santiago's 6 September 2026 starts at 01:00 (-03): twelve hours after noon the day before.
    ['2026-09-05T16:00:00Z', 'America/Santiago', '2026-09-06', '12 hours'],
    // Havana's 8 March 2026 starts at 01:00 (-04), 05:00 UTC.
    ['2026-03-08T04:00:00Z', 'America/Havana', '2026-03-08', '1 hour'],
    // Beirut's 29 March 2026 starts at 01:00 (+03), 22:00 UTC the day before.
    ['2026-03-28T20:30:00Z', 'Asia/Beirut', '2026-03-29', '1 hour, 30 minutes'],
    ['2026-03-28T22:00:00Z', 'Asia/Beirut', '2026-03-29', 'now'],
    // Havana's 1 November 2026 has 00:00 twice (-04, then -05); it starts at the first, 04:00 UTC,
    // where todayIn turns to it.
    ['2026-10-31T23:00:00Z', 'America/Havana', '2026-11-01', '5 hours'],
    ['2026-11-01T04:00:00Z', 'America/Havana', '2026-11-01', 'now'],
  ])('from %s in %s until %s: %s', (now, zone, date, expected) => {
    expect(timeUntil(at(now), zone, date)).toBe(expected);
  });
});

describe('todayIn where clocks change at midnight', () => {
  it.each([
    // Santiago: 23:59 (-04) then 01:00 (-03) on 6 September 2026.
    ['2026-09-06T03:59:59.999Z', 'America/Santiago', '2026-09-05'],
    ['2026-09-06T04:00:00.000Z', 'America/Santiago', '2026-09-06'],
    // Santiago: 23:59 (-03) then 23:00 (-04) on 4 April 2026: the 4th lasts an hour longer.
    ['2026-04-05T03:30:00.000Z', 'America/Santiago', '2026-04-04'],
    ['2026-04-05T04:00:00.000Z', 'America/Santiago', '2026-04-05'],
    // Havana: 1 November starts at the first 00:00 (-04), 04:00 UTC.
    ['2026-11-01T03:59:59.999Z', 'America/Havana', '2026-10-31'],
    ['2026-11-01T04:00:00.000Z', 'America/Havana', '2026-11-01'],
    ['2026-11-01T05:30:00.000Z', 'America/Havana', '2026-11-01'],
    // Beirut: 29 March 2026 starts at 01:00 (+03), 22:00 UTC on the 28th.
    ['2026-03-28T21:59:59.999Z', 'Asia/Beirut', '2026-03-28'],
    ['2026-03-28T22:00:00.000Z', 'Asia/Beirut', '2026-03-29'],
  ])('at %s in %s is %s', (instant, zone, date) => {
    expect(todayIn(at(instant), zone)).toBe(date);
  });
});
