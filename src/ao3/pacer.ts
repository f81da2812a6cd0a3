import type { Db } from '../../db/client.ts';
import { takeAo3Turn } from '../queries/ao3-fetches.ts';

/** A turn to fetch: wait for it, or the time until the writer may ask again. */
export type Turn =
  | { ok: true; at: number; ready: (signal?: AbortSignal) => Promise<void> }
  | { ok: false; retryAfterMs: number };

/** Hands out fetch turns: at most `writerLimit` per writer in any `writerWindowMs`, `spacingMs` apart overall. */
export type Pacer = { reserve(writer: number, wait: boolean): Turn };

/**
 * The rate limits kept in this process (for a client without a database): each reservation is decided
 * and recorded synchronously, so requests that arrive together are counted one after another and none
 * slips past a limit. A writer over their limit is refused at once unless they chose to wait (a
 * listing import waits its turns); a turn further off than `maxWaitMs` is refused too.
 */
export function pacer(o: {
  writerLimit: number;
  writerWindowMs: number;
  spacingMs: number;
  maxWaitMs: number;
  now: () => number;
}): Pacer {
  let last = Number.NEGATIVE_INFINITY;
  const byWriter = new Map<number, number[]>();
  return {
    reserve(writer, wait) {
      const now = o.now();
      const stamps = (byWriter.get(writer) ?? []).filter((t) => t > now - o.writerWindowMs);
      let at = Math.max(now, last + o.spacingMs);
      const full = stamps.length >= o.writerLimit;
      if (full) at = Math.max(at, stamps[stamps.length - o.writerLimit]! + o.writerWindowMs);
      if (!wait && (full || at - now > o.maxWaitMs)) {
        byWriter.set(writer, stamps);
        return { ok: false, retryAfterMs: Math.max(1000, at - now) };
      }
      last = at;
      stamps.push(at);
      byWriter.set(writer, stamps);
      return { ok: true, at, ready: (signal) => sleep(at - now, signal) };
    },
  };
}

/**
 * The same limits kept in the database, so that every process of the server (PROMPTLY_WORKERS) counts
 * the same turns: each turn is taken in one immediate transaction.
 */
export function dbPacer(
  db: Db,
  o: { writerLimit: number; writerWindowMs: number; spacingMs: number; maxWaitMs: number; now: () => number },
): Pacer {
  return {
    reserve(writer, wait) {
      const now = o.now();
      const turn = takeAo3Turn(db, writer, wait, o, now);
      if (!turn.ok) return turn;
      return { ok: true, at: turn.at, ready: (signal) => sleep(turn.at - now, signal) };
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
