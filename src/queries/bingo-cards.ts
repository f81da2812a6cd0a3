import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type BingoCard,
  bingoCards,
  bingoSquares,
  type Event,
  eventMembers,
  events,
  type Writer,
  writers,
} from '../../db/schema.ts';
import { type CardSize, dealCard } from '../domain/bingo.ts';
import { mayReroll } from '../domain/bingo-rules.ts';
import { avoids, squickFilter } from '../domain/squick.ts';
import { bingoPoolOf, bingoRulesOf } from './bingo-events.ts';

/** A repeat's layout is kept apart from the unique ones (the index holds each layout once). */
const storedLayout = (layout: string, unique: boolean, writerId: number, deal: number) =>
  unique ? layout : `${layout}~${writerId}.${deal}`;

/** The writer's card in play in the event (the reroll when there is one), or undefined. */
export function currentCard(db: Db, eventId: number, writerId: number): BingoCard | undefined {
  return db
    .select()
    .from(bingoCards)
    .where(and(eq(bingoCards.eventId, eventId), eq(bingoCards.writerId, writerId)))
    .orderBy(desc(bingoCards.deal))
    .limit(1)
    .get();
}

/** Every card the writer was dealt in the event, the first first: the rerolled one is history. */
export function cardHistory(db: Db, eventId: number, writerId: number): BingoCard[] {
  return db
    .select()
    .from(bingoCards)
    .where(and(eq(bingoCards.eventId, eventId), eq(bingoCards.writerId, writerId)))
    .orderBy(asc(bingoCards.deal))
    .all();
}

function deal(t: Db, event: Event, writer: Writer, at: string, n: 1 | 2, seed: number): BingoCard {
  const pool = bingoPoolOf(t, event.id);
  const taken = new Set(
    t
      .select({ layout: bingoCards.layout })
      .from(bingoCards)
      .where(eq(bingoCards.eventId, event.id))
      .all()
      .map((c) => c.layout),
  );
  const filter = squickFilter(writer.squickWords);
  const dealt = dealCard({
    seed,
    size: (event.cardSize ?? 5) as CardSize,
    freeCentre: event.freeCentre,
    pool,
    hides: (p) => avoids(filter, p),
    taken,
  });
  const card = t
    .insert(bingoCards)
    .values({
      eventId: event.id,
      writerId: writer.id,
      deal: n,
      seed: dealt.seed,
      layout: storedLayout(dealt.layout, dealt.unique, writer.id, n),
      hiddenDealt: dealt.hiddenDealt,
      uniqueInEvent: dealt.unique,
      dealtAt: at,
    })
    .returning()
    .get();
  for (const s of dealt.squares)
    t.insert(bingoSquares)
      .values({
        cardId: card.id,
        row: s.row,
        col: s.col,
        free: s.free,
        poolPosition: s.pool === null ? null : s.pool + 1,
        prompt: s.prompt ?? '',
      })
      .run();
  return card;
}

/** A fresh 32-bit seed for a deal. */
export const freshSeed = () => randomInt(0, 2 ** 32);

/**
 * Joins the writer to a bingo event and deals their card, in one immediate transaction: a writer
 * who has a card keeps it (`dealt: false`); the unique index on (event, writer, deal) holds however
 * many joins arrive at once, and the layout index keeps cards unique in the event.
 */
export function joinBingo(
  db: Db,
  event: Event,
  writer: Writer,
  at: string,
  seed = freshSeed(),
): { card: BingoCard; dealt: boolean } {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    t.insert(eventMembers).values({ eventId: event.id, writerId: writer.id }).onConflictDoNothing().run();
    const existing = currentCard(t, event.id, writer.id);
    if (existing) return { card: existing, dealt: false };
    return { card: deal(t, event, writer, at, 1, seed), dealt: true };
  });
}

/** Why a reroll was refused, or the new card. */
export type Rerolled = { ok: true; card: BingoCard } | { ok: false; reason: string };

/**
 * Rerolls the writer's card once, where the rules allow it, within 24 hours of the deal and before any
 * square is filled: the old card stays (replaced_at set), the new one is deal 2, which the database
 * allows once (unique per writer and a check on deal), in one immediate transaction.
 */
export function rerollCard(db: Db, event: Event, writer: Writer, at: string, seed = freshSeed()): Rerolled {
  return db.transaction((tx): Rerolled => {
    const t = tx as unknown as Db;
    const card = currentCard(t, event.id, writer.id);
    if (!card) return { ok: false, reason: 'You have no card in this event: join it first.' };
    if (!mayReroll(bingoRulesOf(event), card, at))
      return { ok: false, reason: rerollRefusal(event, card, at) };
    t.update(bingoCards)
      .set({ replacedAt: at })
      .where(and(eq(bingoCards.id, card.id), isNull(bingoCards.replacedAt)))
      .run();
    return { ok: true, card: deal(t, event, writer, at, 2, seed) };
  });
}

function rerollRefusal(event: Event, card: BingoCard, at: string): string {
  if (!event.reroll) return 'This event’s rules do not allow a reroll.';
  if (card.deal > 1) return 'You already rerolled your card once.';
  if (card.filled > 0) return 'Your card has filled squares: a reroll would lose them.';
  return Date.parse(at) < Date.parse(card.dealtAt)
    ? 'Your card cannot be rerolled yet.'
    : 'A card may be rerolled only in the first 24 hours after it is dealt.';
}

/** Writers with public profiles whose card in play has a line or a blackout: blackouts first, then most lines. */
export function bingoStandings(db: Db, eventId: number, limit = 100) {
  return db
    .select({
      username: writers.username,
      displayName: writers.displayName,
      lines: bingoCards.lines,
      blackout: bingoCards.blackout,
      filled: bingoCards.filled,
    })
    .from(bingoCards)
    .innerJoin(writers, eq(writers.id, bingoCards.writerId))
    .where(
      and(
        eq(bingoCards.eventId, eventId),
        isNull(bingoCards.replacedAt),
        gt(bingoCards.lines, 0),
        eq(writers.profilePublic, true),
      ),
    )
    .orderBy(desc(bingoCards.blackout), desc(bingoCards.lines))
    .limit(limit)
    .all();
}

/** Every card in play in the event with its writer, by username (for the organiser). */
export function eventCards(db: Db, eventId: number) {
  return db
    .select({ writerId: bingoCards.writerId, username: writers.username, displayName: writers.displayName })
    .from(bingoCards)
    .innerJoin(writers, eq(writers.id, bingoCards.writerId))
    .where(and(eq(bingoCards.eventId, eventId), isNull(bingoCards.replacedAt)))
    .orderBy(asc(writers.username))
    .all();
}

/** The writer's cards in play, with their event: squares filled of the card's, lines, blackout (for stats). */
export function writerCards(db: Db, writerId: number) {
  return db
    .select({
      slug: events.slug,
      name: events.name,
      size: events.cardSize,
      freeCentre: events.freeCentre,
      filled: bingoCards.filled,
      lines: bingoCards.lines,
      blackout: bingoCards.blackout,
    })
    .from(bingoCards)
    .innerJoin(events, eq(events.id, bingoCards.eventId))
    .where(and(eq(bingoCards.writerId, writerId), isNull(bingoCards.replacedAt)))
    .orderBy(desc(bingoCards.id))
    .limit(50)
    .all();
}
