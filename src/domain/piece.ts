/** A piece's progress: planned, drafting, or posted. */
export const PIECE_STATUSES = ['planned', 'drafting', 'posted'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];

/** AO3's ratings, in AO3's order. */
export const RATINGS = [
  'Not Rated',
  'General Audiences',
  'Teen And Up Audiences',
  'Mature',
  'Explicit',
] as const;
export type Rating = (typeof RATINGS)[number];
