import { DateTime } from 'luxon';
import { memoryDatabase } from '../db/client.ts';
import { createApp } from '../src/app.tsx';
import { seedDemo } from '../src/demo.ts';

/** The instant the route tests live at: day 2 of the demo event in UTC. */
export const TEST_NOW = DateTime.fromISO('2025-10-02T12:00:00Z', { zone: 'UTC' });

/** A fresh in-memory database with the real migrations, the demo event and the app built on it. */
export function testApp(now: DateTime = TEST_NOW, seedAt: DateTime = now) {
  const { db, sqlite } = memoryDatabase();
  seedDemo(db, seedAt);
  const app = createApp({ db, now: () => now });
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { app, db, sqlite, count };
}

/** A form post body from pairs (repeated names allowed). */
export function form(pairs: [string, string][] | Record<string, string>): URLSearchParams {
  return new URLSearchParams(Array.isArray(pairs) ? pairs : Object.entries(pairs));
}

/** Request options for a form post, optionally as htmx sends it. */
export function post(body: URLSearchParams, htmx = false): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (htmx) Object.assign(headers, { 'HX-Request': 'true', 'HX-Request-Type': 'partial' });
  return { method: 'POST', body, headers };
}

/** Headers htmx sends for a partial swap. */
export const HX = { 'HX-Request': 'true', 'HX-Request-Type': 'partial' };

type App = ReturnType<typeof testApp>['app'];

/** The password every test writer signs up with. */
export const TEST_PASSWORD = 'correct horse battery';

/** The `name=value` of a response's session cookie, or undefined. */
export function sessionCookie(res: Response): string | undefined {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('promptly_session='));
  return cookie?.split(';')[0];
}

/** Signs up `name` (password TEST_PASSWORD) and returns the session cookie to send as `Cookie`. */
export async function signUp(app: App, name: string, extra: Record<string, string> = {}): Promise<string> {
  const res = await app.request('/signup', post(form({ username: name, password: TEST_PASSWORD, ...extra })));
  const cookie = sessionCookie(res);
  if (res.status !== 303 || !cookie) throw new Error(`sign-up of ${name} failed: ${res.status}`);
  return cookie;
}

/** `init` with `cookie` added to its Cookie header. */
export function withCookie(cookie: string, init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  const existing = headers.get('Cookie');
  headers.set('Cookie', existing ? `${existing}; ${cookie}` : cookie);
  return { ...init, headers };
}

/** Makes `name` public (settings form) so their posted pieces are visible to others. */
export async function makePublic(app: App, cookie: string, name: string): Promise<void> {
  const body = form({
    display_name: name,
    time_zone: 'UTC',
    week_start: '1',
    profile_public: 'on',
    email: '',
  });
  const res = await app.request('/settings', withCookie(cookie, post(body)));
  if (res.status !== 303) throw new Error(`settings of ${name} failed: ${res.status}`);
}

/** A test app with one signed-up writer; `request` sends their session cookie. */
export async function testWriterApp(name = 'ann', now: DateTime = TEST_NOW) {
  const t = testApp(now);
  const cookie = await signUp(t.app, name);
  const request = (path: string, init: RequestInit = {}) => t.app.request(path, withCookie(cookie, init));
  return { ...t, cookie, request };
}
