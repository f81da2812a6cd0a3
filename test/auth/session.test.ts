import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { digest } from '../../src/auth/secrets.ts';
import {
  endOtherSessions,
  endSession,
  findSession,
  isHttps,
  loadSession,
  SESSION_COOKIE,
  startSession,
} from '../../src/auth/session.ts';
import { type AppEnv, writerOf } from '../../src/context.ts';
import { registerWriter } from '../../src/queries/writers.ts';

const NOW = DateTime.fromISO('2026-10-05T12:00:00Z', { zone: 'UTC' });
const iso = (t: DateTime) => t.toUTC().toISO() as string;

let opened: ReturnType<typeof memoryDatabase>;
let ann: number;
let bea: number;

function addWriter(username: string): number {
  const registered = registerWriter(opened.db, { username, passwordHash: 'x' });
  if (!registered.ok) throw new Error(`${username} not registered`);
  return registered.writer.id;
}

function addSession(secret: string, writerId: number, expiresAt: DateTime) {
  opened.sqlite
    .prepare('insert into sessions (id, writer_id, expires_at) values (?, ?, ?)')
    .run(digest(secret), writerId, iso(expiresAt));
}

const expiryOf = (secret: string) =>
  opened.sqlite.prepare('select expires_at from sessions where id = ?').pluck().get(digest(secret)) as
    | string
    | undefined;

/** An app that loads the session, then answers who is signed in; /start, /end and /others act on sessions. */
function app() {
  const a = new Hono<AppEnv>();
  a.use(async (c, next) => {
    c.set('deps', { db: opened.db, now: () => NOW });
    await next();
  });
  a.use(loadSession);
  a.get('/', (c) => c.text(writerOf(c)?.username ?? 'visitor'));
  a.post('/start', (c) => {
    startSession(c, ann);
    return c.text('started');
  });
  a.post('/end', (c) => {
    endSession(c);
    return c.text('ended');
  });
  a.post('/others', (c) => {
    endOtherSessions(c, ann);
    return c.text('ended');
  });
  a.get('/https', (c) => c.text(String(isHttps(c))));
  a.get('/writer', (c) => c.json({ writer: c.get('writer') === null ? 'null' : typeof c.get('writer') }));
  return a;
}

const cookie = (secret: string) => ({ Cookie: `${SESSION_COOKIE}=${secret}` });

beforeEach(() => {
  opened = memoryDatabase();
  ann = addWriter('ann');
  bea = addWriter('bea');
});

describe('finding a session', () => {
  it('finds one that expires after now, and not one that expires at now or before', () => {
    addSession('later', ann, NOW.plus({ seconds: 1 }));
    addSession('now', ann, NOW);
    addSession('before', ann, NOW.minus({ days: 1 }));
    expect(findSession(opened.db, digest('later'), NOW)?.writer.username).toBe('ann');
    expect(findSession(opened.db, digest('now'), NOW)).toBeNull();
    expect(findSession(opened.db, digest('before'), NOW)).toBeNull();
    expect(findSession(opened.db, digest('unknown'), NOW)).toBeNull();
  });
});

describe('loading the session of a request', () => {
  it('signs nobody in and sets no cookie without one', async () => {
    const res = await app().request('/');
    expect(await res.text()).toBe('visitor');
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('sets the writer to null, not leaving it unset, for a visitor and for a stale cookie', async () => {
    for (const headers of [{}, cookie('never')])
      expect(await (await app().request('/writer', { headers })).json()).toEqual({ writer: 'null' });
  });

  it('renews a session exactly halfway through only from the next instant on', async () => {
    addSession('half', ann, NOW.plus({ days: 15 }));
    const res = await app().request('/', { headers: cookie('half') });
    expect(await res.text()).toBe('ann');
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(expiryOf('half')).toBe(iso(NOW.plus({ days: 15 })));
  });

  it('signs in the writer of a valid cookie, and leaves a session in its first half alone', async () => {
    addSession('fresh', ann, NOW.plus({ days: 16 }));
    const res = await app().request('/', { headers: cookie('fresh') });
    expect(await res.text()).toBe('ann');
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(expiryOf('fresh')).toBe(iso(NOW.plus({ days: 16 })));
  });

  it('renews a session used in its second half, for 30 days from now, row and cookie', async () => {
    addSession('old', ann, NOW.plus({ days: 14 }));
    const res = await app().request('/', { headers: cookie('old') });
    expect(await res.text()).toBe('ann');
    expect(expiryOf('old')).toBe(iso(NOW.plus({ days: 30 })));
    const set = res.headers.get('Set-Cookie') ?? '';
    expect(set).toContain(`${SESSION_COOKIE}=old`);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    expect(set).toContain('Path=/');
    expect(set).toContain(NOW.plus({ days: 30 }).toHTTP());
    expect(set).not.toContain('Secure');
  });

  it('marks the cookie Secure over HTTPS', async () => {
    addSession('old', ann, NOW.plus({ days: 1 }));
    const res = await app().request('/', { headers: { ...cookie('old'), 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('Set-Cookie')).toContain('Secure');
  });

  it('drops the cookie of an unknown or expired session and signs nobody in', async () => {
    addSession('gone', ann, NOW.minus({ minutes: 1 }));
    for (const secret of ['gone', 'never']) {
      const res = await app().request('/', { headers: cookie(secret) });
      expect(await res.text()).toBe('visitor');
      expect(res.headers.get('Set-Cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
      expect(res.headers.get('Set-Cookie')).toContain('Path=/');
    }
  });
});

describe('starting and ending sessions', () => {
  it('starts a new session, replacing the request’s old one and sweeping expired ones only', async () => {
    addSession('mine', ann, NOW.plus({ days: 20 }));
    addSession('expired', bea, NOW.minus({ minutes: 1 }));
    addSession('elsewhere', bea, NOW.plus({ days: 2 }));
    const res = await app().request('/start', { method: 'POST', headers: cookie('mine') });
    expect(expiryOf('mine')).toBeUndefined();
    expect(expiryOf('expired')).toBeUndefined();
    expect(expiryOf('elsewhere')).toBeDefined();
    const secret = /promptly_session=([^;]+)/.exec(res.headers.get('Set-Cookie') ?? '')?.[1] ?? '';
    expect(secret.length).toBeGreaterThan(40);
    expect(expiryOf(secret)).toBe(iso(NOW.plus({ days: 30 })));
    expect(findSession(opened.db, digest(secret), NOW)?.writer.id).toBe(ann);
  });

  it('ends the request’s session, row and cookie, and no other', async () => {
    addSession('mine', ann, NOW.plus({ days: 20 }));
    addSession('phone', ann, NOW.plus({ days: 20 }));
    const res = await app().request('/end', { method: 'POST', headers: cookie('mine') });
    expect(expiryOf('mine')).toBeUndefined();
    expect(expiryOf('phone')).toBeDefined();
    expect(res.headers.get('Set-Cookie')).toContain('Max-Age=0');
    expect(res.headers.get('Set-Cookie')).toContain('Path=/');
    expect(res.headers.get('Set-Cookie')).not.toContain('Secure');
  });

  it('ends a session over HTTPS with a Secure cookie, and without a cookie ends none', async () => {
    addSession('mine', ann, NOW.plus({ days: 20 }));
    const secure = await app().request('/end', {
      method: 'POST',
      headers: { ...cookie('mine'), 'X-Forwarded-Proto': 'https' },
    });
    expect(secure.headers.get('Set-Cookie')).toMatch(/Max-Age=0.*Path=\/.*Secure|Secure.*Path=\//);
    expect(expiryOf('mine')).toBeUndefined();
    addSession('other', ann, NOW.plus({ days: 20 }));
    const none = await app().request('/end', { method: 'POST' });
    expect(await none.text()).toBe('ended');
    expect(expiryOf('other')).toBeDefined();
  });

  it('starts a session for a request with no cookie yet', async () => {
    const res = await app().request('/start', { method: 'POST' });
    expect(await res.text()).toBe('started');
    const secret = /promptly_session=([^;]+)/.exec(res.headers.get('Set-Cookie') ?? '')?.[1] ?? '';
    expect(findSession(opened.db, digest(secret), NOW)?.writer.id).toBe(ann);
  });

  it('after a password change, ends the writer’s other sessions and keeps this one and other writers’', async () => {
    addSession('mine', ann, NOW.plus({ days: 20 }));
    addSession('phone', ann, NOW.plus({ days: 20 }));
    addSession('bea', bea, NOW.plus({ days: 20 }));
    await app().request('/others', { method: 'POST', headers: cookie('mine') });
    expect(expiryOf('mine')).toBeDefined();
    expect(expiryOf('phone')).toBeUndefined();
    expect(expiryOf('bea')).toBeDefined();
  });
});

describe('whether a request came over HTTPS', () => {
  it("reads the proxy's first X-Forwarded-Proto entry, in any case, or the request's own scheme", async () => {
    const https = async (headers: Record<string, string>, url = '/https') =>
      (await app().request(url, { headers })).text();
    expect(await https({})).toBe('false');
    expect(await https({ 'X-Forwarded-Proto': ' HTTPS , http' })).toBe('true');
    expect(await https({ 'X-Forwarded-Proto': 'http, https' })).toBe('false');
    expect(await https({}, 'https://promptly.example/https')).toBe('true');
  });
});
