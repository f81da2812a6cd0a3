import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.ts';
import { loginFailures } from '../../db/schema.ts';
import type { AppEnv } from '../context.ts';

/** Sign-in throttling: this many failures within the window lock a username or an address. */
export const THROTTLE = { windowMinutes: 15, perUsername: 5, perAddress: 20 } as const;

/** The keys a sign-in attempt counts against: the username (case-insensitive) and the address. */
export function throttleKeys(username: string, address: string): { user: string; ip: string } {
  return { user: `user:${username.trim().toLowerCase()}`, ip: `ip:${address}` };
}

/**
 * The client's address: the socket's peer, or with `trustProxy` the address the proxy in front
 * saw (the last X-Forwarded-For entry); 'unknown' when neither is available (app.request tests).
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

const iso = (t: DateTime) => t.toUTC().toISO() as string;

/** When sign-in is allowed again for these keys, or null when it is allowed now. */
export function throttledUntil(db: Db, keys: { user: string; ip: string }, now: DateTime): DateTime | null {
  const since = now.minus({ minutes: THROTTLE.windowMinutes });
  let until: DateTime | null = null;
  for (const [key, limit] of [
    [keys.user, THROTTLE.perUsername],
    [keys.ip, THROTTLE.perAddress],
  ] as const) {
    // The limit-th most recent failure in the window: once it leaves the window, attempts are allowed.
    const row = db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, iso(since))))
      .orderBy(desc(loginFailures.at))
      .limit(1)
      .offset(limit - 1)
      .get();
    if (!row) continue;
    const free = DateTime.fromISO(row.at, { zone: 'UTC' }).plus({ minutes: THROTTLE.windowMinutes });
    if (!until || free > until) until = free;
  }
  return until && until > now ? until : null;
}

/** Records a failed sign-in against both keys, and forgets failures older than the window. */
export function recordFailure(db: Db, keys: { user: string; ip: string }, now: DateTime): void {
  db.transaction((tx) => {
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, iso(now.minus({ minutes: THROTTLE.windowMinutes }))))
      .run();
    tx.insert(loginFailures)
      .values([
        { key: keys.user, at: iso(now) },
        { key: keys.ip, at: iso(now) },
      ])
      .run();
  });
}

/** Forgets a username's failures after it signs in successfully (the address's stay). */
export function clearFailures(db: Db, keys: { user: string }): void {
  db.delete(loginFailures).where(eq(loginFailures.key, keys.user)).run();
}
