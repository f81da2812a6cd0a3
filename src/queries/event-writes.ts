import { and, count, desc, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alternates, eventDays, eventMembers, events, fills, prompts } from '../../db/schema.ts';
import { formatDate } from '../domain/calendar.ts';
import type { EventInput } from '../domain/event-input.ts';
import type { FieldErrors } from '../domain/piece-input.ts';

type Written = { ok: true; value: { id: number; slug: string } } | { ok: false; errors: FieldErrors };

/** A new event's save: made, refused (errors by field), or refused for the writer's daily limit (`retryAt`). */
export type Created = Written | { ok: false; errors: FieldErrors; retryAt: string };

/** How many events one writer (not the admin) may create in any 24 hours. */
export const EVENTS_PER_DAY = 5;

const TAKEN = 'That slug is taken by another event: choose another.';

const eventColumns = (input: EventInput) => ({
  slug: input.slug,
  name: input.name,
  description: input.description,
  dayLabel: input.dayLabel,
  tagPattern: input.tagPattern,
  firstDay: input.firstDay,
  lastDay: input.lastDay,
  lateUntil: input.rules.lateUntil,
  maxPromptsPerPiece: input.rules.maxPromptsPerPiece,
  minWords: input.rules.minWords,
  maxWords: input.rules.maxWords,
});

const tooMany = (retryAt: string) =>
  `You created ${EVENTS_PER_DAY} events in the last 24 hours, the most a writer may: the next can be made after ${formatDate(retryAt.slice(0, 10))}, ${retryAt.slice(11, 16)} UTC. Nothing was saved.`;

const dayColumns = (day: EventInput['days'][number]) => ({
  date: day.date,
  title: day.title ?? null,
  description: day.description ?? null,
});

function slugTaken(tx: Db, slug: string, except?: number): boolean {
  const where =
    except === undefined ? eq(events.slug, slug) : and(eq(events.slug, slug), ne(events.id, except));
  return tx.select({ id: events.id }).from(events).where(where).get() !== undefined;
}

function writeAlternates(tx: Db, eventId: number, list: string[]): void {
  tx.delete(alternates).where(eq(alternates.eventId, eventId)).run();
  list.forEach((text, i) => {
    tx.insert(alternates)
      .values({ eventId, position: i + 1, text })
      .run();
  });
}

/**
 * When the writer may create their next event, if they made EVENTS_PER_DAY in the 24 hours before
 * `at` (UTC ISO), else null: the oldest of those plus 24 hours.
 */
function limitedUntil(tx: Db, organiserId: number, at: string): string | null {
  const since = new Date(Date.parse(at) - DAY_MS).toISOString();
  const recent = tx
    .select({ at: events.createdAt })
    .from(events)
    .where(and(eq(events.organiserId, organiserId), gt(events.createdAt, since)))
    .orderBy(desc(events.createdAt))
    .limit(EVENTS_PER_DAY)
    .all();
  const oldest = recent[EVENTS_PER_DAY - 1];
  return oldest ? new Date(Date.parse(oldest.at) + DAY_MS).toISOString() : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a new event with `slug` cannot be made now (inside the transaction that saves it): the
 * creator's limit of EVENTS_PER_DAY in 24 hours (not for the admin, `unlimited`), or a taken slug.
 */
export function refuseNewEvent(
  t: Db,
  organiserId: number,
  slug: string,
  options: { at: string; unlimited?: boolean },
): Exclude<Created, { ok: true }> | undefined {
  const retryAt = options.unlimited ? null : limitedUntil(t, organiserId, options.at);
  if (retryAt) return { ok: false, errors: { name: tooMany(retryAt) }, retryAt };
  if (slugTaken(t, slug)) return { ok: false, errors: { slug: TAKEN } };
  return undefined;
}

/**
 * Saves a new event with its days, prompts and alternates, its creator as organiser, created `at`
 * (UTC ISO), in one transaction; which also counts the creator's events of the last 24 hours and
 * refuses past EVENTS_PER_DAY (unless `unlimited`: the admin), so requests at once cannot pass it.
 */
export function createEvent(
  db: Db,
  organiserId: number,
  input: EventInput,
  options: { at: string; unlimited?: boolean },
): Created {
  return db.transaction((tx): Created => {
    const t = tx as unknown as Db;
    const refused = refuseNewEvent(t, organiserId, input.slug, options);
    if (refused) return refused;
    const { id } = t
      .insert(events)
      .values({ ...eventColumns(input), organiserId, createdAt: options.at })
      .returning({ id: events.id })
      .get();
    for (const day of input.days) {
      const { id: dayId } = t
        .insert(eventDays)
        .values({ ...dayColumns(day), eventId: id, number: day.day })
        .returning({ id: eventDays.id })
        .get();
      day.prompts.forEach((text, i) => {
        t.insert(prompts)
          .values({ dayId, position: i + 1, text })
          .run();
      });
    }
    writeAlternates(t, id, input.alternates);
    t.insert(eventMembers).values({ eventId: id, writerId: organiserId, role: 'organiser' }).run();
    return { ok: true, value: { id, slug: input.slug } };
  });
}

/** How many fills each day of an event has, by day number (days without fills are left out). */
export function fillCountsByDay(db: Db, eventId: number): Map<number, number> {
  const rows = db
    .select({ number: eventDays.number, n: count(fills.id) })
    .from(eventDays)
    .innerJoin(fills, eq(fills.dayId, eventDays.id))
    .where(eq(eventDays.eventId, eventId))
    .groupBy(eventDays.number)
    .all();
  return new Map(rows.map((r) => [r.number, r.n]));
}

/** The message for days that cannot go because pieces fill them; undefined when none would be lost. */
export function removedDaysWithFills(counts: Map<number, number>, dayCount: number): string | undefined {
  const lost = [...counts].filter(([n]) => n > dayCount).sort(([a], [b]) => a - b);
  if (lost.length === 0) return undefined;
  const names = lost.map(([n, k]) => `day ${n} (${k} ${k === 1 ? 'fill' : 'fills'})`).join(', ');
  return `The list now ends at day ${dayCount}, but pieces fill ${names}: keep ${lost.length === 1 ? 'that day' : 'those days'} in the list, or move the pieces first.`;
}

/**
 * Updates an event in place, in one transaction: days by number (their date and title), prompts by
 * position (their text), so fills and the prompts they used stay; removes only days and prompts that
 * no longer exist, and refuses to remove a day that has fills.
 */
export function updateEvent(db: Db, eventId: number, input: EventInput): Written {
  return db.transaction((tx): Written => {
    const t = tx as unknown as Db;
    if (slugTaken(t, input.slug, eventId)) return { ok: false, errors: { slug: TAKEN } };
    const lost = removedDaysWithFills(fillCountsByDay(t, eventId), input.days.length);
    if (lost) return { ok: false, errors: { list: lost } };
    t.update(events).set(eventColumns(input)).where(eq(events.id, eventId)).run();
    const existing = new Map(
      t
        .select({ id: eventDays.id, number: eventDays.number })
        .from(eventDays)
        .where(eq(eventDays.eventId, eventId))
        .all()
        .map((d) => [d.number, d.id]),
    );
    t.delete(eventDays)
      .where(and(eq(eventDays.eventId, eventId), gt(eventDays.number, input.days.length)))
      .run();
    for (const day of input.days) {
      let dayId = existing.get(day.day);
      const columns = dayColumns(day);
      if (dayId === undefined) {
        dayId = t
          .insert(eventDays)
          .values({ eventId, number: day.day, ...columns })
          .returning({ id: eventDays.id })
          .get().id;
      } else {
        t.update(eventDays).set(columns).where(eq(eventDays.id, dayId)).run();
      }
      writePrompts(t, dayId, day.prompts);
    }
    writeAlternates(t, eventId, input.alternates);
    return { ok: true, value: { id: eventId, slug: input.slug } };
  });
}

/** Keeps the day's prompt rows whose position still exists (new text), adds new ones, deletes the rest. */
function writePrompts(tx: Db, dayId: number, texts: string[]): void {
  const rows = tx.select().from(prompts).where(eq(prompts.dayId, dayId)).all();
  const byPosition = new Map(rows.map((p) => [p.position, p]));
  texts.forEach((text, i) => {
    const row = byPosition.get(i + 1);
    if (!row)
      tx.insert(prompts)
        .values({ dayId, position: i + 1, text })
        .run();
    else if (row.text !== text) tx.update(prompts).set({ text }).where(eq(prompts.id, row.id)).run();
  });
  tx.delete(prompts)
    .where(and(eq(prompts.dayId, dayId), gt(prompts.position, texts.length)))
    .run();
}
