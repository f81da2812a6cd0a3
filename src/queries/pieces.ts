import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  eventDays,
  eventMembers,
  eventPieces,
  eventSummaries,
  events,
  eventWriters,
  fillPrompts,
  fills,
  type Piece,
  pieceFandoms,
  pieces,
  prompts,
  writerFandoms as writerFandomsTable,
} from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import type { PieceToSave } from '../domain/piece-input.ts';
import type { EventRules } from '../domain/rules.ts';
import { type SquareFillDetail, squaresOfPieces, writeSquareFills } from './bingo-fills.ts';
import { idList, perDatabase } from './prepared.ts';

/** A day a piece fills, with the event it belongs to and the prompts used. */
export type FillDetail = {
  eventId: number;
  eventSlug: string;
  eventName: string;
  dayLabel: string;
  /** The event's tag pattern ('' for none). */
  tagPattern: string;
  day: number;
  date: string;
  dayTitle: string | null;
  prompts: { position: number; text: string }[];
  /** The event's rules, to mark a fill that breaks them. */
  rules: EventRules;
};

/** A piece with its fandoms, fills and the bingo squares it fills. */
export type PieceDetail = Piece & { fandoms: string[]; fills: FillDetail[]; squares: SquareFillDetail[] };

/** Collection filters and order. */
export type PieceFilters = {
  event?: number;
  status?: Piece['status'];
  fandom?: string;
  sort?: 'date' | 'words' | 'title';
  page?: number;
  perPage?: number;
};

const p = sql.placeholder;

// The statements a piece's save runs, prepared once (they run inside the save's transaction).
const writes = perDatabase((db) => ({
  piece: db
    .insert(pieces)
    .values({
      writerId: p('writerId'),
      title: p('title'),
      url: p('url'),
      words: p('words'),
      rating: p('rating'),
      summary: p('summary'),
      notes: p('notes'),
      status: p('status'),
      postedOn: p('postedOn'),
    })
    .returning({ id: pieces.id })
    .prepare(),
  fandom: db
    .insert(pieceFandoms)
    .values({ pieceId: p('pieceId'), position: p('position'), fandom: p('fandom') })
    .prepare(),
  day: db
    .select({ id: eventDays.id })
    .from(eventDays)
    .where(and(eq(eventDays.eventId, p('eventId')), eq(eventDays.number, p('day'))))
    .prepare(),
  fill: db
    .insert(fills)
    .values({ pieceId: p('pieceId'), dayId: p('dayId') })
    .returning({ id: fills.id })
    .prepare(),
  prompts: db
    .select({ id: prompts.id })
    .from(prompts)
    .where(
      and(
        eq(prompts.dayId, p('dayId')),
        sql`${prompts.position} in (select value from json_each(${p('positions')}))`,
      ),
    )
    .prepare(),
  fillPrompt: db
    .insert(fillPrompts)
    .values({ fillId: p('fillId'), promptId: p('promptId') })
    .prepare(),
}));

function writeChildren(db: Db, pieceId: number, input: PieceToSave): void {
  const w = writes(db);
  input.fandoms.forEach((fandom, i) => {
    w.fandom.run({ pieceId, position: i + 1, fandom });
  });
  for (const fill of input.fills) {
    const day = w.day.get({ eventId: fill.eventId, day: fill.day });
    if (!day) throw new Error(`day ${fill.day} vanished during the write`);
    const { id: fillId } = w.fill.get({ pieceId, dayId: day.id }) as { id: number };
    if (fill.prompts.length === 0) continue;
    const used = w.prompts.all({ dayId: day.id, positions: JSON.stringify(fill.prompts) });
    for (const u of used) w.fillPrompt.run({ fillId, promptId: u.id });
  }
  if (input.squares) writeSquareFills(db, pieceId, input.squares);
}

const pieceColumns = (input: PieceToSave) => ({
  title: input.title,
  url: input.url,
  words: input.words,
  rating: input.rating,
  summary: input.summary,
  notes: input.notes,
  status: input.status,
  postedOn: input.postedOn,
});

/** Saves a new piece with its fandoms and fills (of any events) in one transaction; returns its id. */
export function createPiece(db: Db, writerId: number, input: PieceToSave): number {
  // The prepared statements belong to `db`'s connection, so they run inside its transaction.
  return db.transaction(() => {
    const { id } = writes(db).piece.get({ writerId, ...pieceColumns(input) }) as { id: number };
    writeChildren(db, id, input);
    return id;
  });
}

/** Replaces a piece's fields, fandoms and fills (all of them, of any events) in one transaction. */
export function updatePiece(db: Db, pieceId: number, input: PieceToSave): void {
  db.transaction((tx) => {
    tx.update(pieces).set(pieceColumns(input)).where(eq(pieces.id, pieceId)).run();
    tx.delete(pieceFandoms).where(eq(pieceFandoms.pieceId, pieceId)).run();
    tx.delete(fills).where(eq(fills.pieceId, pieceId)).run();
    writeChildren(db, pieceId, input);
  });
}

/** Deletes a piece; its fandoms and fills go with it. */
export function deletePiece(db: Db, pieceId: number): void {
  db.delete(pieces).where(eq(pieces.id, pieceId)).run();
}

const inIds = (column: unknown) => sql`${column} in (select value from json_each(${sql.placeholder('ids')}))`;

const details = perDatabase((db) => ({
  fandoms: db
    .select()
    .from(pieceFandoms)
    .where(inIds(pieceFandoms.pieceId))
    .orderBy(asc(pieceFandoms.position))
    .prepare(),
  fills: db
    .select({
      fillId: fills.id,
      pieceId: fills.pieceId,
      eventId: events.id,
      eventSlug: events.slug,
      eventName: events.name,
      dayLabel: events.dayLabel,
      tagPattern: events.tagPattern,
      day: eventDays.number,
      date: eventDays.date,
      dayTitle: eventDays.title,
      lateUntil: events.lateUntil,
      maxPromptsPerPiece: events.maxPromptsPerPiece,
      minWords: events.minWords,
      maxWords: events.maxWords,
    })
    .from(fills)
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .innerJoin(events, eq(events.id, eventDays.eventId))
    .where(inIds(fills.pieceId))
    .orderBy(asc(events.firstDay), asc(eventDays.number))
    .prepare(),
  prompts: db
    .select({ fillId: fillPrompts.fillId, position: prompts.position, text: prompts.text })
    .from(fillPrompts)
    .innerJoin(prompts, eq(prompts.id, fillPrompts.promptId))
    .where(inIds(fillPrompts.fillId))
    .orderBy(asc(prompts.position))
    .prepare(),
}));

/** Adds fandoms and fills to piece rows, with one prepared query each for the whole page. */
export function hydratePieces(db: Db, rows: Piece[]): PieceDetail[] {
  if (rows.length === 0) return [];
  const q = details(db);
  const fandomRows = q.fandoms.all({ ids: idList(rows.map((r) => r.id)) });
  const fillRows = q.fills.all({ ids: idList(rows.map((r) => r.id)) });
  const promptRows =
    fillRows.length === 0 ? [] : q.prompts.all({ ids: idList(fillRows.map((f) => f.fillId)) });
  const squares = squaresOfPieces(
    db,
    rows.map((r) => r.id),
  );
  // Grouped once: a day's page may hydrate a few hundred pieces.
  const fandomsOf = groupBy(fandomRows, (f) => f.pieceId);
  const fillsOf = groupBy(fillRows, (f) => f.pieceId);
  const promptsOf = groupBy(promptRows, (p) => p.fillId);
  return rows.map((piece) => ({
    ...piece,
    squares: squares.get(piece.id) ?? [],
    fandoms: (fandomsOf.get(piece.id) ?? []).map((f) => f.fandom),
    fills: (fillsOf.get(piece.id) ?? []).map(
      ({ fillId, pieceId: _, lateUntil, maxPromptsPerPiece, minWords, maxWords, ...f }) => ({
        ...f,
        rules: { lateUntil, maxPromptsPerPiece, minWords, maxWords },
        prompts: (promptsOf.get(fillId) ?? []).map(({ position, text }) => ({ position, text })),
      }),
    ),
  }));
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** One piece with its fandoms and fills, or undefined. */
export function findPiece(db: Db, id: number): PieceDetail | undefined {
  const row = db.select().from(pieces).where(eq(pieces.id, id)).get();
  return row ? hydratePieces(db, [row])[0] : undefined;
}

function collectionWhere(writerId: number, f: PieceFilters): SQL | undefined {
  const conditions: SQL[] = [eq(pieces.writerId, writerId)];
  if (f.status) conditions.push(eq(pieces.status, f.status));
  if (f.fandom)
    conditions.push(
      sql`exists (select 1 from ${pieceFandoms} where ${pieceFandoms.pieceId} = ${pieces.id} and ${pieceFandoms.fandom} = ${f.fandom})`,
    );
  // From the piece's fills to their days (the unary + keeps SQLite from starting at the event's days
  // and probing the piece's fills once per day).
  if (f.event !== undefined)
    conditions.push(
      sql`exists (select 1 from ${eventPieces} where ${eventPieces.pieceId} = ${pieces.id} and ${eventPieces.eventId} = ${f.event})`,
    );
  return and(...conditions);
}

/** A page of a writer's collection with its totals. */
export type CollectionPage = {
  items: PieceDetail[];
  total: number;
  words: number;
  daysFilled: number;
  daysTotal: number;
};

/**
 * A page of a writer's collection, with totals over every piece matching the filters; kept until
 * the next write, as the totals read all of the writer's pieces.
 */
export function listPieces(db: Db, writerId: number, f: PieceFilters): CollectionPage {
  return cacheOf(db).memo(
    `listPieces\n${writerId}\n${JSON.stringify(f)}`,
    [{ writer: writerId }, { events: true }],
    () => collectionPage(db, writerId, f),
    (page) => 2048 + 2048 * page.items.length,
  );
}

function collectionPage(db: Db, writerId: number, f: PieceFilters): CollectionPage {
  const where = collectionWhere(writerId, f);
  const perPage = f.perPage ?? 20;
  const page = Math.max(1, f.page ?? 1);
  const order =
    f.sort === 'words'
      ? [desc(pieces.words), desc(pieces.id)]
      : f.sort === 'title'
        ? [asc(sql`${pieces.title} collate nocase`), asc(pieces.id)]
        : [desc(sql`coalesce(${pieces.postedOn}, substr(${pieces.createdAt}, 1, 10))`), desc(pieces.id)];
  const rows = db
    .select()
    .from(pieces)
    .where(where)
    .orderBy(...order)
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const totals = db
    .select({ count: sql<number>`count(*)`, words: sql<number>`coalesce(sum(${pieces.words}), 0)` })
    .from(pieces)
    .where(where)
    .get() ?? { count: 0, words: 0 };
  const { filled, days } =
    f.status || f.fandom ? daysOfMatching(db, writerId, f) : daysOfEvents(db, writerId, f.event);
  return {
    items: hydratePieces(db, rows),
    total: totals.count,
    words: totals.words,
    daysFilled: filled,
    daysTotal: days,
  };
}

/**
 * Days filled and "of N days" without a status or fandom filter: the summaries of the filtered event,
 * or of every event the writer joined or fills (so a joined event still counts its days after the last piece goes).
 */
function daysOfEvents(db: Db, writerId: number, event: number | undefined): { filled: number; days: number } {
  const scope =
    event !== undefined
      ? sql`(${event})`
      : sql`(select ${eventPieces.eventId} from ${eventPieces} where ${eventPieces.writerId} = ${writerId}
          union all select ${eventMembers.eventId} from ${eventMembers} where ${eventMembers.writerId} = ${writerId})`;
  const filled = db
    .select({ n: sql<number>`coalesce(sum(${eventWriters.daysPosted}), 0)` })
    .from(eventWriters)
    .where(and(eq(eventWriters.writerId, writerId), sql`${eventWriters.eventId} in ${scope}`))
    .get();
  const days = db
    .select({ n: sql<number>`coalesce(sum(${eventSummaries.days}), 0)` })
    .from(eventSummaries)
    .where(sql`${eventSummaries.eventId} in ${scope}`)
    .get();
  return { filled: filled?.n ?? 0, days: days?.n ?? 0 };
}

/**
 * Days filled by the posted pieces matching a status or fandom filter, of the days of the events
 * those pieces fill (or of the filtered event): the writer's own fills, a few hundred rows at most.
 */
function daysOfMatching(db: Db, writerId: number, f: PieceFilters): { filled: number; days: number } {
  const matching = db.select({ id: pieces.id }).from(pieces).where(collectionWhere(writerId, f));
  const own = and(
    eq(fills.writerId, writerId),
    inArray(fills.pieceId, matching),
    f.event !== undefined ? eq(fills.eventId, f.event) : undefined,
  );
  const filled = db
    .select({ n: sql<number>`count(distinct ${fills.dayId})` })
    .from(fills)
    .where(and(own, eq(fills.posted, 1)))
    .get();
  const scope =
    f.event !== undefined ? sql`(${f.event})` : sql`(select ${fills.eventId} from ${fills} where ${own})`;
  const days = db
    .select({ n: sql<number>`coalesce(sum(${eventSummaries.days}), 0)` })
    .from(eventSummaries)
    .where(sql`${eventSummaries.eventId} in ${scope}`)
    .get();
  return { filled: filled?.n ?? 0, days: days?.n ?? 0 };
}

/** The fandoms a writer has used, most used first (kept until the next write). */
export function writerFandoms(db: Db, writerId: number): string[] {
  return cacheOf(db).memo(`writerFandoms\n${writerId}`, [{ writer: writerId }], () =>
    fandomsOf(db, writerId),
  );
}

function fandomsOf(db: Db, writerId: number): string[] {
  // The writer's fandom summary, read through (writer, pieces desc, fandom): one row a fandom.
  return db
    .select({ fandom: writerFandomsTable.fandom })
    .from(writerFandomsTable)
    .where(and(eq(writerFandomsTable.writerId, writerId), sql`${writerFandomsTable.pieces} > 0`))
    .orderBy(desc(writerFandomsTable.pieces), asc(writerFandomsTable.fandom))
    .all()
    .map((r) => r.fandom);
}

/** The pieces of `writerId` filling the day with id `dayId` (kept until the next write). */
export function piecesFillingDay(db: Db, writerId: number, dayId: number): PieceDetail[] {
  return cacheOf(db).memo(
    `piecesFillingDay\n${writerId}\n${dayId}`,
    [{ writer: writerId }, { events: true }],
    () => writerPiecesOfDay(db, writerId, dayId),
  );
}

function writerPiecesOfDay(db: Db, writerId: number, dayId: number): PieceDetail[] {
  const rows = db
    .select({ piece: pieces })
    .from(fills)
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .where(and(eq(fills.writerId, writerId), eq(fills.dayId, dayId)))
    .orderBy(desc(pieces.id))
    .all()
    .map((r) => r.piece);
  return hydratePieces(db, rows);
}

/** A writer's pieces in the order they were logged, `limit` of them from `offset`, with the total. */
export function writerPiecesPage(
  db: Db,
  writerId: number,
  limit: number,
  offset: number,
): { pieces: PieceDetail[]; total: number } {
  const rows = db
    .select()
    .from(pieces)
    .where(eq(pieces.writerId, writerId))
    .orderBy(asc(pieces.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(pieces)
    .where(eq(pieces.writerId, writerId))
    .get();
  return { pieces: hydratePieces(db, rows), total: total?.n ?? 0 };
}
