import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { events, goals, pieces, wordLogs } from '../../db/schema.ts';
import type { ExportCard } from '../domain/bingo-export.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportGoal,
  type ExportPiece,
  type ExportWordLog,
} from '../domain/export.ts';
import type { PieceToSave } from '../domain/piece-input.ts';
import { exportCards, importCards } from './bingo-export.ts';
import { createPiece, hydratePieces, type PieceDetail } from './pieces.ts';
import { saveGoal } from './progress.ts';

/** A piece as the export (and the API) writes it. */
export function exportPiece(p: PieceDetail): ExportPiece {
  return {
    id: p.id,
    title: p.title,
    url: p.url,
    words: p.words,
    status: p.status,
    posted_on: p.postedOn,
    fandoms: p.fandoms,
    rating: p.rating,
    summary: p.summary,
    notes: p.notes,
    fills: [
      ...p.fills.map((f) => ({
        event: f.eventSlug,
        day: f.day,
        prompts: f.prompts.map((x) => x.position),
      })),
      ...p.squares.map((s) => ({ event: s.eventSlug, square: { row: s.row, col: s.col } })),
    ],
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

/** Every piece of the writer, oldest first, hydrated a page at a time. */
export function allPieces(db: Db, writerId: number): ExportPiece[] {
  const rows = db.select().from(pieces).where(eq(pieces.writerId, writerId)).orderBy(asc(pieces.id)).all();
  const out: ExportPiece[] = [];
  // A page keeps each hydrating query's list of ids well under SQLite's variable limit.
  for (let i = 0; i < rows.length; i += 500)
    out.push(...hydratePieces(db, rows.slice(i, i + 500)).map(exportPiece));
  return out;
}

/** The writer's word logs, in the order they were logged. */
export function allWordLogs(db: Db, writerId: number): ExportWordLog[] {
  return db
    .select()
    .from(wordLogs)
    .where(eq(wordLogs.writerId, writerId))
    .orderBy(asc(wordLogs.id))
    .all()
    .map((l) => ({ id: l.id, date: l.date, words: l.words, piece_id: l.pieceId, created_at: l.createdAt }));
}

/** The writer's whole collection as one export document. */
export function writerExport(db: Db, writerId: number, exportedAt: string): ExportDocument {
  const goalRows: ExportGoal[] = db
    .select({ event: events.slug, fills: goals.fills, words: goals.words })
    .from(goals)
    .innerJoin(events, eq(events.id, goals.eventId))
    .where(eq(goals.writerId, writerId))
    .orderBy(asc(events.firstDay), asc(events.slug))
    .all();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: exportedAt,
    pieces: allPieces(db, writerId),
    word_logs: allWordLogs(db, writerId),
    goals: goalRows,
    cards: exportCards(db, writerId),
  };
}

/** An import, validated and resolved to this instance's events. */
export type ResolvedImport = {
  pieces: { ref: number | null; piece: PieceToSave; createdAt: string | null; updatedAt: string | null }[];
  wordLogs: { date: string; words: number; pieceRef: number | null; createdAt: string | null }[];
  goals: { eventId: number; fills: number | null; words: number | null }[];
  /** Cards to recreate where the writer has none in their event yet. */
  cards?: (ExportCard & { eventId: number })[];
};

/** Saves an import for the writer in one transaction; word logs point at the new pieces. */
export function saveImport(
  db: Db,
  writerId: number,
  plan: ResolvedImport,
): { pieces: number; fills: number; word_logs: number; goals: number; cards?: number } {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const ids = new Map<number, number>();
    const cards = importCards(t, writerId, plan.cards ?? []);
    for (const item of plan.pieces) {
      const id = createPiece(t, writerId, item.piece);
      if (item.ref !== null) ids.set(item.ref, id);
      const stamps = { createdAt: item.createdAt ?? undefined, updatedAt: item.updatedAt ?? undefined };
      if (stamps.createdAt || stamps.updatedAt) t.update(pieces).set(stamps).where(eq(pieces.id, id)).run();
    }
    for (const log of plan.wordLogs) {
      const pieceId = log.pieceRef === null ? null : (ids.get(log.pieceRef) ?? null);
      t.insert(wordLogs)
        .values({
          writerId,
          date: log.date,
          words: log.words,
          pieceId,
          createdAt: log.createdAt ?? undefined,
        })
        .run();
    }
    for (const goal of plan.goals) saveGoal(t, writerId, goal.eventId, goal);
    return {
      pieces: plan.pieces.length,
      fills: plan.pieces.reduce((n, p) => n + p.piece.fills.length, 0),
      word_logs: plan.wordLogs.length,
      goals: plan.goals.length,
      // Named only when there were cards: an import without bingo answers as it always did.
      ...(cards > 0 ? { cards } : {}),
    };
  });
}
