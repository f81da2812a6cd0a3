import type { DateTime } from 'luxon';
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { findWriterByUsername } from '../../src/queries/writers.ts';
import { signUp, TEST_NOW, testApp, withCookie } from '../helpers.ts';

type App = ReturnType<typeof testApp>['app'];

/** JSON calls to `/api/v1` with a bearer token. */
export function apiClient(app: App, token: string) {
  const call = (method: string, path: string, body?: unknown) =>
    app.request(`/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

/** A signed-up writer with a session cookie (`request`) and an API token (`api`) on a fresh test app. */
export async function writerSetup(t: ReturnType<typeof testApp>, name: string) {
  const cookie = await signUp(t.app, name);
  const writer = findWriterByUsername(t.db, name);
  if (!writer) throw new Error(`${name} was not created`);
  const { token } = createToken(t.db, writer.id, 'test');
  const request = (path: string, init: RequestInit = {}) => t.app.request(path, withCookie(cookie, init));
  return { writer, cookie, token, request, api: apiClient(t.app, token) };
}

/** A test app (at `now`) with the writer ann. */
export async function progressApp(now: DateTime = TEST_NOW) {
  const t = testApp(now);
  return { ...t, ...(await writerSetup(t, 'ann')) };
}

/** Posts a piece through the API and answers its id. */
export async function postPiece(
  api: ReturnType<typeof apiClient>,
  piece: Record<string, unknown>,
): Promise<number> {
  const res = await api.post('/pieces', { words: 100, status: 'posted', ...piece });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** Adds a three-day event (`inktober-test`, 1–3 November 2025) with one prompt a day. */
export function addShortEvent(db: Db, slug = 'inktober-test') {
  const event = db
    .insert(events)
    .values({ slug, name: 'Inktober test', dayLabel: 'No.', firstDay: '2025-11-01', lastDay: '2025-11-03' })
    .returning()
    .get();
  for (const n of [1, 2, 3]) {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: n, date: `2025-11-0${n}` })
      .returning()
      .get();
    db.insert(prompts)
      .values({ dayId: day.id, position: 1, text: `Ink ${n}` })
      .run();
  }
  return event;
}
