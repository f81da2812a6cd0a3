import type { Db } from '../../db/client.ts';
import type { BingoCard, Event } from '../../db/schema.ts';
import type { CardSize } from '../domain/bingo.ts';
import { type CardProgress, cardProgress } from '../domain/bingo-lines.ts';
import { mayReroll, type SquareBreak, squareBreaks } from '../domain/bingo-rules.ts';
import { cardHistory } from './bingo-cards.ts';
import { bingoRulesOf } from './bingo-events.ts';
import { type CardSquare, cardSquares } from './bingo-fills.ts';

/** A square as a card page shows it: its pieces each with the rules they break. */
export type ShownSquare = Omit<CardSquare, 'pieces'> & {
  pieces: (CardSquare['pieces'][number] & { breaks: SquareBreak[] })[];
};

/** A writer's card with what it has done, the cards it replaced, and whether a reroll is offered now. */
export type CardView = {
  card: BingoCard;
  size: CardSize;
  squares: ShownSquare[];
  progress: CardProgress;
  history: BingoCard[];
  mayReroll: boolean;
};

/** The writer's card in play in a bingo event, ready to show, or undefined; `at` (UTC ISO) decides the reroll. */
export function cardView(db: Db, event: Event, writerId: number, at: string): CardView | undefined {
  const history = cardHistory(db, event.id, writerId);
  const card = history.at(-1);
  if (!card) return undefined;
  const size = (event.cardSize ?? 5) as CardSize;
  const raw = cardSquares(db, card.id);
  // A piece's squares on this card count against max_squares_per_piece.
  const perPiece = new Map<number, number>();
  for (const s of raw) for (const p of s.pieces) perPiece.set(p.id, (perPiece.get(p.id) ?? 0) + 1);
  const rules = bingoRulesOf(event);
  const squares = raw.map((s) => ({
    ...s,
    pieces: s.pieces.map((p) => ({
      ...p,
      breaks: squareBreaks(rules, {
        posted: p.status === 'posted',
        words: p.words,
        squares: perPiece.get(p.id) ?? 1,
      }),
    })),
  }));
  return {
    card,
    size,
    squares,
    progress: cardProgress(size, squares),
    history: history.slice(0, -1),
    mayReroll: mayReroll(rules, card, at),
  };
}

/** A card as `GET /api/v1/me/cards/:slug` answers it (rows and columns from 1). */
export function cardJson(view: CardView, freeCentre: boolean) {
  return {
    size: view.size,
    free_centre: freeCentre,
    squares: view.squares.map((s) => ({
      row: s.row,
      col: s.col,
      prompt: s.free ? null : s.prompt,
      free: s.free,
      pieces: s.pieces.map((p) => p.id),
    })),
    lines: view.progress.lines,
    blackout: view.progress.blackout,
  };
}

/** The squares of the writer's card in play ("row,col" → free), for validating fills; null without a card. */
export function cardCells(db: Db, event: Event, writerId: number): Map<string, boolean> | null {
  const card = cardHistory(db, event.id, writerId).at(-1);
  if (!card) return null;
  return new Map(cardSquares(db, card.id).map((s) => [`${s.row},${s.col}`, s.free]));
}
