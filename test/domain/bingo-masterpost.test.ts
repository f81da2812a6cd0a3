import { describe, expect, it } from 'vitest';
import { bingoMasterpostLines, type MasterpostSquare } from '../../src/domain/bingo-masterpost.ts';

type Piece = MasterpostSquare['pieces'][number];
const posted = (title: string, extra: Partial<Piece> = {}): Piece => ({
  title,
  url: `https://archiveofourown.org/works/${title.length}`,
  words: 1000,
  status: 'posted',
  ...extra,
});
const square = (
  row: number,
  col: number,
  prompt: string,
  pieces: Piece[],
  free = false,
): MasterpostSquare => ({
  row,
  col,
  free,
  prompt,
  pieces,
});

describe('bingoMasterpostLines: one line per square with a posted piece', () => {
  it('is empty for an empty card', () => {
    expect(bingoMasterpostLines([])).toEqual([]);
  });

  it('labels each square by row and column, with its prompt, and keeps only posted pieces', () => {
    expect(
      bingoMasterpostLines([
        square(1, 1, 'Fever', [
          posted('Hot', { url: null, words: 12 }),
          posted('Draft', { status: 'drafting' }),
          posted('Plan', { status: 'planned' }),
          posted('Warm', { words: 3456 }),
        ]),
        square(1, 2, 'Snow', [posted('Cold')]),
      ]),
    ).toEqual([
      {
        day: 1,
        label: 'Row 1, column 1',
        prompt: 'Fever',
        parts: ['Fever'],
        pieces: [
          { title: 'Hot', url: null, words: 12 },
          { title: 'Warm', url: 'https://archiveofourown.org/works/4', words: 3456 },
        ],
      },
      {
        day: 2,
        label: 'Row 1, column 2',
        prompt: 'Snow',
        parts: ['Snow'],
        pieces: [{ title: 'Cold', url: 'https://archiveofourown.org/works/4', words: 1000 }],
      },
    ]);
  });

  it('leaves out the free square and squares without a posted piece, numbering the squares that are not free', () => {
    const lines = bingoMasterpostLines([
      square(1, 1, 'Empty', []),
      square(1, 2, 'Only a draft', [posted('D', { status: 'drafting' })]),
      square(2, 2, 'FREE', [posted('Never shown')], true),
      square(3, 3, 'Last', [posted('L')]),
    ]);
    expect(lines).toEqual([
      {
        day: 3,
        label: 'Row 3, column 3',
        prompt: 'Last',
        parts: ['Last'],
        pieces: [{ title: 'L', url: 'https://archiveofourown.org/works/1', words: 1000 }],
      },
    ]);
  });
});
