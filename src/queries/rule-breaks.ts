import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, eventDays, fillPrompts, fills, pieces } from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import { mergeBreaks, type RuleBreak, ruleBreaks } from '../domain/rules.ts';
import { idList, perDatabase } from './prepared.ts';

// The writer's own fills of the days shown, through (writer, day); then those pieces' fills of the
// event (the unary + keeps SQLite from probing the event's days one by one).
const writerFills = perDatabase((db) =>
  db
    .select({
      dayId: fills.dayId,
      date: eventDays.date,
      pieceId: pieces.id,
      status: pieces.status,
      postedOn: pieces.postedOn,
      words: pieces.words,
    })
    .from(fills)
    .innerJoin(pieces, eq(pieces.id, fills.pieceId))
    .innerJoin(eventDays, eq(eventDays.id, fills.dayId))
    .where(
      and(
        eq(fills.writerId, sql.placeholder('writer')),
        sql`${fills.dayId} in (select value from json_each(${sql.placeholder('days')}))`,
      ),
    )
    .prepare(),
);
const promptsPerFill = perDatabase((db) =>
  db
    .select({ pieceId: fills.pieceId, used: count(fillPrompts.promptId) })
    .from(fills)
    .leftJoin(fillPrompts, eq(fillPrompts.fillId, fills.id))
    .where(
      and(
        sql`+${fills.eventId} = ${sql.placeholder('event')}`,
        sql`${fills.pieceId} in (select value from json_each(${sql.placeholder('pieces')}))`,
      ),
    )
    .groupBy(fills.id)
    .prepare(),
);

/**
 * The rules a writer's fills of each day (by day id, among `dayIds`) break, for the calendar's
 * marks; kept under the writer's version (the event's rules are part of the key).
 */
export function writerRuleBreaks(
  db: Db,
  writerId: number,
  event: Event,
  dayIds: number[],
): Map<number, RuleBreak[]> {
  const rules = [event.id, event.lateUntil, event.maxPromptsPerPiece, event.minWords, event.maxWords];
  return cacheOf(db).memo(
    `writerRuleBreaks\n${writerId}\n${JSON.stringify(rules)}\n${idList(dayIds)}`,
    [{ writer: writerId }],
    () => breaksOf(db, writerId, event, dayIds),
  );
}

function breaksOf(db: Db, writerId: number, event: Event, dayIds: number[]): Map<number, RuleBreak[]> {
  const result = new Map<number, RuleBreak[]>();
  if (dayIds.length === 0) return result;
  const rows = writerFills(db).all({ writer: writerId, days: idList(dayIds) });
  if (rows.length === 0) return result;
  // Prompts a piece combines count over all its fills of this event, not only the days shown.
  const perFill = promptsPerFill(db).all({ event: event.id, pieces: idList(rows.map((r) => r.pieceId)) });
  const combined = new Map<number, number>();
  for (const f of perFill) combined.set(f.pieceId, (combined.get(f.pieceId) ?? 0) + Math.max(1, f.used));
  for (const row of rows) {
    const breaks = ruleBreaks(event, {
      date: row.date,
      posted: row.status === 'posted',
      postedOn: row.postedOn,
      words: row.words,
      prompts: combined.get(row.pieceId) ?? 1,
    });
    const all = mergeBreaks(result.get(row.dayId) ?? [], breaks);
    if (all.length > 0) result.set(row.dayId, all);
  }
  return result;
}
