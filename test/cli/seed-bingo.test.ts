import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../src/cli/seed.ts';
import { seedBingo } from '../../src/cli/seed-bingo.ts';

const quiet = { write: () => true };

describe('promptly seed --bingo', () => {
  it('adds bingo events with pools and a different card for each seeded writer, the same every run', () => {
    const run = () => {
      const { sqlite } = memoryDatabase();
      seedDatabase(sqlite, { writers: 12, pieces: 20, events: 1, passwordHash: 'x', progress: quiet });
      const made = seedBingo(sqlite, { count: 2, writers: 12, opens: '2025-10-01', closes: '2025-12-31' });
      return { made, sqlite };
    };
    const { made, sqlite } = run();
    expect(made).toEqual({ events: 2, cards: 24 });
    expect(sqlite.prepare("select count(*) from events where kind = 'bingo'").pluck().get()).toBe(2);
    expect(sqlite.prepare('select count(*) from bingo_pool').pluck().get()).toBe(80);
    expect(sqlite.prepare('select count(*) from bingo_squares').pluck().get()).toBe(24 * 25);
    const layouts = sqlite.prepare('select layout from bingo_cards order by id').pluck().all();
    expect(new Set(layouts).size).toBe(24);
    expect(run().sqlite.prepare('select layout from bingo_cards order by id').pluck().all()).toEqual(layouts);
    expect(() =>
      seedBingo(sqlite, { count: 1, writers: 12, opens: '2025-10-01', closes: '2025-12-31' }),
    ).toThrow(/already has the event bingo-1/);
  });
});
