import { and, desc, eq, lte, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pieces, wordLogs } from '../../db/schema.ts';
import { formatDate } from '../domain/calendar.ts';
import { formatNumber, wordsLabel } from '../domain/format.ts';

/** A posted piece no word log is tied to: the stats count its words on its posting date, on their own. */
export type UntiedPiece = { id: number; title: string; words: number };

/** What a word log did, as the stats page says it; after a running total, the pieces counted on top of it. */
export type LoggedNote = {
  message: string;
  untied?: { pieces: UntiedPiece[]; count: number; words: number; total: number };
};

/**
 * The note after logging `logId` ("Logged 500 words for Thu 2 Oct 2025."); for a running `total`,
 * how the total was split and the posted pieces up to its date that count on top of it.
 */
export function loggedNote(db: Db, writerId: number, logId: number, total: number | null): LoggedNote | null {
  const log = db
    .select()
    .from(wordLogs)
    .where(and(eq(wordLogs.id, logId), eq(wordLogs.writerId, writerId)))
    .get();
  if (!log) return null;
  const day = formatDate(log.date);
  if (total === null || total < log.words) return { message: `Logged ${wordsLabel(log.words)} for ${day}.` };
  const message = `Your running total is ${formatNumber(total)} on ${day}: ${wordsLabel(log.words)} for that date, after ${formatNumber(total - log.words)} logged before it.`;
  const where = and(
    eq(pieces.writerId, writerId),
    eq(pieces.status, 'posted'),
    lte(pieces.postedOn, log.date),
    notExists(
      db
        .select({ one: sql`1` })
        .from(wordLogs)
        .where(and(eq(wordLogs.writerId, writerId), eq(wordLogs.pieceId, pieces.id))),
    ),
  );
  const sum = db
    .select({ count: sql<number>`count(*)`, words: sql<number>`coalesce(sum(${pieces.words}), 0)` })
    .from(pieces)
    .where(where)
    .get();
  if (!sum || sum.count === 0) return { message };
  const untied = db
    .select({ id: pieces.id, title: pieces.title, words: pieces.words })
    .from(pieces)
    .where(where)
    .orderBy(desc(pieces.id))
    .limit(5)
    .all();
  return { message, untied: { pieces: untied, count: sum.count, words: sum.words, total } };
}

/**
 * Ties the writer's posted piece `pieceId` to a log of 0 words on its posting date, so its words
 * count through the logs (a running total that includes them) and no longer on their own; false
 * when it is not theirs, not posted, or already tied (null).
 */
export function tiePiece(db: Db, writerId: number, pieceId: number): UntiedPiece | null {
  return db.transaction((tx) => {
    const piece = tx
      .select({ id: pieces.id, title: pieces.title, words: pieces.words, postedOn: pieces.postedOn })
      .from(pieces)
      .where(and(eq(pieces.id, pieceId), eq(pieces.writerId, writerId), eq(pieces.status, 'posted')))
      .get();
    if (!piece?.postedOn) return null;
    const tied = tx
      .select({ id: wordLogs.id })
      .from(wordLogs)
      .where(and(eq(wordLogs.writerId, writerId), eq(wordLogs.pieceId, pieceId)))
      .get();
    if (tied) return null;
    tx.insert(wordLogs).values({ writerId, date: piece.postedOn, words: 0, pieceId }).run();
    return { id: piece.id, title: piece.title, words: piece.words };
  });
}
