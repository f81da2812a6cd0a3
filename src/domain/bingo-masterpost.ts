import type { MasterpostLine } from './masterpost.ts';

/** A card's square as the masterpost reads it: posted pieces only. */
export type MasterpostSquare = {
  row: number;
  col: number;
  free: boolean;
  prompt: string;
  pieces: { title: string; url: string | null; words: number; status: string }[];
};

/** The masterpost of a card: one line per square with a posted piece, in reading order ("Row 1, column 2 — prompt — pieces"). */
export function bingoMasterpostLines(squares: MasterpostSquare[]): MasterpostLine[] {
  return squares
    .filter((s) => !s.free)
    .map((s, i) => ({
      day: i + 1,
      label: `Row ${s.row}, column ${s.col}`,
      prompt: s.prompt,
      parts: [s.prompt],
      pieces: s.pieces
        .filter((p) => p.status === 'posted')
        .map((p) => ({ title: p.title, url: p.url, words: p.words })),
    }))
    .filter((line) => line.pieces.length > 0);
}
