import type Database from 'better-sqlite3';
import { dealCard } from '../domain/bingo.ts';
import { SeedConflict } from './seed.ts';

/** Writers dealt a card in each seeded bingo event: the first ones, at most this many. */
const CARDS_PER_EVENT = 1000;

const POOL = Array.from({ length: 40 }, (_, i) => `Bingo prompt ${i + 1}`);

/**
 * Adds `count` bingo events (bingo-1…: 5×5 with a free centre, a pool of 40, one reroll allowed,
 * open from `opens` for three months) and deals a card, from a seed fixed by writer and event, to
 * each of the first writers seeded; in one transaction.
 */
export function seedBingo(
  sqlite: Database.Database,
  opts: { count: number; writers: number; opens: string; closes: string },
): { events: number; cards: number } {
  const slugs = Array.from({ length: opts.count }, (_, i) => `bingo-${i + 1}`);
  const taken = sqlite.prepare('select slug from events where slug = ?').pluck();
  const clash = slugs.find((s) => taken.get(s) !== undefined);
  if (clash) throw new SeedConflict(`The database already has the event ${clash}; seed a fresh database.`);
  const event = sqlite.prepare(
    "insert into events (slug, name, description, kind, first_day, last_day, card_size, free_centre, reroll) values (?, ?, '', 'bingo', ?, ?, 5, 1, 1)",
  );
  const pool = sqlite.prepare('insert into bingo_pool (event_id, position, text) values (?, ?, ?)');
  const writer = sqlite.prepare('select id from writers where username = ?').pluck();
  const card = sqlite.prepare(
    'insert into bingo_cards (event_id, writer_id, deal, seed, layout, dealt_at) values (?, ?, 1, ?, ?, ?)',
  );
  const square = sqlite.prepare(
    'insert into bingo_squares (card_id, row, col, free, pool_position, prompt) values (?, ?, ?, ?, ?, ?)',
  );
  let cards = 0;
  sqlite.transaction(() => {
    slugs.forEach((slug, e) => {
      const eventId = event.run(slug, `Bingo ${e + 1}`, opts.opens, opts.closes).lastInsertRowid;
      POOL.forEach((text, i) => {
        pool.run(eventId, i + 1, text);
      });
      const layouts = new Set<string>();
      for (let n = 1; n <= Math.min(opts.writers, CARDS_PER_EVENT); n++) {
        const writerId = writer.get(`writer${n}`) as number | undefined;
        if (writerId === undefined) continue;
        const dealt = dealCard({
          seed: n * 7919 + e,
          size: 5,
          freeCentre: true,
          pool: POOL,
          hides: () => false,
          taken: layouts,
        });
        layouts.add(dealt.layout);
        const cardId = card.run(
          eventId,
          writerId,
          dealt.seed,
          dealt.layout,
          `${opts.opens}T00:00:00.000Z`,
        ).lastInsertRowid;
        for (const s of dealt.squares)
          square.run(
            cardId,
            s.row,
            s.col,
            s.free ? 1 : 0,
            s.pool === null ? null : s.pool + 1,
            s.prompt ?? '',
          );
        cards++;
      }
    });
  })();
  return { events: opts.count, cards };
}
