import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, eventDays, fills, pieces } from '../../db/schema.ts';
import type { MasterpostFill } from '../domain/masterpost.ts';
import { hydratePieces } from './pieces.ts';

/** The writer's posted pieces filling the event, as masterpost fills (a piece once per day it fills), oldest first. */
export function masterpostFills(db: Db, writerId: number, event: Event): MasterpostFill[] {
  const rows = db
    .selectDistinct({ piece: pieces })
    .from(pieces)
    .innerJoin(fills, eq(fills.pieceId, pieces.id))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(and(eq(pieces.writerId, writerId), eq(pieces.status, 'posted'), eq(eventDays.eventId, event.id)))
    .orderBy(asc(sql`coalesce(${pieces.postedOn}, '')`), asc(pieces.id))
    .all()
    .map((r) => r.piece);
  return hydratePieces(db, rows).flatMap((piece) =>
    piece.fills
      .filter((f) => f.eventId === event.id)
      .map((f) => ({
        day: f.day,
        dayTitle: f.dayTitle,
        prompts: f.prompts,
        piece: { id: piece.id, title: piece.title, url: piece.url, words: piece.words },
      })),
  );
}
