import { and, asc, eq, gt, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alternates, type Event, eventDays, events, fills, pieces, prompts } from '../../db/schema.ts';
import { isLate } from '../domain/calendar.ts';

/** A day of an event with its prompts in order. */
export type DayWithPrompts = {
  id: number;
  number: number;
  date: string;
  title: string | null;
  prompts: { id: number; position: number; text: string }[];
};

/** Every event, soonest first. */
export function listEvents(db: Db): Event[] {
  return db.select().from(events).orderBy(asc(events.firstDay), asc(events.name)).all();
}

/** The event with this slug, or undefined. */
export function findEvent(db: Db, slug: string): Event | undefined {
  return db.select().from(events).where(eq(events.slug, slug)).get();
}

/** Events whose days include `date`. */
export function eventsRunningOn(db: Db, date: string): Event[] {
  return db
    .select()
    .from(events)
    .where(and(lte(events.firstDay, date), gte(events.lastDay, date)))
    .orderBy(asc(events.firstDay), asc(events.name))
    .all();
}

/** The next event to start after `date`, or undefined. */
export function nextEventAfter(db: Db, date: string): Event | undefined {
  return db
    .select()
    .from(events)
    .where(gt(events.firstDay, date))
    .orderBy(asc(events.firstDay))
    .limit(1)
    .get();
}

/** The days of an event (all, or those whose dates fall in `from..to`) with their prompts. */
export function eventDaysWithPrompts(db: Db, eventId: number, from?: string, to?: string): DayWithPrompts[] {
  const conditions = [eq(eventDays.eventId, eventId)];
  if (from) conditions.push(gte(eventDays.date, from));
  if (to) conditions.push(lte(eventDays.date, to));
  const rows = db
    .select({
      id: eventDays.id,
      number: eventDays.number,
      date: eventDays.date,
      title: eventDays.title,
      promptId: prompts.id,
      position: prompts.position,
      text: prompts.text,
    })
    .from(eventDays)
    .leftJoin(prompts, eq(prompts.dayId, eventDays.id))
    .where(and(...conditions))
    .orderBy(asc(eventDays.number), asc(prompts.position))
    .all();
  const days: DayWithPrompts[] = [];
  for (const row of rows) {
    let day = days.at(-1);
    if (!day || day.id !== row.id) {
      day = { id: row.id, number: row.number, date: row.date, title: row.title, prompts: [] };
      days.push(day);
    }
    if (row.promptId !== null && row.position !== null && row.text !== null)
      day.prompts.push({ id: row.promptId, position: row.position, text: row.text });
  }
  return days;
}

/** One day of an event by number, with its prompts. */
export function findEventDay(db: Db, eventId: number, n: number): DayWithPrompts | undefined {
  const day = db
    .select()
    .from(eventDays)
    .where(and(eq(eventDays.eventId, eventId), eq(eventDays.number, n)))
    .get();
  if (!day) return undefined;
  const list = db
    .select({ id: prompts.id, position: prompts.position, text: prompts.text })
    .from(prompts)
    .where(eq(prompts.dayId, day.id))
    .orderBy(asc(prompts.position))
    .all();
  return { id: day.id, number: day.number, date: day.date, title: day.title, prompts: list };
}

/** The event's pool of alternate prompts, in order. */
export function eventAlternates(db: Db, eventId: number): string[] {
  return db
    .select({ text: alternates.text })
    .from(alternates)
    .where(eq(alternates.eventId, eventId))
    .orderBy(asc(alternates.position))
    .all()
    .map((r) => r.text);
}

/** A writer's fill state per day id of one event: filled at all, and whether only late. */
export type FillState = Map<number, { filled: boolean; late: boolean; drafts: number }>;

/** How a writer has filled the days (by id) among `dayIds`: posted pieces fill, others are drafts. */
export function writerFillState(db: Db, writerId: number, dayIds: number[]): FillState {
  const state: FillState = new Map();
  if (dayIds.length === 0) return state;
  const rows = db
    .select({ dayId: fills.dayId, date: eventDays.date, status: pieces.status, postedOn: pieces.postedOn })
    .from(fills)
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(and(eq(pieces.writerId, writerId), inArray(fills.dayId, dayIds)))
    .all();
  for (const row of rows) {
    const s = state.get(row.dayId) ?? { filled: false, late: true, drafts: 0 };
    if (row.status === 'posted') {
      // A day filled on time by any piece is on time, even if another piece came late.
      s.late = s.filled ? s.late && isLate(row.date, row.postedOn) : isLate(row.date, row.postedOn);
      s.filled = true;
    } else {
      s.drafts += 1;
    }
    state.set(row.dayId, s);
  }
  for (const s of state.values()) if (!s.filled) s.late = false;
  return state;
}
