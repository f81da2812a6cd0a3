import { describe, expect, it } from 'vitest';
import { readExportCards } from '../../src/domain/bingo-export.ts';
import type { FieldErrors } from '../../src/domain/piece-input.ts';

const BAD = 'A card needs its event, deal (1 or 2), seed, dealt_at, replaced_at and 9, 16 or 25 squares.';

const squares = Array.from({ length: 9 }, (_, i) => ({
  row: Math.floor(i / 3) + 1,
  col: (i % 3) + 1,
  free: i === 4,
  prompt: i === 4 ? 'Free' : `P${i + 1}`,
  pool_position: i === 4 ? null : i + 1,
}));
const card = {
  event: 'bingo',
  deal: 1,
  seed: 42,
  dealt_at: '2025-10-01T12:00:00Z',
  replaced_at: null,
  hidden_dealt: 0,
  unique_in_event: true,
  squares,
};

describe('readExportCards: replaced_at', () => {
  // A one-item list prints as its stamp, so only its type tells it from one.
  it('refuses a replacement stamp wrapped in a list', () => {
    const errors: FieldErrors = {};
    const cards = readExportCards([{ ...card, replaced_at: ['2025-10-02T08:30:00Z'] }], errors);
    expect({ cards, errors }).toEqual({ cards: [], errors: { 'cards[0]': BAD } });
  });
});
