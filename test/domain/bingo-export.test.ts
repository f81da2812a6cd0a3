import { describe, expect, it } from 'vitest';
import { type ExportCard, exportedCells, readExportCards } from '../../src/domain/bingo-export.ts';
import type { FieldErrors } from '../../src/domain/piece-input.ts';

const BAD = 'A card needs its event, deal (1 or 2), seed, dealt_at, replaced_at and 9, 16 or 25 squares.';

/** The squares of a size × size card, the centre free when the size is odd. */
const squaresOf = (size: number) =>
  Array.from({ length: size * size }, (_, i) => {
    const row = Math.floor(i / size) + 1;
    const col = (i % size) + 1;
    const free = size % 2 === 1 && row === (size + 1) / 2 && col === row;
    return { row, col, free, prompt: free ? 'Free' : `P${i + 1}`, pool_position: free ? null : i + 1 };
  });

const card = {
  event: 'bingo',
  deal: 1,
  seed: 42,
  dealt_at: '2025-10-01T12:00:00Z',
  replaced_at: null,
  hidden_dealt: 3,
  unique_in_event: false,
  squares: squaresOf(3),
};

const read = (value: unknown) => {
  const errors: FieldErrors = {};
  const cards = readExportCards(value, errors);
  return { cards, errors };
};

describe('readExportCards', () => {
  it('takes no cards as none', () => {
    expect(read(undefined)).toEqual({ cards: [], errors: {} });
    expect(read([])).toEqual({ cards: [], errors: {} });
  });

  it.each([null, {}, 'cards', 3])('refuses %j as the list', (value) => {
    expect(read(value)).toEqual({ cards: [], errors: { cards: 'cards must be an array.' } });
  });

  it('reads a card as written', () => {
    expect(read([card])).toEqual({ cards: [card], errors: {} });
  });

  it('leaves out what the card does not name, and whatever else it has', () => {
    const { hidden_dealt: _h, unique_in_event: _u, ...older } = card;
    expect(read([{ ...older, colour: 'red' }])).toEqual({
      cards: [{ ...older, hidden_dealt: 0, unique_in_event: true }],
      errors: {},
    });
    expect(read([{ ...older, hidden_dealt: null, unique_in_event: null }]).cards).toEqual([
      { ...older, hidden_dealt: 0, unique_in_event: true },
    ]);
  });

  it.each([
    ['a second deal', { deal: 2 }],
    ['seed 0', { seed: 0 }],
    ['the largest seed', { seed: 2 ** 32 - 1 }],
    ['a stamp with tenths', { dealt_at: '2025-10-01T12:00:00.1Z' }],
    ['a stamp with milliseconds', { dealt_at: '2025-10-01T12:00:00.123Z' }],
    ['a replacement', { replaced_at: '2025-10-02T08:30:00.5Z' }],
    ['no hidden deal', { hidden_dealt: 0 }],
    ['all 25 dealt hidden', { hidden_dealt: 25 }],
    ['unique', { unique_in_event: true }],
    ['an empty slug', { event: '' }],
    ['4 × 4 squares', { squares: squaresOf(4) }],
    ['5 × 5 squares', { squares: squaresOf(5) }],
    [
      'a 500-character prompt',
      { squares: [{ ...squaresOf(3)[0], prompt: 'p'.repeat(500) }, ...squaresOf(3).slice(1)] },
    ],
    [
      'pool position 10000',
      { squares: [{ ...squaresOf(3)[0], pool_position: 10_000 }, ...squaresOf(3).slice(1)] },
    ],
    ['squares in any order', { squares: squaresOf(3).reverse() }],
  ])('takes a card with %s', (_, change) => {
    expect(read([{ ...card, ...change }])).toEqual({ cards: [{ ...card, ...change }], errors: {} });
  });

  const withSquare = (change: Record<string, unknown>, at = 0) => ({
    squares: squaresOf(3).map((s, i) => (i === at ? { ...s, ...change } : s)),
  });
  it.each([
    ['not an object', 'card'],
    ['null', null],
    ['a list', [card]],
    ['no event', { ...card, event: undefined }],
    ['an event id', { ...card, event: 3 }],
    ['deal 0', { ...card, deal: 0 }],
    ['deal 3', { ...card, deal: 3 }],
    ['a deal as text', { ...card, deal: '1' }],
    ['a fractional deal', { ...card, deal: 1.5 }],
    ['no seed', { ...card, seed: undefined }],
    ['a negative seed', { ...card, seed: -1 }],
    ['a seed past 32 bits', { ...card, seed: 2 ** 32 }],
    ['a fractional seed', { ...card, seed: 0.5 }],
    ['no dealt_at', { ...card, dealt_at: undefined }],
    ['a dealt_at number', { ...card, dealt_at: 1759320000000 }],
    ['a dealt_at with a space', { ...card, dealt_at: '2025-10-01 12:00:00Z' }],
    ['a dealt_at with an offset', { ...card, dealt_at: '2025-10-01T12:00:00+00:00' }],
    ['a dealt_at without Z', { ...card, dealt_at: '2025-10-01T12:00:00' }],
    ['a dealt_at in microseconds', { ...card, dealt_at: '2025-10-01T12:00:00.1234Z' }],
    ['a dealt_at with a dot and no digits', { ...card, dealt_at: '2025-10-01T12:00:00.Z' }],
    ['a dealt_at with more before', { ...card, dealt_at: 'x2025-10-01T12:00:00Z' }],
    ['a dealt_at with more after', { ...card, dealt_at: '2025-10-01T12:00:00Zx' }],
    ['a date for dealt_at', { ...card, dealt_at: '2025-10-01' }],
    ['no replaced_at', { ...card, replaced_at: undefined }],
    ['a replaced_at that is no stamp', { ...card, replaced_at: 'yesterday' }],
    ['a replaced_at number', { ...card, replaced_at: 0 }],
    ['hidden_dealt 26', { ...card, hidden_dealt: 26 }],
    ['hidden_dealt -1', { ...card, hidden_dealt: -1 }],
    ['hidden_dealt as text', { ...card, hidden_dealt: '3' }],
    ['unique_in_event as text', { ...card, unique_in_event: 'yes' }],
    ['unique_in_event 1', { ...card, unique_in_event: 1 }],
    ['no squares', { ...card, squares: undefined }],
    ['squares as an object', { ...card, squares: { 0: squaresOf(3)[0] } }],
    ['no square', { ...card, squares: [] }],
    ['8 squares', { ...card, squares: squaresOf(3).slice(1) }],
    ['10 squares', { ...card, squares: [...squaresOf(3), { ...squaresOf(4)[3] }] }],
    ['36 squares', { ...card, squares: squaresOf(6) }],
    ['a square repeated', { ...card, squares: [...squaresOf(3).slice(0, 8), squaresOf(3)[0]] }],
    ['a square that is not an object', { ...card, squares: [...squaresOf(3).slice(0, 8), 'P9'] }],
    ['row 0', { ...card, ...withSquare({ row: 0 }) }],
    ['row 4 of 3', { ...card, ...withSquare({ row: 4 }) }],
    ['col 0', { ...card, ...withSquare({ col: 0 }) }],
    ['col 4 of 3', { ...card, ...withSquare({ col: 4 }) }],
    ['a fractional row', { ...card, ...withSquare({ row: 1.5 }) }],
    ['a row as text', { ...card, ...withSquare({ row: '1' }) }],
    ['free as text', { ...card, ...withSquare({ free: 'no' }) }],
    ['no prompt', { ...card, ...withSquare({ prompt: undefined }) }],
    ['a prompt number', { ...card, ...withSquare({ prompt: 7 }) }],
    ['a 501-character prompt', { ...card, ...withSquare({ prompt: 'p'.repeat(501) }) }],
    ['no pool position', { ...card, ...withSquare({ pool_position: undefined }) }],
    ['pool position 0', { ...card, ...withSquare({ pool_position: 0 }) }],
    ['pool position 10001', { ...card, ...withSquare({ pool_position: 10_001 }) }],
    ['a pool position as text', { ...card, ...withSquare({ pool_position: '1' }) }],
    ['a bad last square', { ...card, ...withSquare({ row: 9 }, 8) }],
  ])('refuses a card with %s', (_, c) => {
    expect(read([c])).toEqual({ cards: [], errors: { 'cards[0]': BAD } });
  });

  it('reads the good cards and names the bad ones by index', () => {
    const second = { ...card, deal: 2, squares: squaresOf(5) };
    expect(read([card, { ...card, deal: 9 }, second, null])).toEqual({
      cards: [card, second],
      errors: { 'cards[1]': BAD, 'cards[3]': BAD },
    });
  });

  it('keeps the errors already found', () => {
    const errors: FieldErrors = { name: 'Give the event a name.' };
    expect(readExportCards([null], errors)).toEqual([]);
    expect(errors).toEqual({ name: 'Give the event a name.', 'cards[0]': BAD });
  });
});

describe('exportedCells', () => {
  const asCard = (event: string, deal: number, squares: ExportCard['squares']): ExportCard => ({
    ...card,
    event,
    deal,
    squares,
  });
  const small = (free: boolean, prompt: string) =>
    squaresOf(3).map((s) => ({ ...s, free: s.row === 1 && s.col === 1 ? free : false, prompt }));

  it('has no events without cards', () => {
    expect(exportedCells([])).toEqual(new Map());
  });

  it('maps each square of a card to whether it is free', () => {
    const cells = exportedCells([asCard('bingo', 1, squaresOf(3))]);
    expect([...cells.keys()]).toEqual(['bingo']);
    expect(cells.get('bingo')).toEqual(
      new Map([
        ['1,1', false],
        ['1,2', false],
        ['1,3', false],
        ['2,1', false],
        ['2,2', true],
        ['2,3', false],
        ['3,1', false],
        ['3,2', false],
        ['3,3', false],
      ]),
    );
  });

  it('takes the card in play: the later deal, whatever the order', () => {
    const first = asCard('bingo', 1, small(true, 'first'));
    const second = asCard('bingo', 2, small(false, 'second'));
    expect(exportedCells([first, second]).get('bingo')?.get('1,1')).toBe(false);
    expect(exportedCells([second, first]).get('bingo')?.get('1,1')).toBe(false);
    // Of two cards of one deal, the first stays.
    expect(
      exportedCells([first, asCard('bingo', 1, small(false, 'again'))])
        .get('bingo')
        ?.get('1,1'),
    ).toBe(true);
  });

  it('keeps each event’s cards apart', () => {
    const cells = exportedCells([asCard('a', 2, small(true, 'x')), asCard('b', 1, squaresOf(4))]);
    expect([...cells.keys()]).toEqual(['a', 'b']);
    expect(cells.get('a')?.get('1,1')).toBe(true);
    expect(cells.get('b')?.size).toBe(16);
    expect(cells.get('b')?.get('4,4')).toBe(false);
  });
});
