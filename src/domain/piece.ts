/** A piece's progress: planned, drafting, or posted. */
export const PIECE_STATUSES = ['planned', 'drafting', 'posted'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];

/** A status as pages show it, capitalised like the ratings ("Drafting"); other text as given. */
export function statusLabel(status: string): string {
  return (PIECE_STATUSES as readonly string[]).includes(status)
    ? status[0]?.toUpperCase() + status.slice(1)
    : status;
}

/** AO3's ratings, in AO3's order. */
export const RATINGS = [
  'Not Rated',
  'General Audiences',
  'Teen And Up Audiences',
  'Mature',
  'Explicit',
] as const;
export type Rating = (typeof RATINGS)[number];
