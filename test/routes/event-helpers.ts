import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import { sessions, type Writer, writers } from '../../db/schema.ts';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { form, post, TEST_NOW, testApp } from '../helpers.ts';

/** A prompt-list fixture from test/fixtures/prompt-lists. */
export const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prompt-lists/${name}`, import.meta.url), 'utf8');

/** A writer made directly in the database, signed in by a session row; `cookie` is the Cookie header. */
export function sessionFor(
  db: Db,
  username: string,
  opts: { admin?: boolean } = {},
): { writer: Writer; cookie: string } {
  const writer = db
    .insert(writers)
    .values({ username, displayName: username, isAdmin: opts.admin ?? false })
    .returning()
    .get();
  const secret = newSecret();
  db.insert(sessions)
    .values({
      id: digest(secret),
      writerId: writer.id,
      expiresAt: TEST_NOW.plus({ days: 30 }).toUTC().toISO() as string,
    })
    .run();
  return { writer, cookie: `${SESSION_COOKIE}=${secret}` };
}

/** The tables an event is written to, for "nothing was saved" checks. */
export const EVENT_TABLES = ['events', 'event_days', 'prompts', 'alternates', 'event_members'] as const;

/** A test app with organiser `ann` and writer `bo` signed in, and a request helper for each. */
export function editorApp() {
  const t = testApp();
  const ann = sessionFor(t.db, 'ann');
  const bo = sessionFor(t.db, 'bo');
  const as =
    (cookie: string | null) =>
    (path: string, init: RequestInit = {}): Promise<Response> => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('Cookie', cookie);
      return Promise.resolve(t.app.request(path, { ...init, headers }));
    };
  const counts = () => Object.fromEntries(EVENT_TABLES.map((table) => [table, t.count(table)]));
  return { ...t, ann, bo, asAnn: as(ann.cookie), asBo: as(bo.cookie), asVisitor: as(null), counts };
}

/** The new-event form's fields, with `overrides`. */
export function eventForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Whumptober 2025',
    slug: '',
    first_day: '2025-10-01',
    description: 'Thirty-one days of whump.',
    day_label: 'No.',
    late: 'until',
    late_until: '2025-11-07',
    max_prompts_per_piece: '3',
    min_words: '100',
    max_words: '5,000',
    list: fixture('whumptober.txt'),
    ...overrides,
  };
}

/** A form post of `fields`, optionally as htmx sends it. */
export const postForm = (fields: Record<string, string>, htmx = false) => post(form(fields), htmx);
