import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, eventMembers, type Writer } from '../../db/schema.ts';
import { perDatabase } from './prepared.ts';

/** A writer's role in an event they joined. */
export type MemberRole = 'organiser' | 'writer';

const roleOf = perDatabase((db) =>
  db
    .select({ role: eventMembers.role })
    .from(eventMembers)
    .where(
      and(
        eq(eventMembers.eventId, sql.placeholder('event')),
        eq(eventMembers.writerId, sql.placeholder('writer')),
      ),
    )
    .prepare(),
);

/** The writer's role in the event, or null if they have not joined it. */
export function memberRole(db: Db, writerId: number, eventId: number): MemberRole | null {
  return roleOf(db).get({ event: eventId, writer: writerId })?.role ?? null;
}

/**
 * Adds the writer to the event with `role` (default 'writer'); joining again keeps the
 * existing membership, except that 'organiser' upgrades a writer's membership.
 */
export function joinEvent(db: Db, writerId: number, eventId: number, role: MemberRole = 'writer'): void {
  const insert = db.insert(eventMembers).values({ eventId, writerId, role });
  if (role === 'organiser')
    insert.onConflictDoUpdate({ target: [eventMembers.eventId, eventMembers.writerId], set: { role } }).run();
  else insert.onConflictDoNothing().run();
}

/** Removes a writer from an event; an organiser stays (returns false), so an event keeps its organisers. */
export function leaveEvent(db: Db, writerId: number, eventId: number): boolean {
  const removed = db
    .delete(eventMembers)
    .where(
      and(
        eq(eventMembers.eventId, eventId),
        eq(eventMembers.writerId, writerId),
        eq(eventMembers.role, 'writer'),
      ),
    )
    .run();
  return removed.changes > 0;
}

/** Whether `writer` may edit `event`: the instance admin, its organiser, or an organiser member. */
export function canEditEvent(db: Db, writer: Writer | null, event: Event): boolean {
  if (!writer) return false;
  if (writer.isAdmin || event.organiserId === writer.id) return true;
  return memberRole(db, writer.id, event.id) === 'organiser';
}
