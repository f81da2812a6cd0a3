import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  daySummaries,
  eventDays,
  eventFandoms,
  eventPieces,
  eventSummaries,
  fills,
  pieceFandoms,
  pieces,
  writers,
} from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import type { Rating } from '../domain/piece.ts';
import { type Byline, listSize, type PublicPiece, withBylines } from './collection.ts';

/** The event collection's filters, order and page (a keyset cursor from the page before or after). */
export type EventCollectionFilters = {
  day?: number;
  fandom?: string;
  rating?: Rating;
  order?: 'day' | 'newest';
  /** A cursor (from `next` or `prev` of another page): the page after it, or before it. */
  after?: string;
  before?: string;
  /** Without a cursor, the page by number (read through the index; links always carry a cursor). */
  page?: number;
  perPage?: number;
};

/** Totals over every piece matching a collection's filters. */
export type CollectionTotals = { pieces: number; writers: number; words: number };

/** A page of the collection, its totals, and the cursors of the pages around it. */
export type EventCollectionPage = {
  items: PublicPiece[];
  totals: CollectionTotals;
  next: string | null;
  prev: string | null;
};

type Key = { firstDay: number; sortDate: string; id: number };

const encode = (k: Key, byDay: boolean) => `${byDay ? `${k.firstDay}~` : ''}${k.sortDate}~${k.id}`;

function decode(cursor: string | undefined, byDay: boolean): Key | null {
  if (!cursor) return null;
  const parts = cursor.split('~');
  const [firstDay, sortDate, id] = byDay ? parts : ['0', ...parts];
  if (parts.length !== (byDay ? 3 : 2) || !/^\d{1,9}$/.test(firstDay ?? '') || !/^\d{1,12}$/.test(id ?? ''))
    return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sortDate ?? '')) return null;
  return { firstDay: Number(firstDay), sortDate: sortDate as string, id: Number(id) };
}

/**
 * A page of an event's public collection with totals over all matches, read in the order shown
 * through an index with a limit; the same for everyone, so kept under the event's version.
 */
export function eventCollection(
  db: Db,
  eventId: number,
  f: EventCollectionFilters = {},
): EventCollectionPage {
  return cacheOf(db).memo(
    `eventCollection\n${eventId}\n${JSON.stringify(f)}`,
    [{ event: eventId }],
    () => ({ ...collectionPage(db, eventId, f), totals: collectionTotals(db, eventId, f) }),
    listSize(f.perPage ?? 20),
  );
}

function collectionPage(
  db: Db,
  eventId: number,
  f: EventCollectionFilters,
): Omit<EventCollectionPage, 'totals'> {
  const perPage = f.perPage ?? 20;
  // A day's pieces come from its fills; the whole event's from event_pieces, one row a piece.
  const byDay = f.order === 'day' && f.day === undefined;
  const t = f.day === undefined ? eventPieces : fills;
  const firstDay = f.day === undefined ? eventPieces.firstDay : sql<number>`0`;
  const where: SQL[] = [eq(t.visible, 1)];
  if (f.day === undefined) where.push(eq(eventPieces.eventId, eventId));
  else
    where.push(
      sql`${fills.dayId} = (select ${eventDays.id} from ${eventDays} where ${eventDays.eventId} = ${eventId} and ${eventDays.number} = ${f.day})`,
    );
  if (f.rating) {
    if (f.day === undefined) where.push(eq(eventPieces.rating, f.rating));
    else
      where.push(
        sql`(select ${pieces.rating} from ${pieces} where ${pieces.id} = ${fills.pieceId}) = ${f.rating}`,
      );
  }
  if (f.fandom)
    where.push(
      sql`exists (select 1 from ${pieceFandoms} where ${pieceFandoms.pieceId} = ${t.pieceId} and ${pieceFandoms.fandom} = ${f.fandom})`,
    );
  const after = decode(f.after, byDay);
  const before = after ? null : decode(f.before, byDay);
  const cursor = after ?? before;
  // Newest first is (sort_date, id) descending; a page before the cursor reads the other way round.
  if (cursor) {
    const dir = after ? sql`<` : sql`>`;
    const newer = sql`(${t.sortDate}, ${t.pieceId}) ${dir} (${cursor.sortDate}, ${cursor.id})`;
    where.push(
      byDay
        ? sql`(${eventPieces.firstDay} ${after ? sql`>` : sql`<`} ${cursor.firstDay} or (${eventPieces.firstDay} = ${cursor.firstDay} and ${newer}))`
        : newer,
    );
  }
  const backwards = before !== null;
  const desc = (col: SQL | typeof t.sortDate | typeof t.pieceId) =>
    backwards ? sql`${col} asc` : sql`${col} desc`;
  const asc = (col: typeof eventPieces.firstDay) => (backwards ? sql`${col} desc` : sql`${col} asc`);
  const order = [...(byDay ? [asc(eventPieces.firstDay)] : []), desc(t.sortDate), desc(t.pieceId)];
  const offset = cursor ? 0 : (Math.max(1, f.page ?? 1) - 1) * perPage;
  const keys = db
    .select({ id: t.pieceId, sortDate: t.sortDate, firstDay })
    .from(t)
    .where(and(...where))
    .orderBy(...order)
    .limit(perPage + 1)
    .offset(offset)
    .all();
  const more = keys.length > perPage;
  const shown = keys.slice(0, perPage);
  if (backwards) shown.reverse();
  const items = piecesInOrder(
    db,
    shown.map((k) => k.id),
  );
  const first = shown[0];
  const last = shown.at(-1);
  const hasBefore = backwards ? more : cursor !== null || offset > 0;
  const hasAfter = backwards ? true : more;
  return {
    items,
    prev: hasBefore && first ? encode(first, byDay) : null,
    next: hasAfter && last ? encode(last, byDay) : null,
  };
}

/** The public pieces with these ids, with their bylines, in the order given. */
function piecesInOrder(db: Db, ids: number[]): PublicPiece[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({ piece: pieces, username: writers.username, displayName: writers.displayName })
    .from(pieces)
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .where(inArray(pieces.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.piece.id, r]));
  return withBylines(
    db,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

function collectionTotals(db: Db, eventId: number, f: EventCollectionFilters): CollectionTotals {
  const none = { pieces: 0, writers: 0, words: 0 };
  if (!f.fandom && !f.rating) {
    if (f.day === undefined)
      return (
        db
          .select({
            pieces: eventSummaries.pieces,
            writers: eventSummaries.writers,
            words: eventSummaries.words,
          })
          .from(eventSummaries)
          .where(eq(eventSummaries.eventId, eventId))
          .get() ?? none
      );
    return (
      db
        .select({ pieces: daySummaries.pieces, writers: daySummaries.writers, words: daySummaries.words })
        .from(daySummaries)
        .innerJoin(eventDays, eq(eventDays.id, daySummaries.dayId))
        .where(and(eq(eventDays.eventId, eventId), eq(eventDays.number, f.day)))
        .get() ?? none
    );
  }
  // A fandom or rating: counted over the matching rows of the same index the page reads.
  const t = f.day === undefined ? eventPieces : fills;
  const where: SQL[] = [eq(t.visible, 1)];
  if (f.day === undefined) where.push(eq(eventPieces.eventId, eventId));
  else
    where.push(
      sql`${fills.dayId} = (select ${eventDays.id} from ${eventDays} where ${eventDays.eventId} = ${eventId} and ${eventDays.number} = ${f.day})`,
    );
  if (f.rating) {
    if (f.day === undefined) where.push(eq(eventPieces.rating, f.rating));
    else
      where.push(
        sql`(select ${pieces.rating} from ${pieces} where ${pieces.id} = ${fills.pieceId}) = ${f.rating}`,
      );
  }
  if (f.fandom)
    where.push(
      sql`exists (select 1 from ${pieceFandoms} where ${pieceFandoms.pieceId} = ${t.pieceId} and ${pieceFandoms.fandom} = ${f.fandom})`,
    );
  return (
    db
      .select({
        pieces: sql<number>`count(*)`,
        writers: sql<number>`count(distinct ${t.writerId})`,
        words: sql<number>`coalesce(sum(${t.words}), 0)`,
      })
      .from(t)
      .where(and(...where))
      .get() ?? none
  );
}

/** The fandoms in an event's public collection, most used first (kept under the event's version). */
export function eventCollectionFandoms(db: Db, eventId: number): string[] {
  return cacheOf(db).memo(`eventCollectionFandoms\n${eventId}`, [{ event: eventId }], () =>
    db
      .select({ fandom: eventFandoms.fandom })
      .from(eventFandoms)
      .where(eq(eventFandoms.eventId, eventId))
      .orderBy(sql`${eventFandoms.pieces} desc`, eventFandoms.fandom)
      .all()
      .map((r) => r.fandom),
  );
}

/** Everyone's public fills of a day a page shows, newest first, and how many there are in all. */
export type DayFills = { items: PublicPiece[]; total: number };

/**
 * The newest `limit` public pieces filling one day (by id) and their count, leaving out
 * `except`'s (the viewer's own, shown apart); everyone's list is kept under the event's version.
 */
export function publicFillsOfDay(
  db: Db,
  eventId: number,
  dayId: number,
  limit: number,
  except: number | null,
): DayFills {
  const own =
    except === null
      ? 0
      : (db
          .select({ n: sql<number>`count(*)` })
          .from(fills)
          .where(and(eq(fills.writerId, except), eq(fills.dayId, dayId), eq(fills.visible, 1)))
          .get()?.n ?? 0);
  const read = (writer: number | null): DayFills => {
    const ids = db
      .select({ id: fills.pieceId })
      .from(fills)
      .where(
        and(
          eq(fills.dayId, dayId),
          eq(fills.visible, 1),
          writer === null ? undefined : sql`${fills.writerId} <> ${writer}`,
        ),
      )
      .orderBy(sql`${fills.sortDate} desc`, sql`${fills.pieceId} desc`)
      .limit(limit)
      .all()
      .map((r) => r.id);
    const total = db
      .select({ n: daySummaries.pieces })
      .from(daySummaries)
      .where(eq(daySummaries.dayId, dayId))
      .get();
    return { items: piecesInOrder(db, ids), total: (total?.n ?? 0) - own };
  };
  // A viewer with public fills of their own that day gets a list without them, read for them alone.
  if (own > 0) return read(except);
  return cacheOf(db).memo(
    `publicFillsOfDay\n${dayId}\n${limit}`,
    [{ event: eventId }],
    () => read(null),
    listSize(limit),
  );
}

export type { Byline, PublicPiece };
