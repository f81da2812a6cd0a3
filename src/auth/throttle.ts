import { and, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { Context } from 'hono';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.ts';
import { loginFailures } from '../../db/schema.ts';
import type { AppEnv } from '../context.ts';

/**
 * The limits: sign-in failures per username (any case) and per address, sign-ups per address,
 * and wrong current passwords per writer (the settings' password change), each within its window.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perUsername: 5,
  perAddress: 20,
  signupsPerAddress: 10,
  signupMinutes: 60,
  passwordChecks: 5,
} as const;

/** At most `max` attempts counted under `key` within `minutes`. */
export type Limit = { key: string; max: number; minutes: number };

/** An attempt counted against its limits (its rows), until it is forgotten. */
export type Attempt = { ids: number[] };

// Rows older than the longest window count against nothing.
const KEEP_MINUTES = Math.max(THROTTLE.windowMinutes, THROTTLE.signupMinutes);

/** The key a username's sign-ins count under: the same for every case of it (Ann, ANN, aNN). */
export function usernameKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}

/** A sign-in's limits: its username, whatever the case, and its address. */
export function loginLimits(username: string, address: string): Limit[] {
  return [
    { key: usernameKey(username), max: THROTTLE.perUsername, minutes: THROTTLE.windowMinutes },
    { key: `ip:${address}`, max: THROTTLE.perAddress, minutes: THROTTLE.windowMinutes },
  ];
}

/** A sign-up's limit: accounts made from its address. */
export function signupLimits(address: string): Limit[] {
  return [{ key: `signup:${address}`, max: THROTTLE.signupsPerAddress, minutes: THROTTLE.signupMinutes }];
}

/** A current-password check's limit: the writer's wrong passwords. */
export function passwordCheckLimits(writerId: number): Limit[] {
  return [{ key: `password:${writerId}`, max: THROTTLE.passwordChecks, minutes: THROTTLE.windowMinutes }];
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

/** When the first of `limits` that is reached frees up, or null when none is reached at `now`. */
function blockedUntil(db: Db, limits: Limit[], now: DateTime): DateTime | null {
  let until: DateTime | null = null;
  for (const { key, max, minutes } of limits) {
    // The max-th most recent attempt in the window: once it leaves the window, one more is allowed.
    const row = db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, iso(now.minus({ minutes })))))
      .orderBy(desc(loginFailures.at))
      .limit(1)
      .offset(max - 1)
      .get();
    if (!row) continue;
    const free = DateTime.fromISO(row.at, { zone: 'UTC' }).plus({ minutes });
    if (!until || free > until) until = free;
  }
  return until && until > now ? until : null;
}

/**
 * Counts an attempt against `limits` before it is tried (before any password hash), checking and
 * recording in one transaction, so that requests in parallel cannot all pass: the attempt, or
 * when a limit is reached the instant it frees up (nothing recorded). A failed attempt stays
 * counted; forget one that succeeded with forgetAttempt.
 */
export function claimAttempt(
  db: Db,
  limits: Limit[],
  now: DateTime,
): { ok: true; value: Attempt } | { ok: false; until: DateTime } {
  return db.transaction((tx) => {
    const until = blockedUntil(tx as unknown as Db, limits, now);
    if (until) return { ok: false as const, until };
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, iso(now.minus({ minutes: KEEP_MINUTES }))))
      .run();
    const rows = tx
      .insert(loginFailures)
      .values(limits.map((l) => ({ key: l.key, at: iso(now) })))
      .returning({ id: loginFailures.id })
      .all();
    return { ok: true as const, value: { ids: rows.map((r) => r.id) } };
  });
}

/** Uncounts `attempt` (it succeeded, or did not count), and with `clearKeys` every earlier attempt under those keys. */
export function forgetAttempt(db: Db, attempt: Attempt, clearKeys: string[] = []): void {
  db.delete(loginFailures)
    .where(or(inArray(loginFailures.id, attempt.ids), inArray(loginFailures.key, clearKeys)))
    .run();
}

/** Seconds until `until`, at least 1, for a Retry-After header. */
export function retryAfterSeconds(until: DateTime, now: DateTime): number {
  return Math.max(1, Math.ceil(until.diff(now, 'seconds').seconds));
}
