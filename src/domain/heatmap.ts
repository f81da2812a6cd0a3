import { DateTime } from 'luxon';
import { addDays, type IsoDate } from './calendar.ts';
import { dayMonth } from './charts.ts';

/** What a writer did on one date: words written and days filled by pieces posted that date. */
export type DayActivity = { words: number; fills: number };

/** One square of the heatmap: its date, week column, weekday row and shade (0 none … 4 most). */
export type HeatCell = { date: IsoDate; col: number; row: number; level: 0 | 1 | 2 | 3 | 4 } & DayActivity;

/** A year of activity as 53 weeks × 7 days ending on `today`, with month labels and totals by month. */
export type Heatmap = {
  weeks: number;
  cells: HeatCell[];
  /** Month names at the column of the week holding the month's first day. */
  months: { label: string; col: number }[];
  /** Weekday names by row (Mon/Wed/Fri style: every other row). */
  weekdays: { label: string; row: number }[];
  first: IsoDate;
  last: IsoDate;
  activeDays: number;
  words: number;
  fills: number;
  byMonth: { month: string; label: string; activeDays: number; words: number; fills: number }[];
};

const WEEKS = 53;

/** The shade of a day: 0 without activity, else 1–4 by its words against the busiest day's. */
export function heatLevel(activity: DayActivity, maxWords: number): 0 | 1 | 2 | 3 | 4 {
  if (activity.words <= 0 && activity.fills <= 0) return 0;
  if (maxWords <= 0) return 1;
  return Math.min(4, Math.max(1, Math.ceil((4 * activity.words) / maxWords))) as 1 | 2 | 3 | 4;
}

/** The heatmap of the 53 weeks up to `today` (its week's later days left out); weeks start on `weekStart`. */
export function yearHeatmap(
  today: IsoDate,
  activity: ReadonlyMap<IsoDate, DayActivity>,
  weekStart: number,
): Heatmap {
  const weekday = DateTime.fromISO(today, { zone: 'UTC' }).weekday;
  const first = addDays(today, -((weekday - weekStart + 7) % 7) - (WEEKS - 1) * 7);
  const none: DayActivity = { words: 0, fills: 0 };
  const dates: IsoDate[] = [];
  for (let d = first; d <= today; d = addDays(d, 1)) dates.push(d);
  const maxWords = Math.max(0, ...dates.map((d) => activity.get(d)?.words ?? 0));
  const cells = dates.map((date, i): HeatCell => {
    const a = activity.get(date) ?? none;
    return {
      date,
      col: Math.floor(i / 7),
      row: i % 7,
      words: a.words,
      fills: a.fills,
      level: heatLevel(a, maxWords),
    };
  });
  const months: Heatmap['months'] = [];
  const byMonth = new Map<string, Heatmap['byMonth'][number]>();
  for (const cell of cells) {
    const month = cell.date.slice(0, 7);
    if (cell.date.endsWith('-01') || cell === cells[0]) {
      const label = dayMonth(cell.date).split(' ')[1] as string;
      const previous = months.at(-1);
      // A month starting within two columns of the previous label would overlap it.
      if (previous && cell.col - previous.col < 3) months.pop();
      months.push({ label, col: cell.col });
    }
    const m = byMonth.get(month) ?? {
      month,
      label: DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).toFormat('LLLL yyyy'),
      activeDays: 0,
      words: 0,
      fills: 0,
    };
    if (cell.level > 0) m.activeDays += 1;
    m.words += cell.words;
    m.fills += cell.fills;
    byMonth.set(month, m);
  }
  const weekdays = [1, 3, 5].map((row) => ({
    label: DateTime.fromISO('2024-01-01', { zone: 'UTC' })
      .plus({ days: (weekStart - 1 + row) % 7 })
      .toFormat('ccc'),
    row,
  }));
  return {
    weeks: WEEKS,
    cells,
    months,
    weekdays,
    first,
    last: today,
    activeDays: cells.filter((c) => c.level > 0).length,
    words: cells.reduce((s, c) => s + c.words, 0),
    fills: cells.reduce((s, c) => s + c.fills, 0),
    byMonth: [...byMonth.values()],
  };
}
