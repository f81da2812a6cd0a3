import type { CardSize } from './bingo.ts';

/** A completed line: row n, column n, or diagonal 1 (top left to bottom right) or 2 (top right to bottom left). */
export type BingoLine = { kind: 'row' | 'col' | 'diag'; n: number };

/** A square as the lines see it; a free square counts as filled. */
export type MarkedSquare = { row: number; col: number; free: boolean; filled: boolean };

/** What a card has done: squares filled (free ones not counted), the lines completed, and whether all are filled. */
export type CardProgress = { filled: number; lines: BingoLine[]; blackout: boolean };

/** Every line of a card of `size`, rows then columns then the two diagonals, each as its squares' (row, col). */
export function allLines(size: CardSize): { line: BingoLine; cells: [number, number][] }[] {
  const ns = Array.from({ length: size }, (_, i) => i + 1);
  return [
    ...ns.map((n) => ({ line: { kind: 'row' as const, n }, cells: ns.map((c): [number, number] => [n, c]) })),
    ...ns.map((n) => ({ line: { kind: 'col' as const, n }, cells: ns.map((r): [number, number] => [r, n]) })),
    { line: { kind: 'diag', n: 1 }, cells: ns.map((i): [number, number] => [i, i]) },
    { line: { kind: 'diag', n: 2 }, cells: ns.map((i): [number, number] => [i, size + 1 - i]) },
  ];
}

/** The progress of a card of `size` whose squares are `squares` (any order; missing squares are unfilled). */
export function cardProgress(size: CardSize, squares: readonly MarkedSquare[]): CardProgress {
  const done = new Set(squares.filter((s) => s.free || s.filled).map((s) => `${s.row},${s.col}`));
  const lines = allLines(size)
    .filter(({ cells }) => cells.every(([r, c]) => done.has(`${r},${c}`)))
    .map(({ line }) => line);
  const filled = squares.filter((s) => !s.free && s.filled).length;
  return { filled, lines, blackout: done.size === size * size };
}

/** A line as people say it: "Row 2", "Column 3", "Diagonal ↘" / "Diagonal ↙". */
export function lineName(line: BingoLine): string {
  if (line.kind === 'row') return `Row ${line.n}`;
  if (line.kind === 'col') return `Column ${line.n}`;
  return line.n === 1 ? 'Diagonal from top left' : 'Diagonal from top right';
}
