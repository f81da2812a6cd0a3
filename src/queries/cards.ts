import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventPieces, eventSummaries, eventWriters } from '../../db/schema.ts';
import { perDatabase } from './prepared.ts';

/** What a progress card shows: days filled (by posted pieces) of the event's days, and their words. */
export type CardNumbers = { filled: number; days: number; words: number };

const ph = sql.placeholder;

// From the summaries: the writer's event_writers row, the event's day count, and the words of the
// writer's visible pieces in the event (a few dozen rows, through event_pieces' writer index).
const numbers = perDatabase((db) =>
  db
    .select({
      filled: sql<number>`coalesce((select ${eventWriters.daysPosted} from ${eventWriters} where ${eventWriters.eventId} = ${ph('event')} and ${eventWriters.writerId} = ${ph('writer')}), 0)`,
      days: sql<number>`coalesce((select ${eventSummaries.days} from ${eventSummaries} where ${eventSummaries.eventId} = ${ph('event')}), 0)`,
      words: sql<number>`coalesce((select sum(${eventPieces.words}) from ${eventPieces} where ${eventPieces.writerId} = ${ph('writer')} and ${eventPieces.eventId} = ${ph('event')} and ${eventPieces.visible} = 1), 0)`,
    })
    .from(sql`(select 1)`)
    .prepare(),
);

/** The card's numbers for `writerId` in `eventId`. */
export function cardNumbers(db: Db, writerId: number, eventId: number): CardNumbers {
  return numbers(db).get({ writer: writerId, event: eventId }) ?? { filled: 0, days: 0, words: 0 };
}
