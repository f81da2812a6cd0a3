import { and, eq, type SQL, sql } from 'drizzle-orm';
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
import { idList, perDatabase, perShape } from './prepared.ts';

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

const ph = sql.placeholder;

/** What a collection query filters on, as placeholders ('event', 'day', 'rating', 'fandom'). */
function filtersOf(shape: { day: boolean; rating: boolean; fandom: boolean }) {
  const t = shape.day ? fills : eventPieces;
  const where: SQL[] = [sql`${t.visible} = 1`];
  if (!shape.day) where.push(sql`${eventPieces.eventId} = ${ph('event')}`);
  else
    where.push(
      sql`${fills.dayId} = (select ${eventDays.id} from ${eventDays} where ${eventDays.eventId} = ${ph('event')} and ${eventDays.number} = ${ph('day')})`,
    );
  if (shape.rating)
    where.push(
      shape.day
        ? sql`(select ${pieces.rating} from ${pieces} where ${pieces.id} = ${fills.pieceId}) = ${ph('rating')}`
        : sql`${eventPieces.rating} = ${ph('rating')}`,
    );
  if (shape.fandom)
    where.push(
      sql`exists (select 1 from ${pieceFandoms} where ${pieceFandoms.pieceId} = ${t.pieceId} and ${pieceFandoms.fandom} = ${ph('fandom')})`,
    );
  return { t, where };
}

type PageShape = {
  day: boolean;
  rating: boolean;
  fandom: boolean;
  byDay: boolean;
  cursor: 'after' | 'before' | 'none';
};

const pageQuery = perShape((db, key) => {
  const shape = JSON.parse(key) as PageShape;
  const { t, where } = filtersOf(shape);
  const byDay = shape.byDay;
  // Newest first is (sort_date, id) descending; a page before the cursor reads the other way round.
  if (shape.cursor !== 'none') {
    const after = shape.cursor === 'after';
    const newer = sql`(${t.sortDate}, ${t.pieceId}) ${after ? sql`<` : sql`>`} (${ph('sortDate')}, ${ph('id')})`;
    where.push(
      byDay
        ? sql`(${eventPieces.firstDay} ${after ? sql`>` : sql`<`} ${ph('firstDay')} or (${eventPieces.firstDay} = ${ph('firstDay')} and ${newer}))`
        : newer,
    );
  }
  const backwards = shape.cursor === 'before';
  const desc = (col: unknown) => (backwards ? sql`${col} asc` : sql`${col} desc`);
  const order = [
    ...(byDay ? [backwards ? sql`${eventPieces.firstDay} desc` : sql`${eventPieces.firstDay} asc`] : []),
  ];
  order.push(desc(t.sortDate), desc(t.pieceId));
  return db
    .select({
      id: t.pieceId,
      sortDate: t.sortDate,
      firstDay: shape.day ? sql<number>`0` : eventPieces.firstDay,
    })
    .from(t)
    .where(and(...where))
    .orderBy(...order)
    .limit(ph('limit'))
    .offset(ph('offset'))
    .prepare();
});

function collectionPage(
  db: Db,
  eventId: number,
  f: EventCollectionFilters,
): Omit<EventCollectionPage, 'totals'> {
  const perPage = f.perPage ?? 20;
  // A day's pieces come from its fills; the whole event's from event_pieces, one row a piece.
  const byDay = f.order === 'day' && f.day === undefined;
  const after = decode(f.after, byDay);
  const before = after ? null : decode(f.before, byDay);
  const cursor = after ?? before;
  const shape: PageShape = {
    day: f.day !== undefined,
    rating: f.rating !== undefined,
    fandom: f.fandom !== undefined,
    byDay,
    cursor: after ? 'after' : before ? 'before' : 'none',
  };
  const offset = cursor ? 0 : (Math.max(1, f.page ?? 1) - 1) * perPage;
  const keys = pageQuery(db, JSON.stringify(shape)).all({
    event: eventId,
    day: f.day ?? 0,
    rating: f.rating ?? '',
    fandom: f.fandom ?? '',
    sortDate: cursor?.sortDate ?? '',
    id: cursor?.id ?? 0,
    firstDay: cursor?.firstDay ?? 0,
    limit: perPage + 1,
    offset,
  });
  const backwards = before !== null;
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

const byIds = perDatabase((db) =>
  db
    .select({ piece: pieces, username: writers.username, displayName: writers.displayName })
    .from(pieces)
    .innerJoin(writers, eq(writers.id, pieces.writerId))
    .where(sql`${pieces.id} in (select value from json_each(${ph('ids')}))`)
    .prepare(),
);

/** The public pieces with these ids, with their bylines, in the order given. */
function piecesInOrder(db: Db, ids: number[]): PublicPiece[] {
  if (ids.length === 0) return [];
  const byId = new Map(
    byIds(db)
      .all({ ids: idList(ids) })
      .map((r) => [r.piece.id, r]),
  );
  return withBylines(
    db,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

const totalsQuery = perShape((db, key) => {
  const shape = JSON.parse(key) as { day: boolean; rating: boolean; fandom: boolean };
  if (!shape.rating && !shape.fandom) {
    if (!shape.day)
      return db
        .select({
          pieces: eventSummaries.pieces,
          writers: eventSummaries.writers,
          words: eventSummaries.words,
        })
        .from(eventSummaries)
        .where(eq(eventSummaries.eventId, ph('event')))
        .prepare();
    return db
      .select({ pieces: daySummaries.pieces, writers: daySummaries.writers, words: daySummaries.words })
      .from(daySummaries)
      .innerJoin(eventDays, eq(eventDays.id, daySummaries.dayId))
      .where(and(eq(eventDays.eventId, ph('event')), eq(eventDays.number, ph('day'))))
      .prepare();
  }
  // A fandom or rating: counted over the matching rows of the same index the page reads.
  const { t, where } = filtersOf(shape);
  return db
    .select({
      pieces: sql<number>`count(*)`,
      writers: sql<number>`count(distinct ${t.writerId})`,
      words: sql<number>`coalesce(sum(${t.words}), 0)`,
    })
    .from(t)
    .where(and(...where))
    .prepare();
});

function collectionTotals(db: Db, eventId: number, f: EventCollectionFilters): CollectionTotals {
  const shape = { day: f.day !== undefined, rating: f.rating !== undefined, fandom: f.fandom !== undefined };
  return (
    totalsQuery(db, JSON.stringify(shape)).get({
      event: eventId,
      day: f.day ?? 0,
      rating: f.rating ?? '',
      fandom: f.fandom ?? '',
    }) ?? { pieces: 0, writers: 0, words: 0 }
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

/** Public fills of a day a page shows, newest first, and how many there are in all. */
export type DayFills = { items: PublicPiece[]; total: number };

/** How many public fills of the day `writerId` has: with none, they see everyone's list. */
export function ownPublicFillsOfDay(db: Db, writerId: number, dayId: number): number {
  return dayQueries(db).own.get({ writer: writerId, day: dayId })?.n ?? 0;
}

/** The newest `limit` public pieces filling one day (by id) and their count, kept under the event's version. */
export function everyoneFillsOfDay(db: Db, eventId: number, dayId: number, limit: number): DayFills {
  return cacheOf(db).memo(
    `everyoneFillsOfDay\n${dayId}\n${limit}`,
    [{ event: eventId }],
    // Writer 0 is nobody: the list leaves out no one.
    () => othersFillsOfDay(db, dayId, limit, 0, 0),
    listSize(limit),
  );
}

/**
 * The newest `limit` public pieces filling one day but `writerId`'s (shown apart), and the count
 * of the others: for a viewer with `own` public fills of their own that day, read for them alone.
 */
export function othersFillsOfDay(
  db: Db,
  dayId: number,
  limit: number,
  writerId: number,
  own: number,
): DayFills {
  const q = dayQueries(db);
  const ids = q.newest.all({ day: dayId, writer: writerId, limit }).map((r) => r.id);
  return { items: piecesInOrder(db, ids), total: (q.total.get({ day: dayId })?.n ?? 0) - own };
}

const dayQueries = perDatabase((db) => ({
  own: db
    .select({ n: sql<number>`count(*)` })
    .from(fills)
    .where(and(eq(fills.writerId, ph('writer')), eq(fills.dayId, ph('day')), eq(fills.visible, 1)))
    .prepare(),
  // Writer 0 is nobody: the list leaves out no one.
  newest: db
    .select({ id: fills.pieceId })
    .from(fills)
    .where(and(eq(fills.dayId, ph('day')), eq(fills.visible, 1), sql`${fills.writerId} <> ${ph('writer')}`))
    .orderBy(sql`${fills.sortDate} desc`, sql`${fills.pieceId} desc`)
    .limit(ph('limit'))
    .prepare(),
  total: db
    .select({ n: daySummaries.pieces })
    .from(daySummaries)
    .where(eq(daySummaries.dayId, ph('day')))
    .prepare(),
}));

export type { Byline, PublicPiece };
