import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type Event,
  eventSummaries,
  eventWriters,
  type Goal,
  goals,
  writerDates,
  writerFandoms,
  writers,
} from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import type { IsoDate } from '../domain/calendar.ts';
import type { GoalInput } from '../domain/word-log-input.ts';
import { perDatabase } from './prepared.ts';

/**
 * Words a writer wrote per date (all of them, or from `from` to `to`): their word logs, plus each
 * posted piece that has no word logs (a piece with logs is counted through them, never twice).
 * Computed once per version of the writer's data: every event's progress and chart reads it.
 */
export function dailyWords(db: Db, writerId: number, from?: IsoDate, to?: IsoDate): Map<IsoDate, number> {
  const all = cacheOf(db).memo(
    `dailyWords\n${writerId}`,
    [{ writer: writerId }],
    () => allDailyWords(db, writerId),
    (m) => 256 + 48 * m.size,
  );
  if (from === undefined && to === undefined) return all;
  const lo = from ?? '0000-01-01';
  const hi = to ?? '9999-12-31';
  return new Map([...all].filter(([date]) => date >= lo && date <= hi));
}

// The writer's dates summary (writer_dates, kept by triggers): a row a date they wrote or posted on.
function allDailyWords(db: Db, writerId: number): Map<IsoDate, number> {
  const rows = db
    .select({ date: writerDates.date, words: writerDates.words })
    .from(writerDates)
    .where(and(eq(writerDates.writerId, writerId), sql`${writerDates.wordRows} > 0`))
    .all();
  return new Map(rows.map((r) => [r.date, r.words]));
}

/** Days filled per posting date: how many event days the writer's posted pieces of that date fill. */
export function fillsByPostingDate(db: Db, writerId: number): Map<IsoDate, number> {
  return cacheOf(db).memo(`fillsByPostingDate\n${writerId}`, [{ writer: writerId }], () =>
    fillsByDate(db, writerId),
  );
}

function fillsByDate(db: Db, writerId: number): Map<IsoDate, number> {
  const rows = db
    .select({ date: writerDates.date, fills: writerDates.fills })
    .from(writerDates)
    .where(and(eq(writerDates.writerId, writerId), sql`${writerDates.fills} > 0`))
    .all();
  return new Map(rows.map((r) => [r.date, r.fills]));
}

const lookups = perDatabase((db) => ({
  filled: db
    .select({ n: eventWriters.daysPosted })
    .from(eventWriters)
    .where(
      and(
        eq(eventWriters.eventId, sql.placeholder('event')),
        eq(eventWriters.writerId, sql.placeholder('writer')),
      ),
    )
    .prepare(),
  days: db
    .select({ n: eventSummaries.days })
    .from(eventSummaries)
    .where(eq(eventSummaries.eventId, sql.placeholder('event')))
    .prepare(),
  goal: db
    .select()
    .from(goals)
    .where(and(eq(goals.writerId, sql.placeholder('writer')), eq(goals.eventId, sql.placeholder('event'))))
    .prepare(),
}));

/** How many of the event's days the writer filled with posted pieces (from the summaries). */
export function eventFillCount(db: Db, writerId: number, eventId: number): number {
  return lookups(db).filled.get({ event: eventId, writer: writerId })?.n ?? 0;
}

/** How many days the event has (from the summaries). */
export function eventDayCount(db: Db, eventId: number): number {
  return lookups(db).days.get({ event: eventId })?.n ?? 0;
}

/** The writer's goal for the event, or undefined. */
export function findGoal(db: Db, writerId: number, eventId: number): Goal | undefined {
  return lookups(db).goal.get({ writer: writerId, event: eventId });
}

/** Sets (or, with neither measure, removes) the writer's goal for the event. */
export function saveGoal(db: Db, writerId: number, eventId: number, goal: GoalInput): void {
  if (goal.fills === null && goal.words === null) {
    db.delete(goals)
      .where(and(eq(goals.writerId, writerId), eq(goals.eventId, eventId)))
      .run();
    return;
  }
  db.insert(goals)
    .values({ writerId, eventId, fills: goal.fills, words: goal.words })
    .onConflictDoUpdate({
      target: [goals.writerId, goals.eventId],
      set: { fills: goal.fills, words: goal.words },
    })
    .run();
}

/**
 * Writers with public profiles who filled every day of the event with posted pieces, by name.
 * The same for everyone (the event page shows it on every view), so kept under the event's version.
 */
export function completionists(db: Db, event: Event): { username: string; displayName: string }[] {
  return cacheOf(db).memo(`completionists\n${event.id}`, [{ event: event.id }], () =>
    findCompletionists(db, event),
  );
}

// As SQLite's `collate nocase` sorted them: ASCII letters folded, the rest by code unit.
const folded = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const byName = {
  compare: (a: string, b: string) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : 0),
};

function findCompletionists(db: Db, event: Event): { username: string; displayName: string }[] {
  const days = eventDayCount(db, event.id);
  if (days === 0) return [];
  // Read through (event, days posted); the few who filled every day are sorted here.
  return db
    .select({ username: writers.username, displayName: writers.displayName })
    .from(eventWriters)
    .innerJoin(writers, eq(writers.id, eventWriters.writerId))
    .where(
      and(
        eq(eventWriters.eventId, event.id),
        eq(eventWriters.daysPosted, days),
        eq(writers.profilePublic, true),
      ),
    )
    .all()
    .sort((a, b) => byName.compare(a.displayName, b.displayName));
}

/** The writer's fills (days filled by posted pieces) per fandom, most first, at most `limit` fandoms. */
export function fillsPerFandom(db: Db, writerId: number, limit = 12): { fandom: string; fills: number }[] {
  return cacheOf(db).memo(`fillsPerFandom\n${writerId}\n${limit}`, [{ writer: writerId }], () =>
    perFandom(db, writerId, limit),
  );
}

function perFandom(db: Db, writerId: number, limit: number): { fandom: string; fills: number }[] {
  // Through (writer, fills desc, fandom) of the writer's fandom summary.
  return db
    .select({ fandom: writerFandoms.fandom, fills: writerFandoms.fills })
    .from(writerFandoms)
    .where(and(eq(writerFandoms.writerId, writerId), sql`${writerFandoms.fills} > 0`))
    .orderBy(desc(writerFandoms.fills), asc(writerFandoms.fandom))
    .limit(limit)
    .all();
}
