import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import {
  claimAttempt,
  clientAddress,
  forgetAttempt,
  type Limit,
  loginLimits,
  passwordCheckLimits,
  retryAfterSeconds,
  signupLimits,
  THROTTLE,
  usernameKey,
} from '../../src/auth/throttle.ts';
import type { AppEnv, NodeBindings } from '../../src/context.ts';

const NOW = DateTime.fromISO('2026-10-05T12:00:00Z', { zone: 'UTC' });

// clientAddress reads no table; the deps just need a database.
const ADDRESS_DB = memoryDatabase().db;

/** What clientAddress answers for a request with these headers and bindings. */
async function addressOf(trustProxy: boolean, headers: Record<string, string>, env?: NodeBindings) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', { db: ADDRESS_DB, now: () => NOW, trustProxy });
    await next();
  });
  app.get('/', (c) => c.text(clientAddress(c)));
  return (await app.request('/', { headers }, env)).text();
}

describe('the key a sign-in counts under', () => {
  it('is the same for every case of a username and for spaces around it', () => {
    expect(usernameKey(' Ann ')).toBe(usernameKey('ann'));
    expect(usernameKey('ANN')).toBe('user:ann');
  });
});

describe('the client address', () => {
  const socket = { incoming: { socket: { remoteAddress: '10.0.0.9' } } };

  it("is the socket's peer unless the proxy is trusted", async () => {
    await expect(addressOf(false, { 'X-Forwarded-For': '1.2.3.4' }, socket)).resolves.toBe('10.0.0.9');
  });

  it('behind a trusted proxy, is the last X-Forwarded-For entry, trimmed', async () => {
    await expect(addressOf(true, { 'X-Forwarded-For': '6.6.6.6, 1.2.3.4 ' }, socket)).resolves.toBe(
      '1.2.3.4',
    );
  });

  it('behind a trusted proxy, is the last of three or more entries (the one the proxy saw)', async () => {
    await expect(addressOf(true, { 'X-Forwarded-For': '6.6.6.6, 7.7.7.7, 1.2.3.4' }, socket)).resolves.toBe(
      '1.2.3.4',
    );
  });

  it('behind a trusted proxy that sent no address, is the socket peer', async () => {
    await expect(addressOf(true, {}, socket)).resolves.toBe('10.0.0.9');
    await expect(addressOf(true, { 'X-Forwarded-For': '1.2.3.4, ' }, socket)).resolves.toBe('10.0.0.9');
  });

  it("is 'unknown' when nothing says it, however little the bindings hold", async () => {
    await expect(addressOf(false, {})).resolves.toBe('unknown');
    await expect(addressOf(false, {}, {})).resolves.toBe('unknown');
    await expect(addressOf(false, {}, { incoming: {} })).resolves.toBe('unknown');
    await expect(addressOf(false, {}, { incoming: { socket: {} } })).resolves.toBe('unknown');
  });
});

describe('claiming attempts against several limits', () => {
  // A long window reached, then a short one reached: the wait is the long one's.
  const limits: Limit[] = [
    { key: 'long', max: 1, minutes: 60 },
    { key: 'short', max: 1, minutes: 15 },
  ];

  it('waits for the limit that frees up last, whichever comes first in the list', () => {
    for (const order of [limits, [...limits].reverse()]) {
      const { db } = memoryDatabase();
      expect(claimAttempt(db, order, NOW.minus({ minutes: 1 })).ok).toBe(true);
      const refused = claimAttempt(db, order, NOW);
      if (refused.ok) throw new Error('the second attempt passed');
      expect(refused.until.toMillis()).toBe(NOW.plus({ minutes: 59 }).toMillis());
      expect(retryAfterSeconds(refused.until, NOW)).toBe(59 * 60);
    }
  });

  it('lets one more through once the limit that was reached frees up, and not before', () => {
    const { db } = memoryDatabase();
    const one: Limit[] = [{ key: 'k', max: 2, minutes: 15 }];
    expect(claimAttempt(db, one, NOW.minus({ minutes: 10 })).ok).toBe(true);
    expect(claimAttempt(db, one, NOW.minus({ minutes: 5 })).ok).toBe(true);
    expect(claimAttempt(db, one, NOW).ok).toBe(false);
    expect(claimAttempt(db, one, NOW.plus({ minutes: 4, seconds: 59 })).ok).toBe(false);
    expect(claimAttempt(db, one, NOW.plus({ minutes: 5 })).ok).toBe(true);
  });

  it('forgets only the attempt given, and with clearKeys every attempt under those keys', () => {
    const { db, sqlite } = memoryDatabase();
    const count = () => sqlite.prepare('select count(*) from login_failures').pluck().get();
    const one: Limit[] = [{ key: 'k', max: 5, minutes: 15 }];
    const first = claimAttempt(db, one, NOW);
    const second = claimAttempt(db, [{ key: 'other', max: 5, minutes: 15 }], NOW);
    if (!first.ok || !second.ok) throw new Error('refused');
    forgetAttempt(db, first.value);
    expect(count()).toBe(1);
    claimAttempt(db, one, NOW);
    forgetAttempt(db, second.value, ['k']);
    expect(count()).toBe(0);
  });

  it('answers Retry-After in whole seconds, at least 1', () => {
    expect(retryAfterSeconds(NOW.plus({ milliseconds: 1 }), NOW)).toBe(1);
    expect(retryAfterSeconds(NOW.minus({ seconds: 3 }), NOW)).toBe(1);
    expect(retryAfterSeconds(NOW.plus({ seconds: 90, milliseconds: 100 }), NOW)).toBe(91);
  });
});

describe('what each kind of attempt counts against', () => {
  it('a sign-in: its username in any case, and its address, in the same window', () => {
    const window = THROTTLE.windowMinutes;
    expect(loginLimits(' ANN ', '10.0.0.1')).toEqual([
      { key: 'user:ann', max: THROTTLE.perUsername, minutes: window },
      { key: 'ip:10.0.0.1', max: THROTTLE.perAddress, minutes: window },
    ]);
  });

  it('a sign-up: its address, apart from sign-ins; a password check: its writer', () => {
    expect(signupLimits('10.0.0.1')).toEqual([
      { key: 'signup:10.0.0.1', max: THROTTLE.signupsPerAddress, minutes: THROTTLE.signupMinutes },
    ]);
    expect(passwordCheckLimits(7)).toEqual([
      { key: 'password:7', max: THROTTLE.passwordChecks, minutes: THROTTLE.windowMinutes },
    ]);
  });
});
