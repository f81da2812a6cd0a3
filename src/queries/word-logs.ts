import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pieces, type WordLog, wordLogs } from '../../db/schema.ts';
import type { Result } from '../domain/piece-input.ts';
import {
  validateWordLog,
  type WordLogCandidate,
  type WordLogInput,
  wordsFromTotal,
} from '../domain/word-log-input.ts';

/** A word log with the title of its piece, for the list of recent logs. */
export type WordLogRow = WordLog & { pieceTitle: string | null };

/** Whether piece `pieceId` belongs to `writerId`. */
export function ownsPiece(db: Db, writerId: number, pieceId: number): boolean {
  const row = db
    .select({ id: pieces.id })
    .from(pieces)
    .where(and(eq(pieces.id, pieceId), eq(pieces.writerId, writerId)))
    .get();
  return row !== undefined;
}

/**
 * Saves a word log in one transaction. "add" adds a log; "set" makes the date's words the
 * running total minus the total before that date, replacing that date's earlier logs, and is
 * refused when the total is below the earlier total. The piece must already be the writer's.
 */
export function saveWordLog(db: Db, writerId: number, input: WordLogInput): Result<WordLog> {
  return db.transaction((tx) => {
    let words = input.words;
    if (input.mode === 'set') {
      const before = tx
        .select({ sum: sql<number>`coalesce(sum(${wordLogs.words}), 0)` })
        .from(wordLogs)
        .where(and(eq(wordLogs.writerId, writerId), lt(wordLogs.date, input.date)))
        .get();
      const checked = wordsFromTotal(input.words, before?.sum ?? 0, input.date);
      if (!checked.ok) return checked;
      words = checked.value;
      tx.delete(wordLogs)
        .where(and(eq(wordLogs.writerId, writerId), eq(wordLogs.date, input.date)))
        .run();
    }
    const row = tx
      .insert(wordLogs)
      .values({ writerId, date: input.date, words, pieceId: input.pieceId })
      .returning()
      .get();
    return { ok: true as const, value: row };
  });
}

/** Checks a word log from the form or the API (the piece must be the writer's) and saves it; `today` is the default date. */
export function logWords(
  db: Db,
  writerId: number,
  candidate: WordLogCandidate,
  today: string,
): Result<WordLog> {
  const checked = validateWordLog(candidate, today);
  if (!checked.ok) return checked;
  const { pieceId } = checked.value;
  // Another writer's piece is answered like a missing one: its existence is not revealed.
  if (pieceId !== null && !ownsPiece(db, writerId, pieceId))
    return { ok: false, errors: { piece_id: 'You have no piece with that id.' } };
  return saveWordLog(db, writerId, checked.value);
}

/** The writer's latest word logs (by date, then as logged), `limit` of them, with their pieces' titles. */
export function recentWordLogs(db: Db, writerId: number, limit = 20): WordLogRow[] {
  return db
    .select({ log: wordLogs, pieceTitle: pieces.title })
    .from(wordLogs)
    .leftJoin(pieces, eq(pieces.id, wordLogs.pieceId))
    .where(eq(wordLogs.writerId, writerId))
    .orderBy(desc(wordLogs.date), desc(wordLogs.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.log, pieceTitle: r.pieceTitle }));
}

/** Deletes the writer's word log `id`; false when they have no such log. */
export function deleteWordLog(db: Db, writerId: number, id: number): boolean {
  const deleted = db
    .delete(wordLogs)
    .where(and(eq(wordLogs.id, id), eq(wordLogs.writerId, writerId)))
    .returning({ id: wordLogs.id })
    .all();
  return deleted.length > 0;
}

/** The writer's pieces to tie a log to, newest first (at most `limit`). */
export function pieceChoices(db: Db, writerId: number, limit = 200): { id: number; title: string }[] {
  return db
    .select({ id: pieces.id, title: pieces.title })
    .from(pieces)
    .where(eq(pieces.writerId, writerId))
    .orderBy(desc(pieces.id))
    .limit(limit)
    .all();
}
