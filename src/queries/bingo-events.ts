import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bingoPool, type Event, eventMembers, events } from '../../db/schema.ts';
import type { BingoEventInput } from '../domain/bingo-event.ts';
import type { BingoRules } from '../domain/bingo-rules.ts';
import { type Created, refuseNewEvent } from './event-writes.ts';

/** Saves a new bingo event with its pool and its creator as organiser, in one transaction (same limits as a daily event). */
export function createBingoEvent(
  db: Db,
  organiserId: number,
  input: BingoEventInput,
  options: { at: string; unlimited?: boolean },
): Created {
  return db.transaction((tx): Created => {
    const t = tx as unknown as Db;
    const refused = refuseNewEvent(t, organiserId, input.slug, options);
    if (refused) return refused;
    const { id } = t
      .insert(events)
      .values({
        slug: input.slug,
        name: input.name,
        description: input.description,
        kind: 'bingo',
        firstDay: input.opens,
        lastDay: input.closes,
        cardSize: input.cardSize,
        freeCentre: input.freeCentre,
        minWords: input.rules.minWords,
        maxSquaresPerPiece: input.rules.maxSquaresPerPiece,
        reroll: input.rules.reroll,
        organiserId,
        createdAt: options.at,
      })
      .returning({ id: events.id })
      .get();
    input.pool.forEach((text, i) => {
      t.insert(bingoPool)
        .values({ eventId: id, position: i + 1, text })
        .run();
    });
    t.insert(eventMembers).values({ eventId: id, writerId: organiserId, role: 'organiser' }).run();
    return { ok: true, value: { id, slug: input.slug } };
  });
}

/** A bingo event's pool, in order. */
export function bingoPoolOf(db: Db, eventId: number): string[] {
  return db
    .select({ text: bingoPool.text })
    .from(bingoPool)
    .where(eq(bingoPool.eventId, eventId))
    .orderBy(asc(bingoPool.position))
    .all()
    .map((p) => p.text);
}

/** A bingo event's rules as the domain judges them. */
export const bingoRulesOf = (event: Event): BingoRules => ({
  minWords: event.minWords,
  maxSquaresPerPiece: event.maxSquaresPerPiece,
  reroll: event.reroll,
});
