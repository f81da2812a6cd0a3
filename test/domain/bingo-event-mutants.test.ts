import { describe, expect, it } from 'vitest';
import { validateBingoEvent } from '../../src/domain/bingo-event.ts';

const pool = (n: number) => Array.from({ length: n }, (_, i) => `Prompt ${i + 1}`);
const BASE = { name: 'Bingo 2025', opens: '2025-10-01', closes: '2025-10-31', card_size: 3, pool: pool(9) };

describe('validateBingoEvent: dates must be text', () => {
  // A one-item list prints as its item ("2025-10-01"), so only the type tells it from a date.
  it('refuses an opening date sent as a one-item list', () => {
    expect(validateBingoEvent({ ...BASE, opens: ['2025-10-01'] })).toEqual({
      ok: false,
      errors: { opens: 'opens must be a real date (YYYY-MM-DD).' },
    });
  });

  it('refuses a closing date sent as a one-item list', () => {
    expect(validateBingoEvent({ ...BASE, closes: ['2025-10-31'] })).toEqual({
      ok: false,
      errors: { closes: 'closes must be a real date (YYYY-MM-DD).' },
    });
  });
});
