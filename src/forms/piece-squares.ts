import type { Db } from '../../db/client.ts';
import type { Event } from '../../db/schema.ts';
import type { SquareFill } from '../domain/piece-input.ts';
import { cardCells } from '../queries/bingo-view.ts';
import type { PieceDetail } from '../queries/pieces.ts';

/**
 * The squares ticked on the log form ("row-col") checked against the writer's card in the bingo
 * event: the squares to save, or the message for the form's fills field.
 */
export function formSquares(
  db: Db,
  event: Event,
  writerId: number,
  ticked: string[],
): { ok: true; squares: SquareFill[] } | { ok: false; error: string } {
  const cells = cardCells(db, event, writerId);
  if (!cells) return { ok: false, error: `Join ${event.name} to be dealt a card first.` };
  const squares: SquareFill[] = [];
  for (const value of ticked) {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(value);
    const key = m ? `${m[1]},${m[2]}` : '';
    if (!m || !cells.has(key) || cells.get(key))
      return { ok: false, error: 'A square chosen is not one of your card’s: choose again.' };
    squares.push({ eventId: event.id, row: Number(m[1]), col: Number(m[2]) });
  }
  return { ok: true, squares };
}

/** The piece's squares on events other than `eventId`, kept when the form edits one event. */
export const otherSquares = (piece: PieceDetail, eventId: number | null): SquareFill[] =>
  piece.squares
    .filter((s) => s.eventId !== eventId)
    .map((s) => ({ eventId: s.eventId, row: s.row, col: s.col }));
