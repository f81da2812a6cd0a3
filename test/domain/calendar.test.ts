import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumberOn,
  dayState,
  daysBetween,
  eventDates,
  isIsoDate,
  isLate,
  isTimeZone,
  monthGrid,
  timeUntil,
  todayIn,
  weekdayNames,
} from '../../src/domain/calendar.ts';
import { sweep } from '../time-bound.ts';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

describe('todayIn: the writer’s date, never the server’s', () => {
  it.each([
    // One instant, the two ends of the world: a full calendar day apart.
    ['2025-10-02T10:30:00Z', 'Pacific/Kiritimati', '2025-10-03'],
    ['2025-10-02T10:30:00Z', 'Pacific/Pago_Pago', '2025-10-01'],
    ['2025-10-02T10:30:00Z', 'UTC', '2025-10-02'],
    ['2025-10-02T09:59:59Z', 'Pacific/Kiritimati', '2025-10-02'],
    ['2025-10-02T10:00:00Z', 'Pacific/Kiritimati', '2025-10-03'],
    ['2025-10-02T10:59:59Z', 'Pacific/Pago_Pago', '2025-10-01'],
    ['2025-10-02T11:00:00Z', 'Pacific/Pago_Pago', '2025-10-02'],
    // Across DST: Europe/London leaves BST on 2025-10-26 at 01:00 UTC.
    ['2025-10-25T23:30:00Z', 'Europe/London', '2025-10-26'],
    ['2025-10-26T23:30:00Z', 'Europe/London', '2025-10-26'],
    // America/New_York leaves EDT on 2025-11-02 at 06:00 UTC.
    ['2025-11-02T03:59:00Z', 'America/New_York', '2025-11-01'],
    ['2025-11-02T04:30:00Z', 'America/New_York', '2025-11-02'],
    ['2025-11-03T04:30:00Z', 'America/New_York', '2025-11-02'],
    // Leap day.
    ['2028-02-29T12:00:00Z', 'Asia/Tokyo', '2028-02-29'],
    ['2028-02-29T16:00:00Z', 'Asia/Tokyo', '2028-03-01'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(todayIn(at(instant), zone)).toBe(expected);
  });
});

describe('event day numbers', () => {
  it.each([
    ['2025-10-01', '2025-10-31', '2025-10-01', 1],
    ['2025-10-01', '2025-10-31', '2025-10-31', 31],
    ['2025-10-01', '2025-10-31', '2025-09-30', null],
    ['2025-10-01', '2025-10-31', '2025-11-01', null],
    // DST ends inside October in Europe and America: still one number per calendar day.
    ['2025-10-01', '2025-10-31', '2025-10-27', 27],
    ['2025-10-20', '2025-11-18', '2025-11-02', 14],
    // An event crossing a month end and a leap day.
    ['2028-02-15', '2028-03-15', '2028-02-29', 15],
    ['2028-02-15', '2028-03-15', '2028-03-01', 16],
    ['2027-02-15', '2027-03-15', '2027-03-01', 15],
  ])('%s..%s on %s is day %s', (first, last, date, n) => {
    expect(dayNumberOn(first, last, date)).toBe(n);
  });

  it('lists one date per day across a month end and a leap day', () => {
    expect(eventDates('2028-02-27', 4)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eventDates('2025-12-30', 3)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
  });

  it('counts calendar days across DST changes', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(addDays('2025-03-08', 2)).toBe('2025-03-10');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['yesterday', false],
    ['', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['Pacific/Kiritimati', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s → %s', (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
  });
});

describe('monthGrid and the first day of the week', () => {
  it('starts on Monday by default: October 2025 begins on a Wednesday', () => {
    const weeks = monthGrid('2025-10', 1);
    expect(weeks[0]?.map((c) => c.date)).toEqual([
      '2025-09-29',
      '2025-09-30',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
    ]);
    expect(weeks[0]?.[1]?.inMonth).toBe(false);
    expect(weeks[0]?.[2]?.inMonth).toBe(true);
    expect(weeks).toHaveLength(5);
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2025-11-02');
  });

  it('starts on Sunday when chosen', () => {
    const weeks = monthGrid('2025-10', 7);
    expect(weeks[0]?.[0]?.date).toBe('2025-09-28');
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2025-11-01');
  });

  it('handles a month that starts on the week start and leap February', () => {
    expect(monthGrid('2025-09', 1)[0]?.[0]?.date).toBe('2025-09-01');
    const feb = monthGrid('2028-02', 1);
    const dates = feb.flat().filter((c) => c.inMonth);
    expect(dates).toHaveLength(29);
    expect(feb.every((w) => w.length === 7)).toBe(true);
  });

  it('names weekdays in grid order', () => {
    expect(weekdayNames(1).map((d) => d.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames(7).map((d) => d.short)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('moves between months across a year end', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
  });
});

describe('day state', () => {
  const none = { filled: false, late: false };
  it.each([
    ['2025-10-02', '2025-10-02', none, 'today'],
    ['2025-10-03', '2025-10-02', none, 'upcoming'],
    ['2025-10-01', '2025-10-02', none, 'open'],
    ['2025-10-01', '2025-10-02', { filled: true, late: false }, 'filled'],
    ['2025-10-01', '2025-10-02', { filled: true, late: true }, 'filled-late'],
    ['2025-10-02', '2025-10-02', { filled: true, late: false }, 'filled'],
  ] as const)('%s seen on %s with %o is %s', (date, today, fill, state) => {
    expect(dayState(date, today, fill)).toBe(state);
  });

  it('calls a fill late only when posted after the day', () => {
    expect(isLate('2025-10-02', '2025-10-02')).toBe(false);
    expect(isLate('2025-10-02', '2025-10-03')).toBe(true);
    expect(isLate('2025-10-02', '2025-10-01')).toBe(false);
    expect(isLate('2025-10-02', null)).toBe(false);
  });
});

describe('timeUntil an event starts, in the writer’s zone', () => {
  it.each([
    ['2025-09-28T12:00:00Z', 'UTC', '2025-10-01', '2 days, 12 hours'],
    ['2025-09-30T23:30:00Z', 'UTC', '2025-10-01', '30 minutes'],
    ['2025-09-30T10:00:00Z', 'Pacific/Kiritimati', '2025-10-01', 'now'],
    ['2025-09-30T10:00:00Z', 'Pacific/Pago_Pago', '2025-10-01', '1 day, 1 hour'],
    ['2025-10-01T00:00:00Z', 'UTC', '2025-10-01', 'now'],
  ])('from %s in %s until %s: %s', (now, zone, date, expected) => {
    expect(timeUntil(at(now), zone, date)).toBe(expected);
  });
});

describe('addDays and daysBetween, against luxon', () => {
  const luxonAdd = (date: string, n: number) =>
    DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate();
  const luxonBetween = (a: string, b: string) =>
    Math.round(DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days);
  it.each([
    ['2024-02-28', 1],
    ['2024-02-29', 1],
    ['2023-02-28', 1],
    ['2024-12-31', 1],
    ['2025-01-01', -1],
    ['2000-02-28', 1],
    ['1900-02-28', 1],
    ['0099-12-31', 1],
    ['0001-01-01', 400],
    ['9999-12-31', -3650],
    ['2026-03-08', 1],
    ['2026-10-25', 380],
    ['2026-10-25', -380],
  ])('%s plus %i', (date, n) => {
    expect(addDays(date, n)).toBe(luxonAdd(date, n));
    expect(daysBetween(date, addDays(date, n))).toBe(n);
  });

  it('agree on 2,000 dates drawn from four centuries', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < sweep(2000); i++) {
      const date = DateTime.fromMillis(Date.UTC(1800, 0, 1) + (next() % 146_097) * 86_400_000, {
        zone: 'UTC',
      }).toISODate() as string;
      const n = (next() % 1500) - 750;
      expect(addDays(date, n)).toBe(luxonAdd(date, n));
      expect(daysBetween(date, addDays(date, n))).toBe(luxonBetween(date, luxonAdd(date, n) as string));
    }
  });

  it('answer as luxon does for what is no date', () => {
    expect(addDays('2026-02-30', 1)).toBe(luxonAdd('2026-02-30', 1));
    expect(addDays('2026-13-01', 1)).toBe(luxonAdd('2026-13-01', 1));
  });
});
