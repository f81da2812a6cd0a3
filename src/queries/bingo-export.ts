import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bingoCards, bingoSquares, events } from '../../db/schema.ts';
import type { ExportCard } from '../domain/bingo-export.ts';

/** Every card the writer was dealt (history included), as the export writes them. */
export function exportCards(db: Db, writerId: number): ExportCard[] {
  const cards = db
    .select({ card: bingoCards, event: events.slug })
    .from(bingoCards)
    .innerJoin(events, eq(events.id, bingoCards.eventId))
    .where(eq(bingoCards.writerId, writerId))
    .orderBy(asc(bingoCards.id))
    .all();
  return cards.map(({ card, event }) => ({
    event,
    deal: card.deal,
    seed: card.seed,
    dealt_at: card.dealtAt,
    replaced_at: card.replacedAt,
    hidden_dealt: card.hiddenDealt,
    unique_in_event: card.uniqueInEvent,
    squares: db
      .select()
      .from(bingoSquares)
      .where(eq(bingoSquares.cardId, card.id))
      .orderBy(asc(bingoSquares.row), asc(bingoSquares.col))
      .all()
      .map((s) => ({
        row: s.row,
        col: s.col,
        free: s.free,
        prompt: s.prompt,
        pool_position: s.poolPosition,
      })),
  }));
}

/**
 * Recreates exported cards for the writer (inside the import's transaction), for each event where
 * they have no card yet; a layout another writer has in the event is kept, marked not unique.
 */
export function importCards(t: Db, writerId: number, cards: (ExportCard & { eventId: number })[]): number {
  let made = 0;
  const has = new Set(
    t
      .select({ eventId: bingoCards.eventId })
      .from(bingoCards)
      .where(eq(bingoCards.writerId, writerId))
      .all()
      .map((c) => c.eventId),
  );
  for (const c of [...cards].sort((a, b) => a.deal - b.deal)) {
    if (has.has(c.eventId)) continue;
    const layout = c.squares
      .map((s) => (s.pool_position === null ? '-' : String(s.pool_position - 1)))
      .join(',');
    const taken =
      t
        .select({ id: bingoCards.id })
        .from(bingoCards)
        .where(and(eq(bingoCards.eventId, c.eventId), eq(bingoCards.layout, layout)))
        .get() !== undefined;
    const card = t
      .insert(bingoCards)
      .values({
        eventId: c.eventId,
        writerId,
        deal: c.deal,
        seed: c.seed,
        layout: taken ? `${layout}~${writerId}.${c.deal}` : layout,
        hiddenDealt: c.hidden_dealt,
        uniqueInEvent: c.unique_in_event && !taken,
        dealtAt: c.dealt_at,
        replacedAt: c.replaced_at,
      })
      .returning({ id: bingoCards.id })
      .get();
    for (const s of c.squares)
      t.insert(bingoSquares)
        .values({
          cardId: card.id,
          row: s.row,
          col: s.col,
          free: s.free,
          poolPosition: s.pool_position,
          prompt: s.prompt,
        })
        .run();
    made++;
  }
  return made;
}
