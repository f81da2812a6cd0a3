/** A bingo event's rules: words a square needs, squares one piece may fill, whether a card may be rerolled once. */
export type BingoRules = { minWords: number | null; maxSquaresPerPiece: number | null; reroll: boolean };

/** A rule a square fill breaks. */
export type SquareBreak = 'too-short' | 'too-many-squares';

/** The words shown beside a square fill for each broken rule. */
export const SQUARE_BREAK_LABELS: Record<SquareBreak, string> = {
  'too-short': 'Too short',
  'too-many-squares': 'Too many squares',
};

/** How long after the deal a card may be rerolled, in milliseconds. */
export const REROLL_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The rules a piece's fill of a square breaks ([] for a piece not posted): marks, never refusals. */
export function squareBreaks(
  rules: BingoRules,
  piece: { posted: boolean; words: number; squares: number },
): SquareBreak[] {
  if (!piece.posted) return [];
  const breaks: SquareBreak[] = [];
  if (rules.minWords !== null && piece.words < rules.minWords) breaks.push('too-short');
  if (rules.maxSquaresPerPiece !== null && piece.squares > rules.maxSquaresPerPiece)
    breaks.push('too-many-squares');
  return breaks;
}

/**
 * Whether a card may be rerolled now: the rules allow it, it is the writer's first card, it was dealt
 * less than 24 hours ago (ISO instants) and none of its squares is filled yet (a reroll would lose them).
 */
export function mayReroll(
  rules: BingoRules,
  card: { deal: number; dealtAt: string; filled: number },
  now: string,
): boolean {
  return (
    rules.reroll &&
    card.deal === 1 &&
    card.filled === 0 &&
    Date.parse(now) - Date.parse(card.dealtAt) < REROLL_WINDOW_MS
  );
}
