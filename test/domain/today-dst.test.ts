import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/calendar.ts';

/** Zones whose clocks change at local midnight, and two that change at night for contrast. */
const ZONES = ['America/Santiago', 'America/Havana', 'Asia/Beirut', 'Europe/Berlin', 'America/New_York'];

const found = new Map<string, DateTime[]>();

/** The instants in `year` at which `zone`'s offset changes (in that zone), found by scanning hour by hour. */
function transitions(zone: string, year: number): DateTime[] {
  const key = `${zone} ${year}`;
  const known = found.get(key);
  if (known) return known;
  const list: DateTime[] = [];
  let t = DateTime.fromObject({ year }, { zone: 'UTC' });
  const end = t.plus({ years: 1 });
  let offset = t.setZone(zone).offset;
  while (t < end) {
    const next = t.plus({ hours: 1 });
    if (next.setZone(zone).offset !== offset) {
      list.push(next.setZone(zone));
      offset = next.setZone(zone).offset;
    }
    t = next;
  }
  found.set(key, list);
  return list;
}

const direct = (at: DateTime, zone: string) => at.setZone(zone).toISODate();

describe('"today" around daylight-saving changes at midnight', () => {
  it('finds the changes the cases below rely on', () => {
    // Santiago springs forward at its midnight in September: 00:00 is 01:00.
    expect(transitions('America/Santiago', 2026).map((t) => t.toISO())).toContain(
      '2026-09-06T01:00:00.000-03:00',
    );
    expect(transitions('America/Havana', 2026).map((t) => t.toISO())).toContain(
      '2026-03-08T01:00:00.000-04:00',
    );
    expect(transitions('Asia/Beirut', 2026).map((t) => t.toISO())).toContain('2026-03-29T01:00:00.000+03:00');
  });

  it.each(ZONES)('in %s, asked during each changed day then just after its next midnight', (zone) => {
    for (const change of transitions(zone, 2026)) {
      // The day of the change and the days either side, asked at noon, shortly before and after midnight.
      for (let d = -1; d <= 1; d++) {
        const day = change.plus({ days: d }).startOf('day');
        const next = day.plus({ days: 1 }).startOf('day');
        const asked = [
          day.set({ hour: 12 }),
          next.minus({ minutes: 5 }),
          next.minus({ milliseconds: 1 }),
          next,
          next.plus({ minutes: 30 }),
          next.plus({ minutes: 59 }),
        ];
        for (const at of asked) expect(todayIn(at, zone), `${zone} at ${at.toISO()}`).toBe(direct(at, zone));
      }
    }
  });

  it.each([
    // Asked first shortly before midnight, then after: the remembered day must end at the next local midnight.
    ['America/Santiago', '2026-09-06T12:00:00-03:00', '2026-09-07T00:30:00-03:00', '2026-09-07'],
    ['America/Santiago', '2026-09-05T23:50:00-04:00', '2026-09-06T01:10:00-03:00', '2026-09-06'],
    ['America/Havana', '2026-03-08T23:59:00-04:00', '2026-03-09T00:10:00-04:00', '2026-03-09'],
    // Havana's 00:00 comes twice on 1 November (01:00 goes back to 00:00): the first one starts the day.
    ['America/Havana', '2026-10-31T23:50:00-04:00', '2026-11-01T00:10:00-04:00', '2026-11-01'],
    ['Asia/Beirut', '2026-03-29T23:55:00+03:00', '2026-03-30T00:05:00+03:00', '2026-03-30'],
    ['Asia/Beirut', '2026-10-24T23:30:00+02:00', '2026-10-25T00:30:00+02:00', '2026-10-25'],
  ])('in %s, asked at %s then at %s, is %s', (zone, first, then, date) => {
    todayIn(DateTime.fromISO(first), zone);
    expect(todayIn(DateTime.fromISO(then), zone)).toBe(date);
  });
});
