import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PIECE_STATUSES, RATINGS } from '../src/domain/piece.ts';

const nowUtc = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const createdAt = () => text('created_at').notNull().default(nowUtc);

/** A writer: owns pieces; has a time zone and a first day of week for "today" and the calendar. */
export const writers = sqliteTable(
  'writers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash'),
    timeZone: text('time_zone').notNull().default('UTC'),
    /** 1 = Monday … 7 = Sunday (ISO weekday numbers). */
    weekStart: integer('week_start').notNull().default(1),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    profilePublic: integer('profile_public', { mode: 'boolean' }).notNull().default(false),
    /** Whether the writer wants streaks shown. */
    showStreaks: integer('show_streaks', { mode: 'boolean' }).notNull().default(false),
    /** Words or phrases (one per line) whose prompts are blurred for this writer. */
    squickWords: text('squick_words').notNull().default(''),
    /** SHA-256 of the secret in the writer's private calendar feed address; null: no private feed. */
    feedSecretHash: text('feed_secret_hash'),
    /** The hour (0–6) the writer's day ends at: before it, "today" is still the previous date. */
    dayEndsAt: integer('day_ends_at').notNull().default(0),
    createdAt: createdAt(),
  },
  // Unique whatever its case (Ann and ann are one name), and looked up so (profiles, sign-in).
  (t) => [
    uniqueIndex('writers_username_lower').on(sql`lower("username")`),
    uniqueIndex('writers_feed_secret').on(t.feedSecretHash),
  ],
);

/** A month-long challenge: its days run from firstDay to lastDay (ISO dates). */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** How a day is named: "Day" gives "Day 2", "No." gives "No. 2". */
    dayLabel: text('day_label').notNull().default('Day'),
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    organiserId: integer('organiser_id').references(() => writers.id, { onDelete: 'set null' }),
    /** Rules: late fills count until this date (null: late fills do not count). */
    lateUntil: text('late_until'),
    maxPromptsPerPiece: integer('max_prompts_per_piece'),
    minWords: integer('min_words'),
    maxWords: integer('max_words'),
    /** Left out of every list (events, Today, the API's list) for those who did not join it; its pages still work. */
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    /** Picked by the admin: on everyone's Today page while it runs. */
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    /** The tags a fill's post carries, with `{day}` and `{prompt}` (src/domain/tag-line.ts); '' for none. */
    tagPattern: text('tag_pattern').notNull().default(''),
    /** 'daily': numbered days with prompts; 'bingo': cards dealt from a pool (db/bingo-schema.ts), open firstDay to lastDay. */
    kind: text('kind', { enum: ['daily', 'bingo'] })
      .notNull()
      .default('daily'),
    /** Bingo only: the card's side (3, 4 or 5), a free centre, squares one piece may fill, one reroll. */
    cardSize: integer('card_size'),
    freeCentre: integer('free_centre', { mode: 'boolean' }).notNull().default(false),
    maxSquaresPerPiece: integer('max_squares_per_piece'),
    reroll: integer('reroll', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  // The events a writer created lately: counted against the daily limit on each new one.
  (t) => [index('events_organiser_created').on(t.organiserId, t.createdAt)],
);

/** One numbered day of an event, on one calendar date, with an optional title (theme). */
export const eventDays = sqliteTable(
  'event_days',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    date: text('date').notNull(),
    title: text('title'),
    /** A paragraph about the day from the organiser's list, shown on the day page. */
    description: text('description'),
  },
  (t) => [
    uniqueIndex('event_days_event_number').on(t.eventId, t.number),
    index('event_days_event_date').on(t.eventId, t.date),
  ],
);

/** The alternatives offered for one day, in order. */
export const prompts = sqliteTable(
  'prompts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dayId: integer('day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('prompts_day_position').on(t.dayId, t.position)],
);

/** The event's pool of alternate prompts, usable on any day. */
export const alternates = sqliteTable(
  'alternates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('alternates_event_position').on(t.eventId, t.position)],
);

/** A finished (or planned) piece of writing by one writer. */
export const pieces = sqliteTable(
  'pieces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    url: text('url'),
    words: integer('words').notNull().default(0),
    rating: text('rating', { enum: RATINGS }).notNull().default('Not Rated'),
    summary: text('summary').notNull().default(''),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: PIECE_STATUSES }).notNull().default('posted'),
    postedOn: text('posted_on'),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .default(nowUtc)
      .$onUpdate(() => new Date().toISOString()),
  },
  // Two indexes by writer, each page of them written on every new piece, so no more than these:
  (t) => [
    // Collections and profiles list a writer's pieces newest first by this expression: read in order, no sort.
    index('pieces_writer_newest').on(t.writerId, sql`coalesce("posted_on", substr("created_at", 1, 10))`),
    // Covers a writer's totals by status, words by posting date and fill states, without reading the pieces.
    index('pieces_writer_status_posted').on(t.writerId, t.status, t.postedOn, t.words),
    // A writer's pieces in the order they were logged (the word log's choices, the API's pages).
    index('pieces_writer_logged').on(t.writerId, t.id),
  ],
);

/** The fandoms a piece is tagged with, in the order the writer gave them. */
export const pieceFandoms = sqliteTable(
  'piece_fandoms',
  {
    pieceId: integer('piece_id')
      .notNull()
      .references(() => pieces.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    fandom: text('fandom').notNull(),
    /** A copy of the piece's writer (kept by triggers): what a row that outlives its piece in a cascade counted for. */
    writerId: integer('writer_id').notNull().default(0),
  },
  // (fandom, piece) answers "has this piece this fandom?" from the index alone, for the fandom filters.
  (t) => [
    primaryKey({ columns: [t.pieceId, t.position] }),
    index('piece_fandoms_fandom_piece').on(t.fandom, t.pieceId),
  ],
);

/**
 * A piece filling one event day; a piece may fill several days, a day may have several pieces.
 * The columns after `dayId` copy what the summaries need from the piece, its writer and the day;
 * triggers (db/migrations/0008_summary_triggers.sql) keep them, and every summary, up to date.
 */
export const fills = sqliteTable(
  'fills',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pieceId: integer('piece_id')
      .notNull()
      .references(() => pieces.id, { onDelete: 'cascade' }),
    dayId: integer('day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').notNull().default(0),
    writerId: integer('writer_id').notNull().default(0),
    /** 1 when the piece is posted. */
    posted: integer('posted').notNull().default(0),
    /** 1 when others may see it: posted, by a writer with a public profile. */
    visible: integer('visible').notNull().default(0),
    words: integer('words').notNull().default(0),
    /** The piece's date as lists order it: posted_on, else the day it was created. */
    sortDate: text('sort_date').notNull().default(''),
  },
  (t) => [
    uniqueIndex('fills_piece_day').on(t.pieceId, t.dayId),
    // A day's public fills newest first, read in order with a limit.
    index('fills_day_visible_newest').on(t.dayId, t.visible, t.sortDate, t.pieceId),
    // A writer's own marks: their fills of the days shown, one or two rows a day.
    index('fills_writer_day').on(t.writerId, t.dayId),
  ],
);

/** Which of the day's prompts a fill used. */
export const fillPrompts = sqliteTable(
  'fill_prompts',
  {
    fillId: integer('fill_id')
      .notNull()
      .references(() => fills.id, { onDelete: 'cascade' }),
    promptId: integer('prompt_id')
      .notNull()
      .references(() => prompts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.fillId, t.promptId] }), index('fill_prompts_prompt').on(t.promptId)],
);

export type Writer = typeof writers.$inferSelect;
export type Event = typeof events.$inferSelect;
export type EventDay = typeof eventDays.$inferSelect;
export type Prompt = typeof prompts.$inferSelect;
export type Alternate = typeof alternates.$inferSelect;
export type Piece = typeof pieces.$inferSelect;
export type Fill = typeof fills.$inferSelect;

/** A signed-in browser session; the id is the SHA-256 of the cookie's secret. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_writer').on(t.writerId)],
);

/** A personal API token; only its SHA-256 is stored, the token is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
  },
  (t) => [index('api_tokens_writer').on(t.writerId)],
);

/** Writers who joined an event; organisers may edit it. */
export const eventMembers = sqliteTable(
  'event_members',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['organiser', 'writer'] })
      .notNull()
      .default('writer'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.writerId] }), index('event_members_writer').on(t.writerId)],
);

/** Failed sign-ins, by key (`user:<name>` or `ip:<address>`), for throttling. */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('login_failures_key_at').on(t.key, t.at)],
);

export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;

/** Words a writer logged on a date (NaNoWriMo style), optionally for one piece. */
export const wordLogs = sqliteTable(
  'word_logs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    words: integer('words').notNull(),
    pieceId: integer('piece_id').references(() => pieces.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  // By piece too: deleting (or adding) a piece checks word_logs' foreign key to it.
  (t) => [index('word_logs_writer_date').on(t.writerId, t.date), index('word_logs_piece').on(t.pieceId)],
);

/** A writer's goal for an event: a number of fills and/or of words. */
export const goals = sqliteTable(
  'goals',
  {
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    fills: integer('fills'),
    words: integer('words'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.writerId, t.eventId] })],
);

/** API requests already answered, by the client's Idempotency-Key, so a retry gets the same answer. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.writerId, t.key] })],
);

export type WordLog = typeof wordLogs.$inferSelect;
export type Goal = typeof goals.$inferSelect;

/**
 * One row per piece per event it fills (summary, kept by triggers): the event's collection is read
 * from it in the order shown, one row per piece however many of the event's days it fills.
 */
export const eventPieces = sqliteTable(
  'event_pieces',
  {
    eventId: integer('event_id').notNull(),
    pieceId: integer('piece_id').notNull(),
    writerId: integer('writer_id').notNull(),
    /** How many of the event's days the piece fills. */
    days: integer('days').notNull(),
    /** The first of those days, by number (the collection's "by day" order). */
    firstDay: integer('first_day').notNull(),
    visible: integer('visible').notNull(),
    words: integer('words').notNull(),
    sortDate: text('sort_date').notNull(),
    rating: text('rating').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pieceId, t.eventId] }),
    index('event_pieces_newest').on(t.eventId, t.visible, t.sortDate, t.pieceId),
    // By day: the first day ascending, then newest first, as the collection shows it.
    index('event_pieces_by_day').on(
      t.eventId,
      t.visible,
      t.firstDay,
      sql`"sort_date" desc`,
      sql`"piece_id" desc`,
    ),
    index('event_pieces_rating').on(t.eventId, t.visible, t.rating, t.sortDate, t.pieceId),
    index('event_pieces_writer').on(t.writerId, t.eventId),
  ],
);

/** A writer's part in an event (summary, kept by triggers): days filled by posted pieces, visible pieces. */
export const eventWriters = sqliteTable(
  'event_writers',
  {
    eventId: integer('event_id').notNull(),
    writerId: integer('writer_id').notNull(),
    /** Distinct days of the event filled by the writer's posted pieces. */
    daysPosted: integer('days_posted').notNull().default(0),
    /** The writer's pieces in the event that others may see. */
    piecesVisible: integer('pieces_visible').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.writerId] }),
    // Completionists: the writers whose days_posted is the event's day count.
    index('event_writers_days').on(t.eventId, t.daysPosted),
    index('event_writers_writer').on(t.writerId),
  ],
);

/** An event's public totals (summary, kept by triggers): visible pieces, their words, their writers. */
export const eventSummaries = sqliteTable('event_summaries', {
  eventId: integer('event_id').primaryKey(),
  pieces: integer('pieces').notNull().default(0),
  words: integer('words').notNull().default(0),
  writers: integer('writers').notNull().default(0),
  /** Days the event has. */
  days: integer('days').notNull().default(0),
});

/** A day's public totals (summary, kept by triggers). */
export const daySummaries = sqliteTable('day_summaries', {
  dayId: integer('day_id').primaryKey(),
  pieces: integer('pieces').notNull().default(0),
  words: integer('words').notNull().default(0),
  writers: integer('writers').notNull().default(0),
});

/** How many visible pieces of an event carry each fandom (summary, kept by triggers). */
export const eventFandoms = sqliteTable(
  'event_fandoms',
  {
    eventId: integer('event_id').notNull(),
    fandom: text('fandom').notNull(),
    pieces: integer('pieces').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.fandom] }),
    index('event_fandoms_most').on(t.eventId, sql`"pieces" desc`, t.fandom),
  ],
);

/**
 * One writer's fills of one event day (summary, kept by triggers): what their calendar cell, their
 * Today card and the day's rule marks show, in one row instead of one per piece.
 */
export const writerDays = sqliteTable(
  'writer_days',
  {
    writerId: integer('writer_id').notNull(),
    dayId: integer('day_id').notNull(),
    eventId: integer('event_id').notNull(),
    /** Fills by posted pieces, and by the others (drafts). */
    posted: integer('posted').notNull(),
    drafts: integer('drafts').notNull(),
    /** Posted fills whose piece was posted on or before the day (or has no date): the day is not late. */
    onTime: integer('on_time').notNull(),
    /** Over the posted fills: the latest posting date, fewest and most words, most prompts a piece combines in the event. */
    lastPostedOn: text('last_posted_on'),
    minWords: integer('min_words'),
    maxWords: integer('max_words'),
    maxPrompts: integer('max_prompts'),
  },
  (t) => [primaryKey({ columns: [t.writerId, t.dayId] })],
);

/**
 * What a writer did on each of their dates (summary, kept by triggers): words written (their word
 * logs, plus posted pieces without logs) and event days filled by pieces posted that date.
 */
export const writerDates = sqliteTable(
  'writer_dates',
  {
    writerId: integer('writer_id').notNull(),
    date: text('date').notNull(),
    words: integer('words').notNull(),
    /** How many word logs and unlogged posted pieces make up `words` (0: no words that date). */
    wordRows: integer('word_rows').notNull(),
    fills: integer('fills').notNull(),
  },
  (t) => [primaryKey({ columns: [t.writerId, t.date] })],
);

/** A writer's pieces and posted fills per fandom (summary, kept by triggers): the collection's filter, the stats' bars. */
export const writerFandoms = sqliteTable(
  'writer_fandoms',
  {
    writerId: integer('writer_id').notNull(),
    fandom: text('fandom').notNull(),
    pieces: integer('pieces').notNull().default(0),
    fills: integer('fills').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.writerId, t.fandom] }),
    index('writer_fandoms_most_pieces').on(t.writerId, sql`"pieces" desc`, t.fandom),
    index('writer_fandoms_most_fills').on(t.writerId, sql`"fills" desc`, t.fandom),
  ],
);

/**
 * Versions of what pages show, bumped by triggers in the transaction of every write that changes
 * it: scope 'event' (an event's shared part), 'writer' (a writer's own data) and 'events' (id 0:
 * the list of events). Caches key their values by these.
 */
export const versions = sqliteTable(
  'versions',
  {
    scope: text('scope', { enum: ['event', 'writer', 'events'] }).notNull(),
    id: integer('id').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.id] })],
);

/**
 * The turns taken to fetch from AO3 (when each fetch may start, by whom): the per-writer and
 * per-instance rate limits are checked and recorded against these in one immediate transaction, so
 * requests arriving together, in any of the server's processes, cannot pass them. Rows older than
 * the per-writer window are deleted as new turns are taken.
 */
export const ao3Fetches = sqliteTable(
  'ao3_fetches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    /** When the turn starts, in milliseconds since the epoch (it may lie in the future). */
    at: integer('at').notNull(),
  },
  (t) => [index('ao3_fetches_writer_at').on(t.writerId, t.at), index('ao3_fetches_at').on(t.at)],
);

/** A listing being read from AO3 for a writer: its state and what it has found so far (JSON), readable by
 * any of the server's processes while the one that started it fetches the pages. */
export const ao3Imports = sqliteTable(
  'ao3_imports',
  {
    id: text('id').primaryKey(),
    writerId: integer('writer_id')
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    event: text('event').notNull().default(''),
    state: text('state', { enum: ['running', 'done', 'failed', 'cancelled'] }).notNull(),
    progress: text('progress').notNull(),
    startedAt: integer('started_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('ao3_imports_writer').on(t.writerId, t.startedAt)],
);

export * from './bingo-schema.ts';
