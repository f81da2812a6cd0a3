import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { bearerAuth } from '../../src/auth/bearer.ts';
import { type AppEnv, writerOf } from '../../src/context.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { registerWriter } from '../../src/queries/writers.ts';

const NOW = DateTime.fromISO('2026-10-05T12:00:00Z', { zone: 'UTC' });

function setUp() {
  const { db, sqlite } = memoryDatabase();
  const registered = registerWriter(db, { username: 'ann', displayName: 'Ann', passwordHash: 'x' });
  if (!registered.ok) throw new Error('ann not registered');
  const writerId = registered.writer.id;
  const { token } = createToken(db, writerId, 'phone');
  let now: DateTime = NOW;
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', { db, now: () => now });
    await next();
  });
  app.get('/me', bearerAuth, (c) => c.text(writerOf(c)?.username ?? 'nobody'));
  const lastUsed = () => sqlite.prepare('select last_used_at from api_tokens').pluck().get() as string | null;
  const at = (t: DateTime) => {
    now = t;
  };
  return { app, token, lastUsed, at };
}

describe('the API token guard', () => {
  it('asks for a token without one, naming the scheme', async () => {
    const { app } = setUp();
    const res = await app.request('/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="Promptly"');
    expect((await res.json()).error).toMatch(/Send an API token/);
  });

  it('refuses a wrong or revoked token as invalid_token, and other schemes as no token', async () => {
    const { app, token } = setUp();
    const wrong = await app.request('/me', { headers: { Authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer realm="Promptly", error="invalid_token"');
    expect((await wrong.json()).error).toMatch(/not valid/);
    const basic = await app.request('/me', { headers: { Authorization: `Basic ${token}` } });
    expect(basic.headers.get('WWW-Authenticate')).toBe('Bearer realm="Promptly"');
    const two = await app.request('/me', { headers: { Authorization: `Bearer ${token} more` } });
    expect(two.status).toBe(401);
  });

  it('reads the scheme only at the start of the header', async () => {
    const { app, token } = setUp();
    for (const header of [`NotBearer ${token}`, `x Bearer ${token}`]) {
      const res = await app.request('/me', { headers: { Authorization: header } });
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="Promptly"');
    }
  });

  it("signs in the token's writer, whatever the scheme's case and the spaces around the token", async () => {
    const { app, token } = setUp();
    for (const header of [`Bearer ${token}`, `bearer ${token}`, `Bearer   ${token}  `]) {
      const res = await app.request('/me', { headers: { Authorization: header } });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('ann');
    }
  });

  it('records when a token was last used, at most once a minute', async () => {
    const { app, token, lastUsed, at } = setUp();
    const use = () => app.request('/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(lastUsed()).toBeNull();
    await use();
    expect(lastUsed()).toBe('2026-10-05T12:00:00.000Z');
    at(NOW.plus({ seconds: 59 }));
    await use();
    expect(lastUsed()).toBe('2026-10-05T12:00:00.000Z');
    at(NOW.plus({ seconds: 61 }));
    await use();
    expect(lastUsed()).toBe('2026-10-05T12:01:01.000Z');
  });
});
