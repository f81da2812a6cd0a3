import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { DateTime } from 'luxon';
import type { Db } from '../db/client.ts';
import type { DatabaseHealth } from '../db/health.ts';
import type { Writer } from '../db/schema.ts';
import type { Ao3Client } from './ao3/client.ts';
import { type IsoDate, isTimeZone } from './domain/calendar.ts';
import { writerToday } from './domain/day-end.ts';
import { NO_SQUICKS, type SquickFilter, squickFilter } from './domain/squick.ts';
import type { ParsePool } from './parse-pool.ts';

/** What the app is built from: the database, a clock, and the instance's settings. */
export type Deps = {
  db: Db;
  now: () => DateTime;
  /** 'closed': only the admin (or the CLI) adds writers; default 'open'. */
  signup?: 'open' | 'closed';
  /** Take the client address from X-Forwarded-For (set it behind a reverse proxy); default false. */
  trustProxy?: boolean;
  /** The address the site is reached at (PROMPTLY_BASE_URL, like `https://promptly.example`): absolute links are built on it, not on the request's Host. */
  baseUrl?: string;
  /** What /healthz reports; default: checks of `db`'s own connection. */
  health?: DatabaseHealth;
  /** How links to AO3 are fetched; without one (`PROMPTLY_AO3_FETCH=off`, and in tests by default) nothing is. */
  ao3?: Ao3Client;
  /** Where long texts are parsed (createApp makes one when none is given). */
  parse?: ParsePool;
};

/** What @hono/node-server passes as `c.env` (tests may pass their own socket address, or nothing). */
export type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/** Hono's environment for every route: the deps and the signed-in writer (null for a visitor). */
export type AppEnv = {
  Bindings: NodeBindings;
  Variables: {
    deps: Deps;
    writer: Writer | null;
  };
};

/** The signed-in writer of the request, or null. */
export function writerOf(c: Context): Writer | null {
  return (c.get('writer') as Writer | null | undefined) ?? null;
}

/** The signed-in writer's squick list (their prompts to hide); nothing hidden for a visitor. */
export function avoidOf(c: Context): SquickFilter {
  const writer = writerOf(c);
  return writer ? squickFilter(writer.squickWords ?? '') : NO_SQUICKS;
}

/** The app's parse pool: long texts are parsed there, off the event loop. */
export function parsePoolOf(c: Context): ParsePool {
  return (c.get('deps') as Deps).parse as ParsePool;
}

/** The time zone "today" is computed in: the writer's setting; for a visitor the browser's (cookie `tz`), else UTC. */
export function zoneOf(c: Context): string {
  const writer = writerOf(c);
  if (writer && isTimeZone(writer.timeZone)) return writer.timeZone;
  const fromBrowser = getCookie(c, 'tz');
  if (fromBrowser && isTimeZone(fromBrowser)) return fromBrowser;
  return 'UTC';
}

/** "Today" for this request: the writer's date in their zone, with their day ending at their hour; a visitor's at midnight. */
export function todayOf(c: Context): IsoDate {
  return writerToday((c.get('deps') as Deps).now(), zoneOf(c), writerOf(c)?.dayEndsAt ?? 0);
}

/** Where absolute links point: the configured address (PROMPTLY_BASE_URL), else the one the request came to. */
export function originOf(c: Context): string {
  return (c.get('deps') as Deps).baseUrl ?? new URL(c.req.url).origin;
}

/** The first day of the week in calendars (1 Monday, 7 Sunday): the writer's setting, else Monday. */
export function weekStartOf(c: Context): number {
  return writerOf(c)?.weekStart ?? 1;
}

/** The signed-in writer, for code that only runs behind `requireWriter` (throws otherwise). */
export function signedIn(c: Context): Writer {
  const writer = writerOf(c);
  if (!writer) throw new Error('signedIn() was called on a request without a writer; add requireWriter');
  return writer;
}
