import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pieces } from '../../db/schema.ts';
import { ao3WorkIdOf } from '../domain/ao3-url.ts';
import type { PieceToSave } from '../domain/piece-input.ts';
import { joinEvent } from './members.ts';
import { createPiece } from './pieces.ts';

/** A writer's pieces that link an AO3 work, by that work's id (the first piece when several do). */
export function loggedAo3Works(db: Db, writerId: number): Map<string, { id: number; title: string }> {
  const rows = db
    .select({ id: pieces.id, title: pieces.title, url: pieces.url })
    .from(pieces)
    .where(and(eq(pieces.writerId, writerId), like(pieces.url, '%/works/%')))
    .all();
  const found = new Map<string, { id: number; title: string }>();
  for (const row of rows) {
    const workId = ao3WorkIdOf(row.url);
    if (workId && !found.has(workId)) found.set(workId, { id: row.id, title: row.title });
  }
  return found;
}

/**
 * Logs the chosen works as pieces in one transaction, skipping every work the writer has already
 * logged (matched by AO3 work id, read in the same transaction, so the same import twice, or twice at
 * once, adds each work once); joins the event when a piece fills it. Answers the ids added and the
 * work ids skipped.
 */
export function importWorks(
  db: Db,
  writerId: number,
  eventId: number | null,
  works: { workId: string; piece: PieceToSave }[],
): { added: number[]; skipped: string[] } {
  return db.transaction(() => {
    const logged = loggedAo3Works(db, writerId);
    const added: number[] = [];
    const skipped: string[] = [];
    for (const { workId, piece } of works) {
      if (logged.has(workId)) {
        skipped.push(workId);
        continue;
      }
      const id = createPiece(db, writerId, piece);
      logged.set(workId, { id, title: piece.title });
      added.push(id);
    }
    if (eventId !== null && added.length > 0) joinEvent(db, writerId, eventId);
    return { added, skipped };
  });
}
