import type { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { hashPassword } from '../../src/auth/secrets.ts';
import type { Deps } from '../../src/context.ts';
import { seedDemo } from '../../src/demo.ts';
import { registerWriter } from '../../src/queries/writers.ts';
import { form, post, sessionCookie, signUp, TEST_NOW, TEST_PASSWORD, withCookie } from '../helpers.ts';
import { type Listening, listen } from './listen.ts';

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const login = (username: string, password = TEST_PASSWORD) => post(form({ username, password }));
const signup = (username: string, password = TEST_PASSWORD) => post(form({ username, password }));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** How many answers had each status. */
function statuses(answers: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const res of answers) counts[res.status] = (counts[res.status] ?? 0) + 1;
  return counts;
}

/** An app on a fresh database whose clock the test moves with `at(minutes after TEST_NOW)`. */
function clockedApp(deps: Partial<Deps> = {}) {
  const { db, sqlite } = memoryDatabase();
  seedDemo(db, TEST_NOW);
  let now: DateTime = TEST_NOW;
  const app = createApp({ db, now: () => now, ...deps });
  const at = (minutes: number) => {
    now = TEST_NOW.plus({ minutes });
  };
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { app, db, at, count };
}

let server: Listening | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sign-in throttling under parallel requests', () => {
  it('checks only 5 of 40 wrong passwords sent at once (401); the other 35 get 429', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    const answers = await Promise.all(
      range(40).map(() => app.request('/login', login('ann', 'wrong password'))),
    );
    expect(statuses(answers)).toEqual({ 401: 5, 429: 35 });
    expect((await app.request('/login', login('ann'))).status).toBe(429);
  });

  it('counts 20 failures an address, also when they arrive at once', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    const answers = await Promise.all(
      range(40).map((i) => app.request('/login', login(`guess${i}`, 'wrong password'), from('198.51.100.7'))),
    );
    expect(statuses(answers)).toEqual({ 401: 20, 429: 20 });
    expect((await app.request('/login', login('ann'), from('198.51.100.7'))).status).toBe(429);
    expect((await app.request('/login', login('ann'), from('203.0.113.9'))).status).toBe(303);
  });

  it('holds against a real server too: 40 wrong passwords at once, 5 checked', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    server = await listen(app);
    const url = `${(server as Listening).url}/login`;
    const answers = await Promise.all(range(40).map(() => fetch(url, login('ann', 'wrong password'))));
    expect(statuses(answers)).toEqual({ 401: 5, 429: 35 });
  });

  it('shares a username’s 5 tries between its cases: Ann, ANN and aNN are one account', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    for (const name of ['Ann', 'ANN', 'aNN', 'ann', 'AnN'])
      expect((await app.request('/login', login(name, 'wrong password'))).status).toBe(401);
    expect((await app.request('/login', login('aNn'))).status).toBe(429);
    const { app: other } = clockedApp();
    await signUp(other, 'ann');
    const answers = await Promise.all(
      ['Ann', 'ANN', 'aNN'].flatMap((name) => range(4).map(() => other.request('/login', login(name, 'x')))),
    );
    expect(statuses(answers)).toEqual({ 401: 5, 429: 7 });
  });

  it('does not count a successful sign-in against the address', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    for (let i = 0; i < 25; i++)
      expect((await app.request('/login', login('ann'), from('198.51.100.7'))).status).toBe(303);
  });
});

describe('sign-up throttling', () => {
  it('makes at most 10 accounts an hour from one address, even 40 at once', async () => {
    const { app, at, count } = clockedApp();
    const answers = await Promise.all(
      range(40).map((i) => app.request('/signup', signup(`writer${i}`), from('198.51.100.7'))),
    );
    expect(statuses(answers)).toEqual({ 303: 10, 429: 30 });
    expect(count('writers')).toBe(10);
    const refused = answers.find((r) => r.status === 429) as Response;
    expect(refused.headers.get('Retry-After')).toBe(String(60 * 60));
    expect(await refused.text()).toContain('Too many accounts were made from this address');
    expect((await app.request('/signup', signup('another'), from('203.0.113.9'))).status).toBe(303);
    at(59);
    expect((await app.request('/signup', signup('still'), from('198.51.100.7'))).status).toBe(429);
    at(60);
    expect((await app.request('/signup', signup('later'), from('198.51.100.7'))).status).toBe(303);
  });

  it('holds against a real server too', async () => {
    const { app, count } = clockedApp();
    server = await listen(app);
    const url = `${(server as Listening).url}/signup`;
    const answers = await Promise.all(
      range(20).map((i) => fetch(url, { ...signup(`writer${i}`), redirect: 'manual' })),
    );
    expect(statuses(answers)).toEqual({ 303: 10, 429: 10 });
    expect(count('writers')).toBe(10);
  });

  it('does not count refused sign-ups', async () => {
    const { app } = clockedApp();
    await signUp(app, 'ann');
    for (let i = 0; i < 12; i++) {
      expect((await app.request('/signup', signup('x'))).status).toBe(422);
      expect((await app.request('/signup', signup('ANN'))).status).toBe(422);
    }
    for (let i = 1; i < 10; i++) expect((await app.request('/signup', signup(`w${i}`))).status).toBe(303);
    expect((await app.request('/signup', signup('w10'))).status).toBe(429);
  });

  it('counts the address X-Forwarded-For gives only with trustProxy', async () => {
    for (const trustProxy of [true, false]) {
      const { app } = clockedApp({ trustProxy });
      const answers: Response[] = [];
      for (let i = 0; i < 12; i++) {
        const init = signup(`writer${i}`);
        init.headers = { ...(init.headers as Record<string, string>), 'X-Forwarded-For': `198.51.100.${i}` };
        answers.push(await app.request('/signup', init, from('127.0.0.1')));
      }
      expect(statuses(answers)).toEqual(trustProxy ? { 303: 12 } : { 303: 10, 429: 2 });
    }
  });

  it('never limits the admin adding writers', async () => {
    const { app, db, count } = clockedApp({ signup: 'closed' });
    registerWriter(db, { username: 'admin', passwordHash: await hashPassword(TEST_PASSWORD) });
    const admin = sessionCookie(await app.request('/login', login('admin'))) as string;
    for (let i = 0; i < 12; i++)
      expect((await app.request('/signup', withCookie(admin, signup(`writer${i}`)))).status).toBe(303);
    expect(count('writers')).toBe(13);
  });
});

describe('the settings’ current-password check', () => {
  const change = (current: string, fresh = 'a brand new one') =>
    post(form({ current_password: current, new_password: fresh }));

  it('checks 5 wrong passwords in 15 minutes, even 40 at once; the rest get 429', async () => {
    const { app, at } = clockedApp();
    const cookie = await signUp(app, 'ann');
    const answers = await Promise.all(
      range(40).map(() => app.request('/settings/password', withCookie(cookie, change('not it at all')))),
    );
    expect(statuses(answers)).toEqual({ 422: 5, 429: 35 });
    const right = await app.request('/settings/password', withCookie(cookie, change(TEST_PASSWORD)));
    expect(right.status).toBe(429);
    expect(right.headers.get('Retry-After')).toBe(String(15 * 60));
    expect(await right.text()).toContain('Too many wrong passwords');
    at(15);
    expect((await app.request('/settings/password', withCookie(cookie, change(TEST_PASSWORD)))).status).toBe(
      303,
    );
  });

  it('forgets the failures once the current password is right', async () => {
    const { app } = clockedApp();
    const cookie = await signUp(app, 'ann');
    const send = (current: string, fresh?: string) =>
      app.request('/settings/password', withCookie(cookie, change(current, fresh)));
    for (let i = 0; i < 4; i++) expect((await send('wrong')).status).toBe(422);
    expect((await send(TEST_PASSWORD, 'short')).status).toBe(422);
    for (let i = 0; i < 4; i++) expect((await send('wrong')).status).toBe(422);
    expect((await send(TEST_PASSWORD)).status).toBe(303);
  });

  it('counts each writer apart', async () => {
    const { app } = clockedApp();
    const ann = await signUp(app, 'ann');
    const bob = await signUp(app, 'bob');
    for (let i = 0; i < 5; i++) await app.request('/settings/password', withCookie(ann, change('wrong')));
    expect((await app.request('/settings/password', withCookie(bob, change(TEST_PASSWORD)))).status).toBe(
      303,
    );
  });
});
