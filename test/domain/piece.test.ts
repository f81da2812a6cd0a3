import { describe, expect, it } from 'vitest';
import { PIECE_STATUSES, RATINGS, statusLabel } from '../../src/domain/piece.ts';

describe('statuses and ratings', () => {
  it('are listed in their order', () => {
    expect(PIECE_STATUSES).toEqual(['planned', 'drafting', 'posted']);
    expect(RATINGS).toEqual([
      'Not Rated',
      'General Audiences',
      'Teen And Up Audiences',
      'Mature',
      'Explicit',
    ]);
  });
});

describe('statusLabel', () => {
  it.each([
    ['planned', 'Planned'],
    ['drafting', 'Drafting'],
    ['posted', 'Posted'],
    // Anything else is shown as given, capitalised or not.
    ['Posted', 'Posted'],
    ['abandoned', 'abandoned'],
    ['POSTED', 'POSTED'],
    [' posted', ' posted'],
    ['', ''],
  ])('%j → %j', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});
