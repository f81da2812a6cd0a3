import type { Db } from '../../db/client.ts';
import type { Event } from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import type { IsoDate } from '../domain/calendar.ts';
import type { DayActivity } from '../domain/heatmap.ts';
import { type Pace, paceOf, type Streak, streaksOf } from '../domain/progress.ts';
import type { GoalInput } from '../domain/word-log-input.ts';
import { dailyWords, eventDayCount, eventFillCount, fillsByPostingDate, findGoal } from './progress.ts';

/** A writer's progress in one event: days filled of its days, words written on its dates, goal and pace. */
export type EventStats = {
  event: Event;
  days: number;
  fills: number;
  words: number;
  goal: GoalInput | null;
  pace: Pace | null;
};

/** The writer's progress in `event` on their date `today` (kept until the next write: every view shows it). */
export function eventStats(db: Db, writerId: number, event: Event, today: IsoDate): EventStats {
  return cacheOf(db).memo(
    `eventStats\n${writerId}\n${event.id}\n${today}`,
    [{ writer: writerId }, { event: event.id }],
    () => statsOf(db, writerId, event, today),
  );
}

function statsOf(db: Db, writerId: number, event: Event, today: IsoDate): EventStats {
  const fills = eventFillCount(db, writerId, event.id);
  let words = 0;
  for (const n of dailyWords(db, writerId, event.firstDay, event.lastDay).values()) words += n;
  const row = findGoal(db, writerId, event.id);
  const goal = row ? { fills: row.fills, words: row.words } : null;
  const pace = goal
    ? paceOf({ goal, current: { fills, words }, firstDay: event.firstDay, lastDay: event.lastDay, today })
    : null;
  return { event, days: eventDayCount(db, event.id), fills, words, goal, pace };
}

/** What the writer did per date from `from` to `to`: words written and days filled by pieces posted then. */
export function activityBetween(
  db: Db,
  writerId: number,
  from: IsoDate,
  to: IsoDate,
): Map<IsoDate, DayActivity> {
  const activity = new Map<IsoDate, DayActivity>();
  for (const [date, words] of dailyWords(db, writerId, from, to)) activity.set(date, { words, fills: 0 });
  for (const [date, fills] of fillsByPostingDate(db, writerId)) {
    if (date < from || date > to) continue;
    activity.set(date, { words: activity.get(date)?.words ?? 0, fills });
  }
  return activity;
}

/** The writer's streaks on `today`: days with a posted fill or words written count. */
export function writerStreak(db: Db, writerId: number, today: IsoDate): Streak {
  const active = new Set<IsoDate>();
  for (const [date, words] of dailyWords(db, writerId, undefined, today)) if (words > 0) active.add(date);
  for (const [date, fills] of fillsByPostingDate(db, writerId)) if (fills > 0) active.add(date);
  return streaksOf(active, today);
}
