import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/calendar.ts';
import { parseDayEnd, writerToday } from '../../src/domain/day-end.ts';
import { TIME_BOUNDS } from '../time-bound.ts';

describe('the writer’s day that ends after midnight', () => {
  it.each([
    // zone, instant (with the offset then in force), the hour the day ends at, the writer's date
    ['UTC', '2025-10-03T02:59:00Z', 3, '2025-10-02'],
    ['UTC', '2025-10-03T03:00:00Z', 3, '2025-10-03'],
    ['UTC', '2025-10-03T02:59:00Z', 0, '2025-10-03'],
    ['UTC', '2025-10-03T05:59:59Z', 6, '2025-10-02'],
    ['UTC', '2025-10-02T23:59:00Z', 6, '2025-10-02'],
    // Berlin springs from 02:00 to 03:00: a day ending at 2 ends with the gap.
    ['Europe/Berlin', '2026-03-29T01:59:00+01:00', 3, '2026-03-28'],
    ['Europe/Berlin', '2026-03-29T03:00:00+02:00', 3, '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T01:59:00+01:00', 2, '2026-03-28'],
    ['Europe/Berlin', '2026-03-29T03:00:00+02:00', 2, '2026-03-29'],
    // Berlin's 02:00–03:00 comes twice in October: both times before 3, the first 02:00 ends a day ending at 2.
    ['Europe/Berlin', '2026-10-25T02:30:00+02:00', 3, '2026-10-24'],
    ['Europe/Berlin', '2026-10-25T02:30:00+01:00', 3, '2026-10-24'],
    ['Europe/Berlin', '2026-10-25T03:00:00+01:00', 3, '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T02:00:00+02:00', 2, '2026-10-25'],
    // Santiago's 00:00 is 01:00 in September; in April 00:00 goes back to 23:00.
    ['America/Santiago', '2026-09-05T23:59:00-04:00', 1, '2026-09-05'],
    ['America/Santiago', '2026-09-06T01:00:00-03:00', 1, '2026-09-06'],
    ['America/Santiago', '2026-09-06T01:30:00-03:00', 2, '2026-09-05'],
    ['America/Santiago', '2026-09-06T02:00:00-03:00', 2, '2026-09-06'],
    ['America/Santiago', '2026-04-04T23:30:00-04:00', 3, '2026-04-04'],
    ['America/Santiago', '2026-04-05T00:30:00-04:00', 3, '2026-04-04'],
    ['America/Santiago', '2026-04-05T03:00:00-04:00', 3, '2026-04-05'],
    // Havana: 00:00 is 01:00 in March; 01:00 goes back to 00:00 in November (00:00–01:00 twice).
    ['America/Havana', '2026-03-08T01:30:00-04:00', 2, '2026-03-07'],
    ['America/Havana', '2026-03-08T02:00:00-04:00', 2, '2026-03-08'],
    ['America/Havana', '2026-11-01T00:30:00-04:00', 1, '2026-10-31'],
    ['America/Havana', '2026-11-01T00:30:00-05:00', 1, '2026-10-31'],
    ['America/Havana', '2026-11-01T01:00:00-05:00', 1, '2026-11-01'],
    // Beirut: 00:00 is 01:00 in March; in October 00:00 goes back to 23:00.
    ['Asia/Beirut', '2026-03-29T01:30:00+03:00', 2, '2026-03-28'],
    ['Asia/Beirut', '2026-03-29T02:00:00+03:00', 2, '2026-03-29'],
    ['Asia/Beirut', '2026-03-29T01:00:00+03:00', 1, '2026-03-29'],
    ['Asia/Beirut', '2026-10-24T23:30:00+02:00', 1, '2026-10-24'],
    ['Asia/Beirut', '2026-10-25T00:30:00+02:00', 1, '2026-10-24'],
    ['Asia/Beirut', '2026-10-25T01:00:00+02:00', 1, '2026-10-25'],
    // A zone a quarter hour off the hour.
    ['Asia/Kathmandu', '2026-01-10T02:59:00+05:45', 3, '2026-01-09'],
    ['Asia/Kathmandu', '2026-01-10T03:00:00+05:45', 3, '2026-01-10'],
  ] as const)('in %s at %s, with the day ending at %i, is %s', (zone, at, hour, date) => {
    expect(writerToday(DateTime.fromISO(at), zone, hour)).toBe(date);
  });

  // Where each zone's clocks changed in 2026 (local wall time before the change), from the tz database.
  const CHANGES: [string, string][] = [
    ['America/Santiago', '2026-04-04T23:00:00-04:00'],
    ['America/Santiago', '2026-09-06T01:00:00-03:00'],
    ['America/Havana', '2026-03-08T01:00:00-04:00'],
    ['America/Havana', '2026-11-01T00:00:00-05:00'],
    ['Asia/Beirut', '2026-03-29T01:00:00+03:00'],
    ['Asia/Beirut', '2026-10-24T23:00:00+02:00'],
    ['Europe/Berlin', '2026-03-29T03:00:00+02:00'],
    ['Europe/Berlin', '2026-10-25T02:00:00+01:00'],
  ];

  it.each(CHANGES)(
    'in %s around %s, asked every 5 minutes, moves on one date at a time when the clock reaches the hour',
    (zone, change) => {
      for (const hour of [1, 2, 3]) {
        const from = DateTime.fromISO(change).minus({ days: 2 });
        let last = writerToday(from, zone, hour);
        // Every 5 minutes; every quarter hour under `npm run mutate`, still each side of every hour.
        const step = TIME_BOUNDS ? 5 : 15;
        for (let i = 1; i <= (4 * 24 * 60) / step; i++) {
          const t = from.plus({ minutes: step * i });
          const today = writerToday(t, zone, hour);
          const local = t.setZone(zone);
          const calendar = todayIn(t, zone);
          expect(today, `${zone} ${hour} at ${local.toISO()}`).toBe(
            local.hour < hour ? DateTime.fromISO(calendar).minus({ days: 1 }).toISODate() : calendar,
          );
          if (today !== last) {
            // Never back, never a date skipped, and only once the wall clock shows the hour.
            expect(DateTime.fromISO(last).plus({ days: 1 }).toISODate(), local.toISO() ?? '').toBe(today);
            expect(local.hour).toBeGreaterThanOrEqual(hour);
          }
          last = today;
        }
      }
    },
  );

  it.each([
    ['0', 0],
    ['6', 6],
    [3, 3],
    ['7', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    [2.5, undefined],
    ['', undefined],
    [null, undefined],
    [true, undefined],
    [' 3', undefined],
    ['3 ', undefined],
    [-1, undefined],
    [7, undefined],
  ] as const)('reads %j as %j', (value, hour) => {
    expect(parseDayEnd(value)).toBe(hour);
  });
});
