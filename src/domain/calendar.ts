import { DateTime, Interval } from 'luxon';
import { remembered } from './remembered.ts';

/** An ISO calendar date such as `2025-10-02`. */
export type IsoDate = string;

/** A day's state for one writer, as the calendar shows it. */
export type DayState = 'filled' | 'filled-late' | 'today' | 'open' | 'upcoming';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How many answers each of this file's memos keeps (they are cleared past it). */
const MEMO_LIMIT = 5000;

/** Whether `value` is a real calendar date written as YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

const knownZones = remembered(new Set<string>());

const zoneLists = remembered(new Map<'all', string[]>());

/** The IANA zones to choose from (UTC first), plus `current` if it is an alias not in the list. */
export function zoneChoices(current: string): string[] {
  const all = remember(zoneLists, 'all', () => [
    'UTC',
    ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC'),
  ]);
  return all.includes(current) ? all : [current, ...all];
}

/** Whether `zone` is an IANA time zone luxon knows. */
export function isTimeZone(zone: string): boolean {
  // Every request asks about its zone; the valid ones are few, so they are remembered.
  if (knownZones.has(zone)) return true;
  const valid = zone.length > 0 && DateTime.now().setZone(zone).isValid;
  if (valid && knownZones.size < MEMO_LIMIT) knownZones.add(zone);
  return valid;
}

// Every request asks for "today" in its zone: each zone's current day is remembered with its bounds.
const todays = remembered(new Map<string, { from: number; until: number; date: IsoDate }>());

/** The writer's calendar date at instant `now` in `zone`. */
export function todayIn(now: DateTime, zone: string): IsoDate {
  const at = now.toMillis();
  const known = todays.get(zone);
  if (known && at >= known.from && at < known.until) return known.date;
  const local = now.setZone(zone);
  const date = local.toISODate() as IsoDate;
  if (local.isValid) {
    const from = local.startOf('day').toMillis();
    const until = nextMidnight(local, addDays(date, 1));
    if (todays.size >= MEMO_LIMIT) todays.clear();
    todays.set(zone, { from, until, date });
  }
  return date;
}

/**
 * The first instant of `next` (the day after `local`'s) in `local`'s zone. Not 24 hours nor the same
 * wall time a day after the day's start: where clocks change at midnight a day may start at 01:00
 * (America/Santiago in September) or its 00:00 come twice (America/Havana in November, the first
 * counts). The boundary is 00:00 at the offset before or after the change, or the end of a gap.
 */
function nextMidnight(local: DateTime, next: IsoDate): number {
  const gapEnd = DateTime.fromISO(next, { zone: local.zone });
  const wall = DateTime.fromISO(next, { zone: 'UTC' }).toMillis();
  let until = gapEnd.toMillis();
  for (const offset of [local.offset, gapEnd.offset]) {
    const at = wall - offset * 60_000;
    if (at < until && DateTime.fromMillis(at, { zone: local.zone }).toISODate() === next) until = at;
  }
  return until;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Milliseconds of a date's UTC midnight, or NaN for what is not a plain YYYY-MM-DD; setUTCFullYear
// keeps years before 100 (Date.UTC would read them as 19xx). Pages ask hundreds of these a view,
// and plain arithmetic takes a fraction of luxon's time.
function utcMillis(date: IsoDate): number {
  const m = ISO_DAY.exec(date);
  if (!m) return Number.NaN;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // 2026-02-30 is no date (luxon answers null for it): only dates that exist are read here.
  return d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]) ? d.getTime() : Number.NaN;
}

function isoOfMillis(ms: number): IsoDate | undefined {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date `n` days after `date` (negative goes back); calendar arithmetic, immune to DST. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const ms = utcMillis(date);
  const plain = Number.isNaN(ms) ? undefined : isoOfMillis(ms + n * DAY_MS);
  return plain ?? (DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate() as IsoDate);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = utcMillis(from);
  const b = utcMillis(to);
  if (!Number.isNaN(a) && !Number.isNaN(b)) return Math.round((b - a) / DAY_MS);
  const da = DateTime.fromISO(from, { zone: 'UTC' });
  const db = DateTime.fromISO(to, { zone: 'UTC' });
  return Math.round(db.diff(da, 'days').days);
}

/** The dates of an event's days, day 1 on `firstDay`, one per calendar day. */
export function eventDates(firstDay: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(firstDay, i));
}

/** The day number an event has on `date` (1-based), or null outside firstDay..lastDay. */
export function dayNumberOn(firstDay: IsoDate, lastDay: IsoDate, date: IsoDate): number | null {
  if (date < firstDay || date > lastDay) return null;
  return daysBetween(firstDay, date) + 1;
}

/** "Day 2" or "No. 2": the event's own label for a day number. */
export function dayName(label: string, n: number): string {
  return `${label} ${n}`;
}

/** The state of an event day for a writer whose today is `today`. */
export function dayState(date: IsoDate, today: IsoDate, fill: { filled: boolean; late: boolean }): DayState {
  if (fill.filled) return fill.late ? 'filled-late' : 'filled';
  if (date === today) return 'today';
  return date > today ? 'upcoming' : 'open';
}

/** Whether a piece posted on `postedOn` fills a day dated `date` late. */
export function isLate(date: IsoDate, postedOn: IsoDate | null): boolean {
  return postedOn !== null && postedOn > date;
}

/** One cell of a month grid: a date and whether it belongs to the month shown. */
export type GridCell = { date: IsoDate; inMonth: boolean };

// Pages ask for the same few months and dates on every view; luxon takes tens of microseconds a date.
const grids = remembered(new Map<string, GridCell[][]>());
const formatted = remembered(new Map<IsoDate, string>());

function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/**
 * A month as weeks of seven dates, starting on ISO weekday `weekStart` (1 Monday … 7 Sunday).
 * The grid is shared between callers, so it is frozen.
 */
export function monthGrid(month: string, weekStart: number): GridCell[][] {
  return remember(
    grids,
    `${month} ${weekStart}`,
    () =>
      Object.freeze(
        buildGrid(month, weekStart).map((week) => Object.freeze(week.map((c) => Object.freeze(c)))),
      ) as GridCell[][],
  );
}

function buildGrid(month: string, weekStart: number): GridCell[][] {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'UTC' });
  const offset = (first.weekday - weekStart + 7) % 7;
  let cursor = first.minus({ days: offset });
  const end = first.endOf('month');
  const weeks: GridCell[][] = [];
  while (cursor <= end) {
    const week: GridCell[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: cursor.toISODate() as IsoDate, inMonth: cursor.month === first.month });
      cursor = cursor.plus({ days: 1 });
    }
    weeks.push(week);
  }
  return weeks;
}

const weekdays = remembered(new Map<number, { short: string; long: string }[]>());

/** The short names of the weekdays in grid order, starting on `weekStart` (shared between callers, so frozen). */
export function weekdayNames(weekStart: number): { short: string; long: string }[] {
  return remember(weekdays, weekStart, () => {
    const monday = DateTime.fromISO('2024-01-01', { zone: 'UTC' });
    return Object.freeze(
      Array.from({ length: 7 }, (_, i) => {
        const d = monday.plus({ days: (weekStart - 1 + i) % 7 });
        return Object.freeze({ short: d.toFormat('ccc'), long: d.toFormat('cccc') });
      }),
    ) as { short: string; long: string }[];
  });
}

/** `YYYY-MM` of a date, and the months before and after a `YYYY-MM`. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The month `n` months after `month` (YYYY-MM). */
export function addMonths(month: string, n: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).plus({ months: n }).toFormat('yyyy-MM');
}

/** Whether `value` is a valid YYYY-MM month. */
export function isMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && DateTime.fromISO(`${value}-01`, { zone: 'UTC' }).isValid;
}

/** "November 2026" for a YYYY-MM month. */
export function monthTitle(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).toFormat('LLLL yyyy');
}

/** How long from `now` until midnight starting `date` in `zone`, in words ("3 days, 4 hours"). */
export function timeUntil(now: DateTime, zone: string, date: IsoDate): string {
  // The date starts where todayIn turns to it: where 00:00 comes twice, at the first.
  const dayBefore = DateTime.fromISO(addDays(date, -1), { zone });
  const start = dayBefore.isValid
    ? DateTime.fromMillis(nextMidnight(dayBefore, date), { zone })
    : DateTime.fromISO(date, { zone });
  const nowInZone = now.setZone(zone);
  if (start <= nowInZone) return 'now';
  const d = Interval.fromDateTimes(nowInZone, start).toDuration(['days', 'hours', 'minutes']);
  const parts: string[] = [];
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (d.days > 0) parts.push(plural(d.days, 'day'));
  if (d.hours > 0) parts.push(plural(d.hours, 'hour'));
  if (d.days === 0 && Math.floor(d.minutes) > 0) parts.push(plural(Math.floor(d.minutes), 'minute'));
  return parts.length > 0 ? parts.join(', ') : 'less than a minute';
}

/** "Sat 2 Nov 2026": a date for people. */
export function formatDate(date: IsoDate): string {
  return remember(formatted, date, () => DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy'));
}
