import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { DateTime } from 'luxon';
import type { Db } from '../db/client.ts';
import { isTimeZone } from './domain/calendar.ts';

/** What the app is built from: the database and a clock. */
export type Deps = { db: Db; now: () => DateTime };

/** Hono's environment for every route: the deps and the writer of the request. */
export type AppEnv = {
  Variables: {
    deps: Deps;
    writerId: number;
    writerZone: string;
    weekStart: number;
  };
};

/** The time zone "today" is computed in: the browser's (cookie `tz`, set by app.js) or the writer's. */
export function zoneOf(c: Context<AppEnv>): string {
  const fromBrowser = getCookie(c, 'tz');
  if (fromBrowser && isTimeZone(fromBrowser)) return fromBrowser;
  return c.get('writerZone');
}
