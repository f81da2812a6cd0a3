import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ao3Fetches } from '../../db/schema.ts';

/** The rate limits of fetching from AO3. */
export type TurnLimits = {
  writerLimit: number;
  writerWindowMs: number;
  spacingMs: number;
  maxWaitMs: number;
};

/**
 * Takes the next turn to fetch for `writer` at `now` (ms), in one immediate transaction over every
 * process's turns: at most `writerLimit` per writer in any `writerWindowMs`, each turn `spacingMs`
 * after the one before. Without `wait`, a writer over their limit or a turn further off than
 * `maxWaitMs` is refused (nothing is recorded). Answers when the turn starts, or how long to wait.
 */
export function takeAo3Turn(
  db: Db,
  writer: number,
  wait: boolean,
  limits: TurnLimits,
  now: number,
): { ok: true; at: number } | { ok: false; retryAfterMs: number } {
  return db.transaction((tx) => {
    tx.delete(ao3Fetches)
      .where(lt(ao3Fetches.at, now - limits.writerWindowMs))
      .run();
    const last = tx
      .select({ at: sql<number | null>`max(${ao3Fetches.at})` })
      .from(ao3Fetches)
      .get()?.at;
    const stamps = tx
      .select({ at: ao3Fetches.at })
      .from(ao3Fetches)
      .where(and(eq(ao3Fetches.writerId, writer), gt(ao3Fetches.at, now - limits.writerWindowMs)))
      .orderBy(asc(ao3Fetches.at))
      .all()
      .map((r) => r.at);
    let at = Math.max(now, last === null || last === undefined ? now : last + limits.spacingMs);
    const full = stamps.length >= limits.writerLimit;
    if (full) at = Math.max(at, stamps[stamps.length - limits.writerLimit]! + limits.writerWindowMs);
    if (!wait && (full || at - now > limits.maxWaitMs))
      return { ok: false as const, retryAfterMs: Math.max(1000, at - now) };
    tx.insert(ao3Fetches).values({ writerId: writer, at }).run();
    return { ok: true as const, at };
  });
}
