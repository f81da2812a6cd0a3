import type { DateTime } from 'luxon';
import { addDays, daysBetween, type IsoDate, todayIn } from './calendar.ts';

/** How many calendar days an event runs, first and last day included. */
export function eventLength(firstDay: IsoDate, lastDay: IsoDate): number {
  return Math.max(0, daysBetween(firstDay, lastDay) + 1);
}

/** The event's days that have begun by `today` (today included): 0 before it starts, all of them after it ends. */
export function elapsedDays(firstDay: IsoDate, lastDay: IsoDate, today: IsoDate): number {
  const total = eventLength(firstDay, lastDay);
  return Math.min(total, Math.max(0, daysBetween(firstDay, today) + 1));
}

/** Elapsed event days at the instant `now` for a writer in `zone`. */
export function elapsedDaysAt(firstDay: IsoDate, lastDay: IsoDate, now: DateTime, zone: string): number {
  return elapsedDays(firstDay, lastDay, todayIn(now, zone));
}

/** Where a writer should be today to reach `goal` evenly: goal × elapsed ÷ event days. */
export function par(goal: number, elapsed: number, total: number): number {
  return total === 0 ? goal : (goal * elapsed) / total;
}

/** Where the current rate leads by the last day: current ÷ elapsed × event days; null before the event starts. */
export function projection(current: number, elapsed: number, total: number): number | null {
  return elapsed === 0 ? null : (current / elapsed) * total;
}

/** A goal's pace for one measure (fills or words): the goal, where the writer is, should be, and is heading. */
export type PaceLine = {
  goal: number;
  current: number;
  par: number;
  projected: number | null;
  /** current − par: positive when ahead of the goal's pace. */
  ahead: number;
};

/** Pace against a goal of fills and/or words, on the writer's `today`. */
export type Pace = { elapsed: number; days: number; fills?: PaceLine; words?: PaceLine };

/** The pace report for a goal (either measure may be absent) given where the writer is on `today`. */
export function paceOf(input: {
  goal: { fills: number | null; words: number | null };
  current: { fills: number; words: number };
  firstDay: IsoDate;
  lastDay: IsoDate;
  today: IsoDate;
}): Pace {
  const days = eventLength(input.firstDay, input.lastDay);
  const elapsed = elapsedDays(input.firstDay, input.lastDay, input.today);
  const line = (goal: number, current: number): PaceLine => {
    const p = par(goal, elapsed, days);
    return { goal, current, par: p, projected: projection(current, elapsed, days), ahead: current - p };
  };
  const pace: Pace = { elapsed, days };
  if (input.goal.fills !== null) pace.fills = line(input.goal.fills, input.current.fills);
  if (input.goal.words !== null) pace.words = line(input.goal.words, input.current.words);
  return pace;
}

/** Current and longest runs of consecutive active days. */
export type Streak = { current: number; longest: number };

/**
 * Streaks over the days a writer was active (a fill posted or words logged), up to `today`
 * (later dates are plans, not streak days). The current streak is alive while yesterday counted
 * and today has nothing yet.
 */
export function streaksOf(active: Iterable<IsoDate>, today: IsoDate): Streak {
  const days = [...new Set(active)].filter((d) => d <= today).sort();
  let longest = 0;
  let run = 0;
  let previous: IsoDate | null = null;
  for (const day of days) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const alive = previous === today || previous === addDays(today, -1);
  return { current: alive ? run : 0, longest };
}
