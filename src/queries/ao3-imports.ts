import { and, eq, like, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ao3Imports, pieces } from '../../db/schema.ts';
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

/** A listing import's row: its state and its progress as JSON. */
export type ImportRow = typeof ao3Imports.$inferSelect;

/** Records a new listing import, cancelling the writer's others that still run (one at a time). */
export function startImport(db: Db, row: ImportRow): void {
  db.transaction((tx) => {
    tx.update(ao3Imports)
      .set({ state: 'cancelled', updatedAt: row.startedAt })
      .where(and(eq(ao3Imports.writerId, row.writerId), eq(ao3Imports.state, 'running')))
      .run();
    // Imports older than a day are gone: they were only ever a preview's source.
    tx.delete(ao3Imports)
      .where(lt(ao3Imports.startedAt, row.startedAt - 24 * 60 * 60_000))
      .run();
    tx.insert(ao3Imports).values(row).run();
  });
}

/** Saves an import's progress; its state too, unless it was cancelled meanwhile. Answers the state it has. */
export function saveImport(db: Db, id: string, progress: string, state: ImportRow['state'], at: number) {
  return db.transaction((tx) => {
    const current = tx
      .select({ state: ao3Imports.state })
      .from(ao3Imports)
      .where(eq(ao3Imports.id, id))
      .get();
    if (!current) return 'cancelled' as const;
    const next = current.state === 'running' ? state : current.state;
    tx.update(ao3Imports).set({ progress, state: next, updatedAt: at }).where(eq(ao3Imports.id, id)).run();
    return next;
  });
}

/** The writer's import with this id, or undefined (another writer's is not found either). */
export function findImport(db: Db, id: string, writerId: number): ImportRow | undefined {
  return db
    .select()
    .from(ao3Imports)
    .where(and(eq(ao3Imports.id, id), eq(ao3Imports.writerId, writerId)))
    .get();
}

/** Cancels the writer's import if it still runs; answers whether it is theirs. */
export function cancelImport(db: Db, id: string, writerId: number, at: number): boolean {
  db.update(ao3Imports)
    .set({ state: 'cancelled', updatedAt: at })
    .where(and(eq(ao3Imports.id, id), eq(ao3Imports.writerId, writerId), eq(ao3Imports.state, 'running')))
    .run();
  return findImport(db, id, writerId) !== undefined;
}
