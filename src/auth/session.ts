import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { DateTime } from 'luxon';
import type { Db } from '../../db/client.ts';
import { sessions, type Writer, writers } from '../../db/schema.ts';
import type { AppEnv } from '../context.ts';
import { digest, newSecret } from './secrets.ts';

/** The session cookie's name; its value is a secret whose SHA-256 is the sessions row id. */
export const SESSION_COOKIE = 'promptly_session';

/** How long a session lasts without use; one used in its second half is renewed. */
export const SESSION_DAYS = 30;

const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({ writer: writers, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(writers, eq(writers.id, sessions.writerId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare();
}

/** The writer whose session has id `id` and has not expired at `now`, with its expiry. */
export function findSession(db: Db, id: string, now: DateTime): { writer: Writer; expiresAt: string } | null {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  const row = lookup.get({ id });
  if (!row || row.expiresAt <= (now.toUTC().toISO() as string)) return null;
  return row;
}

/** Whether the request reached us over HTTPS (directly, or via a proxy saying so). */
export function isHttps(c: Context): boolean {
  const forwarded = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || c.req.url.startsWith('https:');
}

function writeCookie(c: Context, secret: string, expires: DateTime) {
  setCookie(c, SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    expires: expires.toJSDate(),
  });
}

/** Middleware: sets `c.get('writer')` to the session's writer (null without a valid session cookie). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const secret = getCookie(c, SESSION_COOKIE);
  if (!secret) {
    // A visitor: nothing to look up (and no clock to read) on their many page views.
    c.set('writer', null);
    return next();
  }
  const { db, now } = c.get('deps');
  const instant = now();
  const found = findSession(db, digest(secret), instant);
  c.set('writer', found?.writer ?? null);
  if (found) {
    const renewAfter = instant
      .plus({ days: SESSION_DAYS / 2 })
      .toUTC()
      .toISO() as string;
    if (found.expiresAt < renewAfter) {
      const expires = instant.plus({ days: SESSION_DAYS });
      db.update(sessions)
        .set({ expiresAt: expires.toUTC().toISO() as string })
        .where(eq(sessions.id, digest(secret)))
        .run();
      writeCookie(c, secret, expires);
    }
  } else {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }
  await next();
};

/** Signs `writerId` in: a new session row (replacing the request's old one, in one transaction) and its cookie. */
export function startSession(c: Context<AppEnv>, writerId: number): void {
  const { db, now } = c.get('deps');
  const instant = now();
  const old = getCookie(c, SESSION_COOKIE);
  const secret = newSecret();
  const expires = instant.plus({ days: SESSION_DAYS });
  db.transaction(() => {
    if (old)
      db.delete(sessions)
        .where(eq(sessions.id, digest(old)))
        .run();
    // Expired sessions are useless; sweeping them here keeps the table small without a timer.
    db.delete(sessions)
      .where(lt(sessions.expiresAt, instant.toUTC().toISO() as string))
      .run();
    db.insert(sessions)
      .values({ id: digest(secret), writerId, expiresAt: expires.toUTC().toISO() as string })
      .run();
  });
  writeCookie(c, secret, expires);
}

/** Signs the request out: deletes its session row and cookie. */
export function endSession(c: Context<AppEnv>): void {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret)
    c.get('deps')
      .db.delete(sessions)
      .where(eq(sessions.id, digest(secret)))
      .run();
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

/** Ends every session of `writerId` except the request's own (after a password change). */
export function endOtherSessions(c: Context<AppEnv>, writerId: number): void {
  const secret = getCookie(c, SESSION_COOKIE) ?? '';
  c.get('deps')
    .db.delete(sessions)
    .where(and(eq(sessions.writerId, writerId), ne(sessions.id, digest(secret))))
    .run();
}
