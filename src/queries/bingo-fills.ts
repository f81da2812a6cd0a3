import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bingoCards, bingoSquares, events, pieces, squareFills } from '../../db/schema.ts';
import type { SquareFill } from '../domain/piece-input.ts';
import { idList, perDatabase } from './prepared.ts';

/** A piece filling a square, as the card shows it. */
export type SquarePiece = { id: number; title: string; url: string | null; words: number; status: string };

/** A square of a card with the pieces filling it, in reading order. */
export type CardSquare = {
  id: number;
  row: number;
  col: number;
  free: boolean;
  prompt: string;
  filled: boolean;
  pieces: SquarePiece[];
};

/** A square a piece fills, named as the API and export name it. */
export type SquareFillDetail = {
  eventId: number;
  eventSlug: string;
  eventName: string;
  row: number;
  col: number;
  prompt: string;
};

const q = perDatabase((db) => ({
  squares: db
    .select()
    .from(bingoSquares)
    .where(eq(bingoSquares.cardId, sql.placeholder('card')))
    .orderBy(asc(bingoSquares.row), asc(bingoSquares.col))
    .prepare(),
  fills: db
    .select({
      squareId: squareFills.squareId,
      id: pieces.id,
      title: pieces.title,
      url: pieces.url,
      words: pieces.words,
      status: pieces.status,
    })
    .from(squareFills)
    .innerJoin(pieces, eq(pieces.id, squareFills.pieceId))
    .where(eq(squareFills.cardId, sql.placeholder('card')))
    .orderBy(asc(squareFills.pieceId))
    .prepare(),
  ofPieces: db
    .select({
      pieceId: squareFills.pieceId,
      eventId: events.id,
      eventSlug: events.slug,
      eventName: events.name,
      row: bingoSquares.row,
      col: bingoSquares.col,
      prompt: bingoSquares.prompt,
    })
    .from(squareFills)
    .innerJoin(bingoSquares, eq(bingoSquares.id, squareFills.squareId))
    .innerJoin(bingoCards, eq(bingoCards.id, squareFills.cardId))
    .innerJoin(events, eq(events.id, bingoCards.eventId))
    .where(sql`${squareFills.pieceId} in (select value from json_each(${sql.placeholder('ids')}))`)
    .prepare(),
}));

/** A card's squares in reading order, each with the pieces filling it (posted or not). */
export function cardSquares(db: Db, cardId: number): CardSquare[] {
  const fills = q(db).fills.all({ card: cardId });
  return q(db)
    .squares.all({ card: cardId })
    .map((s) => ({
      id: s.id,
      row: s.row,
      col: s.col,
      free: s.free,
      prompt: s.prompt,
      filled: s.postedFills > 0,
      pieces: fills.filter((f) => f.squareId === s.id).map(({ squareId: _, ...p }) => p),
    }));
}

/** The squares each of `pieceIds` fills, by piece, in event then reading order. */
export function squaresOfPieces(db: Db, pieceIds: number[]): Map<number, SquareFillDetail[]> {
  const out = new Map<number, SquareFillDetail[]>();
  if (pieceIds.length === 0) return out;
  const rows = q(db)
    .ofPieces.all({ ids: idList(pieceIds) })
    .sort((a, b) => a.eventId - b.eventId || a.row - b.row || a.col - b.col);
  for (const { pieceId, ...r } of rows) out.set(pieceId, [...(out.get(pieceId) ?? []), r]);
  return out;
}

/**
 * Replaces the squares the piece fills with `squares`, on its writer's cards in play (inside the
 * caller's transaction); a square that is not on such a card is an error in the caller's validation,
 * so here it is a bug.
 */
export function writeSquareFills(db: Db, pieceId: number, squares: SquareFill[]): void {
  db.delete(squareFills).where(eq(squareFills.pieceId, pieceId)).run();
  if (squares.length === 0) return;
  const writer = db.select({ id: pieces.writerId }).from(pieces).where(eq(pieces.id, pieceId)).get();
  if (!writer) throw new Error(`piece ${pieceId} vanished during the write`);
  const eventIds = [...new Set(squares.map((s) => s.eventId))];
  const cards = db
    .select({ id: bingoCards.id, eventId: bingoCards.eventId, deal: bingoCards.deal })
    .from(bingoCards)
    .where(and(eq(bingoCards.writerId, writer.id), inArray(bingoCards.eventId, eventIds)))
    .all();
  for (const eventId of eventIds) {
    const card = cards.filter((c) => c.eventId === eventId).sort((a, b) => b.deal - a.deal)[0];
    if (!card) throw new Error(`no card for event ${eventId}`);
    const cells = db.select().from(bingoSquares).where(eq(bingoSquares.cardId, card.id)).all();
    for (const s of squares.filter((x) => x.eventId === eventId)) {
      const square = cells.find((c) => c.row === s.row && c.col === s.col);
      if (!square || square.free) throw new Error(`square ${s.row},${s.col} is not fillable`);
      db.insert(squareFills)
        .values({ pieceId, squareId: square.id, cardId: card.id })
        .onConflictDoNothing()
        .run();
    }
  }
}
