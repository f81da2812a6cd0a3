import { and, asc, count, countDistinct, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type Event,
  eventDays,
  eventMembers,
  events,
  fills,
  type Piece,
  pieceFandoms,
  pieces,
  writers,
} from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import type { Rating } from '../domain/piece.ts';
import { hydratePieces, type PieceDetail } from './pieces.ts';

/** Who wrote a piece, as others see it. */
export type Byline = { username: string; displayName: string };

/** A posted piece of a writer with a public profile, with its byline. */
export type PublicPiece = PieceDetail & { writer: Byline };

/** The event collection's filters and order. */
export type EventCollectionFilters = {
  day?: number;
  fandom?: string;
  rating?: Rating;
  order?: 'day' | 'newest';
  page?: number;
  perPage?: number;
};

/** Totals over every piece matching a collection's filters. */
export type CollectionTotals = { pieces: number; writers: number; words: number };

/** What others may see: posted pieces of writers whose profile is public. */
const visible = () => and(eq(pieces.status, 'posted'), eq(writers.profilePublic, true)) as SQL;
const newestFirst = [
  desc(sql`coalesce(${pieces.postedOn}, substr(${pieces.createdAt}, 1, 10))`),
  desc(pieces.id),
];

function withBylines(db: Db, rows: { piece: Piece; username: string; displayName: string }[]): PublicPiece[] {
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
const listSize = (n: number) => 1024 + 1024 * n;

/**
 * A page of an event's public collection (pieces filling its days), with totals over all matches.
 * The same for everyone, so computed once until the next write (the calendar shows it on every view).
 */
export function eventCollection(
  db: Db,
  eventId: number,
  f: EventCollectionFilters = {},
): { items: PublicPiece[]; totals: CollectionTotals } {
  return cacheOf(db).memo(
    `eventCollection\n${eventId}\n${JSON.stringify(f)}`,
    () => computeEventCollection(db, eventId, f),
    listSize(f.perPage ?? 20),
  );
}

function computeEventCollection(
  db: Db,
  eventId: number,
  f: EventCollectionFilters,
): { items: PublicPiece[]; totals: CollectionTotals } {
  const conditions: SQL[] = [eq(eventDays.eventId, eventId), visible()];
  if (f.day !== undefined) conditions.push(eq(eventDays.number, f.day));
  if (f.rating) conditions.push(eq(pieces.rating, f.rating));
  if (f.fandom)
    conditions.push(
      sql`exists (select 1 from ${pieceFandoms} where ${pieceFandoms.pieceId} = ${pieces.id} and ${pieceFandoms.fandom} = ${f.fandom})`,
    );
  const where = and(...conditions);
  const perPage = f.perPage ?? 20;
  const page = Math.max(1, f.page ?? 1);
  const firstDay = sql<number>`min(${eventDays.number})`;
  const order = f.order === 'day' ? [asc(firstDay), ...newestFirst] : newestFirst;
  const rows = db
    .select({ piece: pieces, username: writers.username, displayName: writers.displayName })
    .from(pieces)
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .innerJoin(fills, eq(fills.pieceId, pieces.id))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(where)
    .groupBy(pieces.id)
    .orderBy(...order)
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const matching = db
    .select({ id: pieces.id })
    .from(pieces)
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .innerJoin(fills, eq(fills.pieceId, pieces.id))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(where);
  const totals = db
    .select({
      pieces: count(),
      writers: countDistinct(pieces.writerId),
      words: sql<number>`coalesce(sum(${pieces.words}), 0)`,
    })
    .from(pieces)
    .where(inArray(pieces.id, matching))
    .get() ?? { pieces: 0, writers: 0, words: 0 };
  return { items: withBylines(db, rows), totals };
}

/** The fandoms in an event's public collection, most used first (kept until the next write). */
export function eventCollectionFandoms(db: Db, eventId: number): string[] {
  return cacheOf(db).memo(`eventCollectionFandoms\n${eventId}`, () => collectionFandoms(db, eventId));
}

function collectionFandoms(db: Db, eventId: number): string[] {
  // From the event's days outwards, so the work grows with the event, not with the instance.
  return db
    .select({ fandom: pieceFandoms.fandom })
    .from(eventDays)
    .innerJoin(fills, eq(fills.dayId, eventDays.id))
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .innerJoin(pieceFandoms, eq(pieceFandoms.pieceId, pieces.id))
    .where(and(eq(eventDays.eventId, eventId), visible()))
    .groupBy(pieceFandoms.fandom)
    .orderBy(desc(sql`count(distinct ${pieces.id})`), asc(pieceFandoms.fandom))
    .all()
    .map((r) => r.fandom);
}

/** The public pieces filling one day (by day id), newest first, leaving out `exceptWriterId`'s. */
export function publicFillsOfDay(db: Db, dayId: number, exceptWriterId: number | null): PublicPiece[] {
  // Everyone's list is kept until the next write; each writer's own pieces are taken out of it.
  const all = cacheOf(db).memo(
    `publicFillsOfDay\n${dayId}`,
    () => allPublicFillsOfDay(db, dayId),
    (list) => listSize(list.length),
  );
  return exceptWriterId === null ? all : all.filter((p) => p.writerId !== exceptWriterId);
}

function allPublicFillsOfDay(db: Db, dayId: number): PublicPiece[] {
  const rows = db
    .select({ piece: pieces, username: writers.username, displayName: writers.displayName })
    .from(fills)
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .where(and(eq(fills.dayId, dayId), visible()))
    .orderBy(...newestFirst)
    .all();
  return withBylines(db, rows);
}

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

/** The events a writer joined or posted fills in, latest first, with days filled of days. */
export function writerProgress(db: Db, writerId: number): EventProgress[] {
  const filled = db
    .select({ eventId: eventDays.eventId, filled: countDistinct(fills.dayId) })
    .from(fills)
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(and(eq(pieces.writerId, writerId), eq(pieces.status, 'posted')))
    .groupBy(eventDays.eventId)
    .all();
  const joined = db
    .select({ eventId: eventMembers.eventId })
    .from(eventMembers)
    .where(eq(eventMembers.writerId, writerId))
    .all();
  const counts = new Map<number, number>(joined.map((j) => [j.eventId, 0]));
  for (const f of filled) counts.set(f.eventId, f.filled);
  if (counts.size === 0) return [];
  const ids = [...counts.keys()];
  const list = db
    .select()
    .from(events)
    .where(inArray(events.id, ids))
    .orderBy(desc(events.firstDay), asc(events.name))
    .all();
  const dayCounts = new Map(
    db
      .select({ eventId: eventDays.eventId, days: count() })
      .from(eventDays)
      .where(inArray(eventDays.eventId, ids))
      .groupBy(eventDays.eventId)
      .all()
      .map((r) => [r.eventId, r.days]),
  );
  return list.map((event) => ({
    event,
    days: dayCounts.get(event.id) ?? 0,
    filled: counts.get(event.id) ?? 0,
  }));
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
