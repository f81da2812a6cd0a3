import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { events, pieces, writers } from './schema.ts';

/** A bingo event's pool of prompts, in the order pasted. */
export const bingoPool = sqliteTable(
  'bingo_pool',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('bingo_pool_event_position').on(t.eventId, t.position)],
);

/**
 * A writer's card in a bingo event. `deal` is 1 for the first card and 2 for the one reroll: unique
 * per writer and event and at most 2, so the database itself deals one card and allows one reroll,
 * and the rerolled card stays as history. `layout` (pool positions in reading order) is unique in the
 * event. `filled`, `lines` and `blackout` are kept by triggers (db/migrations/0014_bingo.sql).
 */
export const bingoCards = sqliteTable(
  'bingo_cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    deal: integer('deal').notNull().default(1),
    seed: integer('seed').notNull(),
    layout: text('layout').notNull(),
    /** Squares dealt a prompt the writer hides, because the pool was too small to avoid it. */
    hiddenDealt: integer('hidden_dealt').notNull().default(0),
    /** False when the pool allowed no card unlike the others. */
    uniqueInEvent: integer('unique_in_event', { mode: 'boolean' }).notNull().default(true),
    dealtAt: text('dealt_at').notNull(),
    /** When it was rerolled (then it is history); null for the card in play. */
    replacedAt: text('replaced_at'),
    /** Squares filled by posted pieces (free squares not counted), lines completed, 1 when all are filled. */
    filled: integer('filled').notNull().default(0),
    lines: integer('lines').notNull().default(0),
    blackout: integer('blackout').notNull().default(0),
  },
  (t) => [
    uniqueIndex('bingo_cards_writer_deal').on(t.eventId, t.writerId, t.deal),
    uniqueIndex('bingo_cards_event_layout').on(t.eventId, t.layout),
    // Who has lines and blackouts: the event's cards in play, most lines first.
    index('bingo_cards_event_lines').on(t.eventId, t.blackout, t.lines),
    index('bingo_cards_writer').on(t.writerId),
    check('bingo_cards_one_reroll', sql`"deal" in (1, 2)`),
  ],
);

/** One square of a card: rows and columns from 1; a free centre has no prompt. */
export const bingoSquares = sqliteTable(
  'bingo_squares',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cardId: integer('card_id')
      .notNull()
      .references(() => bingoCards.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    col: integer('col').notNull(),
    free: integer('free', { mode: 'boolean' }).notNull().default(false),
    /** The prompt's position in the pool (null for the free centre); `prompt` keeps its text as dealt. */
    poolPosition: integer('pool_position'),
    prompt: text('prompt').notNull().default(''),
    /** Posted pieces filling it (kept by triggers). */
    postedFills: integer('posted_fills').notNull().default(0),
  },
  (t) => [uniqueIndex('bingo_squares_card_cell').on(t.cardId, t.row, t.col)],
);

/** A piece filling one square of a card; a piece may fill several squares, a square several pieces. */
export const squareFills = sqliteTable(
  'square_fills',
  {
    pieceId: integer('piece_id')
      .notNull()
      .references(() => pieces.id, { onDelete: 'cascade' }),
    squareId: integer('square_id')
      .notNull()
      .references(() => bingoSquares.id, { onDelete: 'cascade' }),
    /** The square's card, copied so a card's fills are read by one index. */
    cardId: integer('card_id').notNull(),
    /** 1 when the piece is posted (kept by triggers). */
    posted: integer('posted').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.pieceId, t.squareId] }),
    index('square_fills_square').on(t.squareId),
    index('square_fills_card').on(t.cardId, t.pieceId),
  ],
);

export type BingoCard = typeof bingoCards.$inferSelect;
export type BingoSquare = typeof bingoSquares.$inferSelect;
