import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type Event,
  eventMembers,
  eventSummaries,
  events,
  eventWriters,
  type Piece,
  pieces,
  writers,
} from '../../db/schema.ts';
import { hydratePieces, type PieceDetail } from './pieces.ts';

/** Who wrote a piece, as others see it. */
export type Byline = { username: string; displayName: string };

/** A posted piece of a writer with a public profile, with its byline. */
export type PublicPiece = PieceDetail & { writer: Byline };

/** What others may see: posted pieces of writers whose profile is public. */
const visible = () => and(eq(pieces.status, 'posted'), eq(writers.profilePublic, true)) as SQL;
const newestFirst = [
  desc(sql`coalesce(${pieces.postedOn}, substr(${pieces.createdAt}, 1, 10))`),
  desc(pieces.id),
];

/** Adds fandoms, fills and bylines to public piece rows. */
export function withBylines(
  db: Db,
  rows: { piece: Piece; username: string; displayName: string }[],
): PublicPiece[] {
  const details = hydratePieces(
    db,
    rows.map((r) => r.piece),
  );
  return details.map((piece, i) => ({
    ...piece,
    writer: { username: rows[i]?.username ?? '', displayName: rows[i]?.displayName ?? '' },
  }));
}

/** About how much memory a kept list of pieces takes, for the cache's budget. */
export const listSize = (n: number) => 1024 + 1024 * n;

/** A page of a writer's posted pieces, newest first, with totals (for the public profile). */
export function postedPieces(
  db: Db,
  writerId: number,
  page = 1,
  perPage = 20,
): { items: PieceDetail[]; total: number; words: number } {
  const where = and(eq(pieces.writerId, writerId), eq(pieces.status, 'posted'));
  const rows = db
    .select()
    .from(pieces)
    .where(where)
    .orderBy(...newestFirst)
    .limit(perPage)
    .offset((Math.max(1, page) - 1) * perPage)
    .all();
  const totals = db
    .select({ total: count(), words: sql<number>`coalesce(sum(${pieces.words}), 0)` })
    .from(pieces)
    .where(where)
    .get();
  return { items: hydratePieces(db, rows), total: totals?.total ?? 0, words: totals?.words ?? 0 };
}

/** A writer's progress per event they joined or filled: posted days filled of the event's days. */
export type EventProgress = { event: Event; filled: number; days: number };

/** The events a writer joined or posted fills in, latest first, with days filled of days (from the summaries). */
export function writerProgress(db: Db, writerId: number): EventProgress[] {
  const rows = db
    .select({ event: events, filled: eventWriters.daysPosted, days: eventSummaries.days })
    .from(events)
    .innerJoin(eventSummaries, eq(eventSummaries.eventId, events.id))
    .leftJoin(eventWriters, and(eq(eventWriters.eventId, events.id), eq(eventWriters.writerId, writerId)))
    .where(
      sql`${events.id} in (select ${eventWriters.eventId} from ${eventWriters} where ${eventWriters.writerId} = ${writerId} and ${eventWriters.daysPosted} > 0
        union all select ${eventMembers.eventId} from ${eventMembers} where ${eventMembers.writerId} = ${writerId})`,
    )
    .all();
  return rows
    .map((r) => ({ event: r.event, days: r.days, filled: r.filled ?? 0 }))
    .sort(
      (a, b) => b.event.firstDay.localeCompare(a.event.firstDay) || a.event.name.localeCompare(b.event.name),
    );
}

/** The piece with this id as anyone may see it: posted, by a writer with a public profile; else undefined. */
export function publicPiece(db: Db, id: number): PublicPiece | undefined {
  const row = db
    .select({ piece: pieces, username: writers.username, displayName: writers.displayName })
    .from(pieces)
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .where(and(eq(pieces.id, id), visible()))
    .get();
  return row ? withBylines(db, [row])[0] : undefined;
}
