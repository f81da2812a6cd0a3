import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, eventDays, writerDays } from '../../db/schema.ts';
import { cacheOf } from '../cache.ts';
import { mergeBreaks, type RuleBreak, ruleBreaks } from '../domain/rules.ts';
import { idList, perDatabase } from './prepared.ts';

/**
 * The writer's day summaries of the days shown, through (writer, day), a row a day: the fill state,
 * and the extremes of their posted fills, which break a rule exactly when one of those fills does.
 */
export const writerDaysShown = perDatabase((db) =>
  db
    .select({
      dayId: writerDays.dayId,
      date: eventDays.date,
      posted: writerDays.posted,
      drafts: writerDays.drafts,
      onTime: writerDays.onTime,
      lastPostedOn: writerDays.lastPostedOn,
      minWords: writerDays.minWords,
      maxWords: writerDays.maxWords,
      maxPrompts: writerDays.maxPrompts,
    })
    .from(writerDays)
    .innerJoin(eventDays, eq(eventDays.id, writerDays.dayId))
    .where(
      and(
        eq(writerDays.writerId, sql.placeholder('writer')),
        sql`${writerDays.dayId} in (select value from json_each(${sql.placeholder('days')}))`,
      ),
    )
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
  for (const row of writerDaysShown(db).all({ writer: writerId, days: idList(dayIds) })) {
    if (row.posted === 0) continue;
    // The latest fill is late if any is; the shortest too short, the longest too long, if any is.
    const facts = { date: row.date, posted: true, postedOn: row.lastPostedOn, prompts: row.maxPrompts ?? 1 };
    const breaks = mergeBreaks(
      ruleBreaks(event, { ...facts, words: row.minWords ?? 0 }),
      ruleBreaks(event, { ...facts, words: row.maxWords ?? 0 }),
    );
    if (breaks.length > 0) result.set(row.dayId, breaks);
  }
  return result;
}
