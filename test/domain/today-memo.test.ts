import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDate, monthGrid, todayIn } from '../../src/domain/calendar.ts';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

describe('the remembered "today"', () => {
  it.each([
    // Each row asked in turn: the remembered day must never outlive its midnight, nor be used early.
    ['2025-10-04T21:59:59.999Z', 'Europe/Berlin', '2025-10-04'],
    ['2025-10-04T22:00:00.000Z', 'Europe/Berlin', '2025-10-05'],
    ['2025-10-04T12:00:00.000Z', 'Europe/Berlin', '2025-10-04'],
    ['2025-10-25T22:00:00.000Z', 'Europe/Berlin', '2025-10-26'],
    ['2025-10-26T22:59:59.000Z', 'Europe/Berlin', '2025-10-26'],
    ['2025-10-26T23:00:00.000Z', 'Europe/Berlin', '2025-10-27'],
    ['2025-10-26T23:00:00.000Z', 'Pacific/Kiritimati', '2025-10-27'],
    ['2025-10-26T23:00:00.000Z', 'America/New_York', '2025-10-26'],
  ])('at %s in %s is %s', (instant, zone, date) => {
    expect(todayIn(at(instant), zone)).toBe(date);
  });

  it('month grids and dates read the same the second time, and grids cannot be changed', () => {
    expect(monthGrid('2025-10', 1)).toBe(monthGrid('2025-10', 1));
    expect(Object.isFrozen(monthGrid('2025-10', 7)[0]?.[0])).toBe(true);
    expect([formatDate('2025-10-02'), formatDate('2025-10-02')]).toEqual([
      'Thu 2 Oct 2025',
      'Thu 2 Oct 2025',
    ]);
  });
});
