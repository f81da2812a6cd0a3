import { DateTime, Settings, type Zone } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  formatDate,
  isIsoDate,
  isMonth,
  monthGrid,
  monthTitle,
  todayIn,
  weekdayNames,
} from '../../src/domain/calendar.ts';

// Calendar math must not lean on the machine's zone. A default zone luxon cannot use makes any
// DateTime that does lean on it invalid, so each answer below would show it.
let machineZone: Zone;
beforeAll(() => {
  machineZone = Settings.defaultZone;
  Settings.defaultZone = 'Mars/Olympus_Mons';
});
afterAll(() => {
  Settings.defaultZone = machineZone;
});

// Instants are built in UTC: one read in the default zone would be invalid here.
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The unit tests share modules between runs (test/vitest.mutate.config.ts), so the memos keep what
// earlier runs computed: each run asks about a month no run asked about before.
function freshMonth(): { year: number; month: number; iso: string } {
  const store = globalThis as { calendarMachineZoneRuns?: number };
  const run = (store.calendarMachineZoneRuns ?? 0) + 1;
  store.calendarMachineZoneRuns = run;
  const year = 2400 + Math.floor(run / 12);
  const month = (run % 12) + 1;
  return { year, month, iso: `${year}-${String(month).padStart(2, '0')}` };
}

describe('under a default zone luxon cannot use', () => {
  it('the default zone really is unusable', () => {
    expect(DateTime.fromISO('2025-10-02').isValid).toBe(false);
  });

  it('reads dates and months', () => {
    expect(isIsoDate('2025-10-02')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isMonth('2025-10')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(monthTitle('2026-11')).toBe('November 2026');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-03', -14)).toBe('2024-01');
  });

  it('counts days between ISO forms luxon reads', () => {
    expect(daysBetween('2025-10', '2025-10-05')).toBe(4);
    expect(daysBetween('2025-10-01', '20251005')).toBe(4);
  });

  it('names weekdays', () => {
    expect(weekdayNames(3).map((d) => d.short)).toEqual(['Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue']);
    expect(weekdayNames(3)[0]).toEqual({ short: 'Wed', long: 'Wednesday' });
  });

  it('lays out a month and writes a date', () => {
    const { year, month, iso } = freshMonth();
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const cells = monthGrid(iso, 1).flat();
    // Weeks start on Monday: as many days of the month before as the 1st is past Monday.
    expect(cells.findIndex((c) => c.inMonth)).toBe((firstWeekday + 6) % 7);
    expect(cells.filter((c) => c.inMonth).map((c) => c.date)).toEqual(
      Array.from({ length: days }, (_, i) => `${iso}-${String(i + 1).padStart(2, '0')}`),
    );
    expect(cells.length % 7).toBe(0);
    expect(cells.length - cells.findLastIndex((c) => c.inMonth)).toBeLessThanOrEqual(7);

    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, 15)).getUTCDay()];
    expect(formatDate(`${iso}-15`)).toBe(`${weekday} 15 ${MONTHS[month - 1]} ${year}`);
  });

  it.each([
    // Havana's 1 November 2026 has its 00:00 twice (01:00 -04 goes back to 00:00 -05): the first starts the day.
    ['America/Havana', '2026-11-01T03:50:00Z', '2026-11-01T04:10:00Z', '2026-11-01'],
    ['America/Santiago', '2026-09-06T03:50:00Z', '2026-09-06T04:10:00Z', '2026-09-06'],
    ['America/Santiago', '2026-04-05T02:50:00Z', '2026-04-05T03:10:00Z', '2026-04-04'],
    ['Asia/Beirut', '2026-03-28T21:50:00Z', '2026-03-28T22:10:00Z', '2026-03-29'],
    ['Asia/Beirut', '2026-10-24T21:50:00Z', '2026-10-24T22:10:00Z', '2026-10-25'],
  ])('in %s, asked at %s then at %s, is %s', (zone, first, then, date) => {
    // Asked on a far day first, so that the day asked next is worked out afresh, and last, so that
    // no day remembered here (wrongly, if the code is wrong) is met by a later test.
    todayIn(at('2000-01-01T12:00:00Z'), zone);
    todayIn(at(first), zone);
    const answer = todayIn(at(then), zone);
    todayIn(at('2000-01-01T12:00:00Z'), zone);
    expect(answer).toBe(date);
  });
});
