import { and, asc, eq, gt, gte, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, eventDays, eventMembers, events, fills, type Writer } from '../../db/schema.ts';
import { perDatabase } from './prepared.ts';

// A viewer's events: listed ones, and hidden ones they joined (or organise). No writer: -1 joins nothing.
const joinedBy = sql`${events.id} in (select ${eventMembers.eventId} from ${eventMembers} where ${eventMembers.writerId} = ${sql.placeholder('writer')})`;
const listedOrJoined = or(eq(events.hidden, false), joinedBy, sql`${sql.placeholder('all')} = 1`);

const visible = perDatabase((db) =>
  db.select().from(events).where(listedOrJoined).orderBy(asc(events.firstDay), asc(events.name)).prepare(),
);

/** The events `viewer` sees in lists, soonest first: every one but hidden events they did not join (the admin: all). */
export function visibleEvents(db: Db, viewer: Writer | null): Event[] {
  return visible(db).all({ writer: viewer?.id ?? -1, all: viewer?.isAdmin ? 1 : 0 });
}

// On Today: featured events (unless hidden) and the viewer's own.
const onToday = or(and(eq(events.featured, true), eq(events.hidden, false)), joinedBy);

const todays = perDatabase((db) =>
  db
    .select()
    .from(events)
    .where(
      and(
        lte(events.firstDay, sql.placeholder('date')),
        gte(events.lastDay, sql.placeholder('date')),
        onToday,
      ),
    )
    .orderBy(asc(events.firstDay), asc(events.name))
    .prepare(),
);

/** The events running on `date` that Today shows `writerId` (null: a visitor): the ones they joined and the featured ones. */
export function eventsForToday(db: Db, date: string, writerId: number | null): Event[] {
  return todays(db).all({ date, writer: writerId ?? -1 });
}

const listedRunning = perDatabase((db) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(events)
    .where(
      and(
        lte(events.firstDay, sql.placeholder('date')),
        gte(events.lastDay, sql.placeholder('date')),
        eq(events.hidden, false),
      ),
    )
    .prepare(),
);

/** How many listed (not hidden) events run on `date`. */
export function listedEventsRunning(db: Db, date: string): number {
  return listedRunning(db).get({ date })?.n ?? 0;
}

const next = perDatabase((db) =>
  db
    .select()
    .from(events)
    .where(and(gt(events.firstDay, sql.placeholder('date')), onToday))
    .orderBy(asc(events.firstDay))
    .limit(1)
    .prepare(),
);

/** The next event Today would show `writerId` (null: a visitor) to start after `date`, or undefined. */
export function nextEventForToday(db: Db, date: string, writerId: number | null): Event | undefined {
  return next(db).get({ date, writer: writerId ?? -1 });
}

/** Hides or lists an event, or features it or not (the admin's pick for Today). */
export function setEventListing(
  db: Db,
  eventId: number,
  set: { hidden?: boolean; featured?: boolean },
): void {
  db.update(events).set(set).where(eq(events.id, eventId)).run();
}

/** What deleting an event takes with it: its fills, the pieces behind them, its members. */
export type EventFootprint = { fills: number; pieces: number; members: number };

/** How many fills, filling pieces and members an event has (for the delete confirmation). */
export function eventFootprint(db: Db, eventId: number): EventFootprint {
  const filled = db
    .select({ fills: sql<number>`count(*)`, pieces: sql<number>`count(distinct ${fills.pieceId})` })
    .from(fills)
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(eq(eventDays.eventId, eventId))
    .get();
  const members = db
    .select({ n: sql<number>`count(*)` })
    .from(eventMembers)
    .where(eq(eventMembers.eventId, eventId))
    .get();
  return { fills: filled?.fills ?? 0, pieces: filled?.pieces ?? 0, members: members?.n ?? 0 };
}

/**
 * Deletes an event with its days, prompts, alternates, members, goals and fills (by the schema's
 * cascades, in one statement); the pieces that filled it stay with their writers.
 */
export function deleteEvent(db: Db, eventId: number): void {
  db.delete(events).where(eq(events.id, eventId)).run();
}
