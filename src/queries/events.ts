import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alternates, type Event, eventDays, events, prompts } from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import { idList, perDatabase } from './prepared.ts';
import { writerDaysShown } from './rule-breaks.ts';

/** A day of an event with its prompts in order. */
export type DayWithPrompts = {
  id: number;
  number: number;
  date: string;
  title: string | null;
  description: string | null;
  prompts: { id: number; position: number; text: string }[];
};

const allEvents = perDatabase((db) =>
  db.select().from(events).orderBy(asc(events.firstDay), asc(events.name)).prepare(),
);

/** Every event, soonest first. */
export function listEvents(db: Db): Event[] {
  return allEvents(db).all();
}

const eventBySlug = perDatabase((db) =>
  db
    .select()
    .from(events)
    .where(eq(events.slug, sql.placeholder('slug')))
    .prepare(),
);

/** The event with this slug, or undefined. */
export function findEvent(db: Db, slug: string): Event | undefined {
  return eventBySlug(db).get({ slug });
}

const daysWithPrompts = perDatabase((db) =>
  db
    .select({
      id: eventDays.id,
      number: eventDays.number,
      date: eventDays.date,
      title: eventDays.title,
      description: eventDays.description,
      promptId: prompts.id,
      position: prompts.position,
      text: prompts.text,
    })
    .from(eventDays)
    .leftJoin(prompts, eq(prompts.dayId, eventDays.id))
    .where(
      and(
        eq(eventDays.eventId, sql.placeholder('event')),
        // Unary +: read the days by (event, number), in the order shown, and filter their dates.
        sql`+${eventDays.date} >= ${sql.placeholder('from')}`,
        sql`+${eventDays.date} <= ${sql.placeholder('to')}`,
      ),
    )
    .orderBy(asc(eventDays.number), asc(prompts.position))
    .prepare(),
);

/** The days of an event (all, or those whose dates fall in `from..to`) with their prompts. */
export function eventDaysWithPrompts(db: Db, eventId: number, from?: string, to?: string): DayWithPrompts[] {
  return cacheOf(db).memo(
    `eventDaysWithPrompts\n${eventId}\n${from}\n${to}`,
    [{ event: eventId }],
    () => daysOf(db, eventId, from, to),
    (days) => 512 + 256 * days.length,
  );
}

function daysOf(db: Db, eventId: number, from?: string, to?: string): DayWithPrompts[] {
  const rows = daysWithPrompts(db).all({
    event: eventId,
    from: from || '0000-00-00',
    to: to || '9999-99-99',
  });
  const days: DayWithPrompts[] = [];
  for (const row of rows) {
    let day = days.at(-1);
    if (!day || day.id !== row.id) {
      day = {
        id: row.id,
        number: row.number,
        date: row.date,
        title: row.title,
        description: row.description,
        prompts: [],
      };
      days.push(day);
    }
    if (row.promptId !== null && row.position !== null && row.text !== null)
      day.prompts.push({ id: row.promptId, position: row.position, text: row.text });
  }
  return days;
}

const dayByNumber = perDatabase((db) =>
  db
    .select()
    .from(eventDays)
    .where(and(eq(eventDays.eventId, sql.placeholder('event')), eq(eventDays.number, sql.placeholder('n'))))
    .prepare(),
);
const promptsOfDay = perDatabase((db) =>
  db
    .select({ id: prompts.id, position: prompts.position, text: prompts.text })
    .from(prompts)
    .where(eq(prompts.dayId, sql.placeholder('day')))
    .orderBy(asc(prompts.position))
    .prepare(),
);

const positionsOf = perDatabase((db) =>
  db
    .select({ day: eventDays.number, position: prompts.position })
    .from(eventDays)
    .leftJoin(prompts, eq(prompts.dayId, eventDays.id))
    .where(eq(eventDays.eventId, sql.placeholder('event')))
    .prepare(),
);

/** Each day of an event (by number) with its prompts' positions, unordered: what a fill is checked against. */
export function eventDayPositions(db: Db, eventId: number): Map<number, number[]> {
  const days = new Map<number, number[]>();
  for (const { day, position } of positionsOf(db).all({ event: eventId })) {
    const positions = days.get(day) ?? [];
    if (position !== null) positions.push(position);
    days.set(day, positions);
  }
  return days;
}

/** One day of an event by number, with its prompts. */
export function findEventDay(db: Db, eventId: number, n: number): DayWithPrompts | undefined {
  const day = dayByNumber(db).get({ event: eventId, n });
  if (!day) return undefined;
  const list = promptsOfDay(db).all({ day: day.id });
  const { id, number, date, title, description } = day;
  return { id, number, date, title, description, prompts: list };
}

const alternatesOf = perDatabase((db) =>
  db
    .select({ text: alternates.text })
    .from(alternates)
    .where(eq(alternates.eventId, sql.placeholder('event')))
    .orderBy(asc(alternates.position))
    .prepare(),
);

/** The event's pool of alternate prompts, in order. */
export function eventAlternates(db: Db, eventId: number): string[] {
  return alternatesOf(db)
    .all({ event: eventId })
    .map((r) => r.text);
}

/** A writer's fill state per day id of one event: filled at all, and whether only late. */
export type FillState = Map<number, { filled: boolean; late: boolean; drafts: number }>;

/**
 * How a writer has filled the days (by id) among `dayIds`: posted pieces fill, others are drafts.
 * Kept under the writer's version: their pages ask for it on every view.
 */
export function writerFillState(db: Db, writerId: number, dayIds: number[]): FillState {
  const days = idList(dayIds);
  return cacheOf(db).memo(`writerFillState\n${writerId}\n${days}`, [{ writer: writerId }], () =>
    fillState(db, writerId, dayIds),
  );
}

function fillState(db: Db, writerId: number, dayIds: number[]): FillState {
  const state: FillState = new Map();
  if (dayIds.length === 0) return state;
  for (const row of writerDaysShown(db).all({ writer: writerId, days: idList(dayIds) })) {
    // A day filled on time by any piece is on time, even if another piece came late.
    const filled = row.posted > 0;
    state.set(row.dayId, { filled, late: filled && row.onTime === 0, drafts: row.drafts });
  }
  return state;
}
