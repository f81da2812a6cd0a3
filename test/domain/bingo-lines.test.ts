import { describe, expect, it } from 'vitest';
import type { CardSize } from '../../src/domain/bingo.ts';
import { type BingoLine, cardProgress, lineName, type MarkedSquare } from '../../src/domain/bingo-lines.ts';

/** A card drawn as text: `x` filled, `.` empty, `o` the free centre; rows separated by `/`. */
function card(drawing: string): { size: CardSize; squares: MarkedSquare[] } {
  const rows = drawing.split('/');
  const squares = rows.flatMap((r, i) =>
    [...r].map((ch, j) => ({ row: i + 1, col: j + 1, free: ch === 'o', filled: ch === 'x' })),
  );
  return { size: rows.length as CardSize, squares };
}

const row = (n: number): BingoLine => ({ kind: 'row', n });
const col = (n: number): BingoLine => ({ kind: 'col', n });
const diag = (n: number): BingoLine => ({ kind: 'diag', n });

describe('cardProgress', () => {
  it.each([
    // 3×3, no free centre
    ['...', '.../.../...', 0, [], false],
    ['3: top row', 'xxx/.../...', 3, [row(1)], false],
    ['3: middle column', '.x./.x./.x.', 3, [col(2)], false],
    ['3: both diagonals', 'x.x/.x./x.x', 5, [diag(1), diag(2)], false],
    [
      '3: blackout',
      'xxx/xxx/xxx',
      9,
      [row(1), row(2), row(3), col(1), col(2), col(3), diag(1), diag(2)],
      true,
    ],
    // 3×3 with a free centre: it counts towards lines, not towards filled squares
    ['3o: the centre alone', '.../.o./...', 0, [], false],
    ['3o: middle row through the centre', '.../xox/...', 2, [row(2)], false],
    ['3o: a diagonal through it', 'x../.o./..x', 2, [diag(1)], false],
    [
      '3o: blackout',
      'xxx/xox/xxx',
      8,
      [row(1), row(2), row(3), col(1), col(2), col(3), diag(1), diag(2)],
      true,
    ],
    // 4×4 (no centre)
    ['4: last column', '...x/...x/...x/...x', 4, [col(4)], false],
    ['4: anti-diagonal', '...x/..x./.x../x...', 4, [diag(2)], false],
    ['4: almost a row', 'xxx./..../..../....', 3, [], false],
    [
      '4: blackout',
      'xxxx/xxxx/xxxx/xxxx',
      16,
      [row(1), row(2), row(3), row(4), col(1), col(2), col(3), col(4), diag(1), diag(2)],
      true,
    ],
    // 5×5, with and without the free centre
    ['5: row 5', '...../...../...../...../xxxxx', 5, [row(5)], false],
    [
      '5: all but one',
      'xxxxx/xxxxx/xx.xx/xxxxx/xxxxx',
      24,
      [row(1), row(2), row(4), row(5), col(1), col(2), col(4), col(5)],
      false,
    ],
    [
      '5o: all but the centre',
      'xxxxx/xxxxx/xxoxx/xxxxx/xxxxx',
      24,
      [row(1), row(2), row(3), row(4), row(5), col(1), col(2), col(3), col(4), col(5), diag(1), diag(2)],
      true,
    ],
    ['5o: a diagonal of four and the centre', 'x..../.x.../..o../...x./....x', 4, [diag(1)], false],
    ['5o: a cross', '..x../..x../xxoxx/..x../..x..', 8, [row(3), col(3)], false],
  ] as const)('%s', (_name, drawing, filled, lines, blackout) => {
    const { size, squares } = card(drawing);
    expect(cardProgress(size, squares)).toEqual({ filled, lines, blackout });
  });

  it('names lines as people say them', () => {
    expect([row(2), col(3), diag(1), diag(2)].map(lineName)).toEqual([
      'Row 2',
      'Column 3',
      'Diagonal from top left',
      'Diagonal from top right',
    ]);
  });
});
