import type { DateTime } from 'luxon';
import { addDays, type IsoDate, todayIn } from './calendar.ts';
import { remembered } from './remembered.ts';

/** The latest hour a writer's day may end at (6 am); 0 is midnight. */
export const DAY_END_MAX = 6;

/** The hours a writer may choose for "my day ends at", with their names ("midnight", "3 am"). */
export const DAY_END_CHOICES: readonly { hour: number; label: string }[] = Array.from(
  { length: DAY_END_MAX + 1 },
  (_, hour) => ({ hour, label: dayEndLabel(hour) }),
);

/** "midnight" for 0, else "3 am". */
export function dayEndLabel(hour: number): string {
  return hour === 0 ? 'midnight' : `${hour} am`;
}

/** The hour from a form or JSON value: a whole number 0–6 (as text or number), else undefined. */
export function parseDayEnd(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= DAY_END_MAX ? n : undefined;
}

// Asked on every signed-in request: the answer only changes on a quarter hour (zone offsets and their
// changes fall on quarter hours), so it is kept per zone, hour and quarter hour.
const known = remembered(new Map<string, IsoDate>());
const QUARTER_HOUR = 15 * 60_000;

/**
 * The writer's date at `now` in `zone` when their day ends at `dayEndsAt` o'clock: until the wall
 * clock shows that hour, it is still the previous date. Read from the wall clock, so where clocks
 * change the day still ends when the clock first shows that hour (after a gap, its end); at 0 it is
 * `todayIn` (midnight, also where clocks change at midnight).
 */
export function writerToday(now: DateTime, zone: string, dayEndsAt: number): IsoDate {
  if (dayEndsAt <= 0) return todayIn(now, zone);
  const key = `${zone}\n${dayEndsAt}\n${Math.floor(now.toMillis() / QUARTER_HOUR)}`;
  const hit = known.get(key);
  if (hit) return hit;
  const local = now.setZone(zone);
  const date = local.toISODate() as IsoDate;
  const today = local.hour < dayEndsAt ? addDays(date, -1) : date;
  if (known.size >= 5000) known.clear();
  known.set(key, today);
  return today;
}
