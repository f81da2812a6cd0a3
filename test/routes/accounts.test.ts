import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { loginFailures, pieces, writers } from '../../db/schema.ts';
import { createApp } from '../../src/app.tsx';
import { digest, hashPassword } from '../../src/auth/secrets.ts';
import { seedDemo } from '../../src/demo.ts';
import { registerWriter } from '../../src/queries/writers.ts';
import {
  form,
  HX,
  post,
  sessionCookie,
  signUp,
  TEST_NOW,
  TEST_PASSWORD,
  testApp,
  withCookie,
} from '../helpers.ts';

const login = (username: string, password = TEST_PASSWORD, next = '') =>
  [`/login${next ? `?next=${encodeURIComponent(next)}` : ''}`, post(form({ username, password }))] as const;

describe('signing up', () => {
  it('creates the account, signs in, and makes the first writer the admin', async () => {
    const { app, sqlite } = testApp();
    const res = await app.request(
      '/signup',
      post(form({ username: 'Ann', password: TEST_PASSWORD, email: '' })),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/');
    const cookie = sessionCookie(res) as string;
    const home = await (await app.request('/', withCookie(cookie))).text();
    expect(home).toContain('>Ann</span></a>');
    expect(home).toContain('Sign out');
    await signUp(app, 'bob');
    const rows = sqlite.prepare('select username, is_admin, email from writers order by id').all();
    expect(rows).toEqual([
      { username: 'Ann', is_admin: 1, email: null },
      { username: 'bob', is_admin: 0, email: null },
    ]);
  });

  it('stores a scrypt hash and the SHA-256 of the session secret, never the secrets', async () => {
    const { app, sqlite } = testApp();
    const cookie = await signUp(app, 'ann');
    const secret = cookie.split('=')[1] as string;
    const writer = sqlite.prepare('select password_hash from writers').get() as { password_hash: string };
    expect(writer.password_hash).toMatch(/^scrypt\$/);
    expect(writer.password_hash).not.toContain(TEST_PASSWORD);
    const session = sqlite.prepare('select id from sessions').get() as { id: string };
    expect(session.id).toBe(digest(secret));
  });

  it('takes the browser’s zone from the tz cookie, and keeps an email', async () => {
    const { app, sqlite } = testApp();
    const res = await app.request(
      '/signup',
      withCookie(
        'tz=Europe%2FParis',
        post(form({ username: 'ann', password: TEST_PASSWORD, email: 'ann@example.org' })),
      ),
    );
    expect(res.status).toBe(303);
    expect(sqlite.prepare('select time_zone, email from writers').get()).toEqual({
      time_zone: 'Europe/Paris',
      email: 'ann@example.org',
    });
  });

  it.each([
    [{ username: '', password: TEST_PASSWORD }, 'Choose a username.'],
    [{ username: 'a', password: TEST_PASSWORD }, 'A username has 2 to 30 characters.'],
    [{ username: 'x'.repeat(31), password: TEST_PASSWORD }, 'A username has 2 to 30 characters.'],
    [{ username: 'ann smith', password: TEST_PASSWORD }, 'Use only letters, digits, _ and - in a username.'],
    [{ username: '<b>ann</b>', password: TEST_PASSWORD }, 'Use only letters, digits, _ and - in a username.'],
    [{ username: 'ann', password: 'short' }, 'Use at least 8 characters for a password.'],
    [{ username: 'ann', password: 'p'.repeat(201) }, 'A password has at most 200 characters.'],
    [
      { username: 'ann', password: TEST_PASSWORD, email: 'nope' },
      'That does not look like an email address.',
    ],
  ])('refuses %j: %s', async (fields, message) => {
    const { app, count } = testApp();
    for (const htmx of [false, true]) {
      const res = await app.request('/signup', post(form({ email: '', ...fields }), htmx));
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('aria-invalid="true"');
      expect(html.includes('<html')).toBe(!htmx);
      expect(html).not.toContain(fields.password);
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(count('writers')).toBe(0);
  });

  it('keeps usernames unique whatever their case', async () => {
    const { app, count } = testApp();
    await signUp(app, 'Ann');
    const res = await app.request('/signup', post(form({ username: 'aNN', password: TEST_PASSWORD })));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('That username is taken');
    expect(count('writers')).toBe(1);
  });

  it('makes exactly one account of two sign-ups at once of Ann and ann, and the database refuses a third', async () => {
    const { app, db, count } = testApp();
    const answers = await Promise.all(
      ['Ann', 'ann'].map((username) =>
        app.request('/signup', post(form({ username, password: TEST_PASSWORD }))),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([303, 422]);
    expect(count('writers')).toBe(1);
    // Not only the app's check: the database's unique index on lower(username), for the CLI at the same time too.
    expect(() => db.insert(writers).values({ username: 'ANN', displayName: 'ANN' }).run()).toThrow();
    expect(count('writers')).toBe(1);
  });

  it('comes back to `next`, but never to another site', async () => {
    const { app } = testApp();
    const res = await app.request(
      `/signup?next=${encodeURIComponent('/pieces/new?event=promptober-demo&day=4')}`,
      post(form({ username: 'ann', password: TEST_PASSWORD })),
    );
    expect(res.headers.get('Location')).toBe('/pieces/new?event=promptober-demo&day=4');
    for (const next of [
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      '/x\r\nSet-Cookie: a=b',
    ]) {
      const other = await app.request(
        `/signup?next=${encodeURIComponent(next)}`,
        post(form({ username: `u${Math.random().toString(36).slice(2, 8)}`, password: TEST_PASSWORD })),
      );
      expect(other.headers.get('Location')).toBe('/');
    }
  });

  it('takes over the single-writer version’s writer and its pieces on the first sign-up only', async () => {
    const { db, sqlite } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    const old = db.insert(writers).values({ username: 'writer', displayName: 'You' }).returning().get();
    db.insert(pieces).values({ writerId: old.id, title: 'Kept from before', words: 10 }).run();
    const app = createApp({ db, now: () => TEST_NOW });
    const cookie = await signUp(app, 'writer');
    const collection = await (await app.request('/pieces', withCookie(cookie))).text();
    expect(collection).toContain('Kept from before');
    const row = sqlite.prepare('select id, is_admin, display_name from writers').all();
    expect(row).toEqual([{ id: old.id, is_admin: 1, display_name: 'writer' }]);
    const second = await signUp(app, 'bob');
    expect(await (await app.request('/pieces', withCookie(second))).text()).not.toContain('Kept from before');
  });
});

describe('signing in and out', () => {
  it('signs in with the right password (any case of the username) and returns to `next`', async () => {
    const { app } = testApp();
    await signUp(app, 'Ann');
    const res = await app.request(...login('ann', TEST_PASSWORD, '/pieces?status=posted'));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/pieces?status=posted');
    const cookie = sessionCookie(res) as string;
    expect((await app.request('/pieces', withCookie(cookie))).status).toBe(200);
  });

  it('refuses a wrong password or an unknown username with the same message', async () => {
    const { app } = testApp();
    await signUp(app, 'ann');
    for (const [name, password] of [
      ['ann', 'wrong password'],
      ['nobody', TEST_PASSWORD],
    ] as const) {
      const res = await app.request(...login(name, password));
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBeUndefined();
      const html = await res.text();
      expect(html).toContain('That username and password do not match an account.');
      expect(html).toContain(`value="${name}"`);
      expect(html).not.toContain(password);
    }
  });

  it('answers htmx with the form alone, and a client redirect on success', async () => {
    const { app } = testApp();
    await signUp(app, 'ann');
    const bad = await app.request('/login', post(form({ username: 'ann', password: 'nope nope' }), true));
    expect(bad.status).toBe(401);
    expect((await bad.text()).startsWith('<form id="login-form"')).toBe(true);
    const good = await app.request(
      '/login?next=%2Fsettings',
      post(form({ username: 'ann', password: TEST_PASSWORD }), true),
    );
    expect(good.status).toBe(204);
    expect(good.headers.get('HX-Redirect')).toBe('/settings');
  });

  it('sets an HttpOnly, SameSite=Lax cookie for 30 days, Secure behind HTTPS', async () => {
    const { app } = testApp();
    await signUp(app, 'ann');
    const plain = (await app.request(...login('ann'))).headers.get('Set-Cookie') as string;
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).toMatch(/Path=\//);
    expect(plain).toContain(`Expires=${TEST_NOW.plus({ days: 30 }).toHTTP()}`);
    expect(plain).not.toMatch(/Secure/);
    const [path, init] = login('ann');
    const secure = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'X-Forwarded-Proto': 'https' },
    });
    expect(secure.headers.get('Set-Cookie')).toMatch(/Secure/);
  });

  it('signs out: the session row and cookie are gone', async () => {
    const { app, count } = testApp();
    const cookie = await signUp(app, 'ann');
    expect(count('sessions')).toBe(1);
    const res = await app.request('/logout', withCookie(cookie, { method: 'POST' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('Set-Cookie')).toMatch(/promptly_session=;/);
    expect(count('sessions')).toBe(0);
    expect((await app.request('/pieces', withCookie(cookie))).status).toBe(303);
  });

  it('forgets a session once it expires, and renews one in its second half', async () => {
    const { db } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    let now = TEST_NOW;
    const app = createApp({ db, now: () => now });
    const cookie = await signUp(app, 'ann');
    now = TEST_NOW.plus({ days: 20 });
    const renewed = await app.request('/pieces', withCookie(cookie));
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('Set-Cookie')).toContain(now.plus({ days: 30 }).toHTTP());
    now = TEST_NOW.plus({ days: 51 });
    expect((await app.request('/pieces', withCookie(cookie))).status).toBe(303);
    now = TEST_NOW;
    const unused = await signUp(app, 'bob');
    now = TEST_NOW.plus({ days: 30, seconds: 1 });
    const expired = await app.request('/pieces', withCookie(unused));
    expect(expired.status).toBe(303);
    expect(expired.headers.get('Set-Cookie')).toMatch(/promptly_session=;/);
  });
});

describe('pages that need a writer', () => {
  it.each(['/pieces', '/pieces/new?event=promptober-demo&day=4', '/settings'])(
    '%s sends a visitor to sign in and back',
    async (path) => {
      const { app } = testApp();
      const res = await app.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe(`/login?next=${encodeURIComponent(path)}`);
      const htmx = await app.request(path, {
        headers: { ...HX, 'HX-Current-URL': 'http://localhost/events' },
      });
      expect(htmx.status).toBe(204);
      expect(htmx.headers.get('HX-Redirect')).toBe('/login?next=%2Fevents');
    },
  );

  it('a post without a session saves nothing and goes to sign in', async () => {
    const { app, count } = testApp();
    const res = await app.request('/pieces', post(form({ title: 'x', words: '1' })));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/login/);
    expect(count('pieces')).toBe(0);
  });

  it('the login page links to sign-up keeping `next`', async () => {
    const { app } = testApp();
    const html = await (await app.request('/login?next=%2Fpieces%2Fnew')).text();
    expect(html).toContain('href="/signup?next=%2Fpieces%2Fnew"');
    expect(html).toContain('action="/login?next=%2Fpieces%2Fnew"');
  });
});

describe('closed sign-up', () => {
  const closedApp = () => {
    const { db, sqlite } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    return { app: createApp({ db, now: () => TEST_NOW, signup: 'closed' }), db, sqlite };
  };

  it('refuses visitors, and says so', async () => {
    const { app, sqlite } = closedApp();
    const page = await app.request('/signup');
    expect(await page.text()).toContain('Sign-up is closed');
    const res = await app.request('/signup', post(form({ username: 'ann', password: TEST_PASSWORD })));
    expect(res.status).toBe(403);
    expect((sqlite.prepare('select count(*) as n from writers').get() as { n: number }).n).toBe(0);
    expect(await (await app.request('/login')).text()).not.toContain('href="/signup');
  });

  it('lets the admin add writers, who can then sign in', async () => {
    const { app, db } = closedApp();
    registerWriter(db, { username: 'admin', passwordHash: await hashPassword(TEST_PASSWORD) });
    const admin = sessionCookie(await app.request(...login('admin'))) as string;
    const page = await (await app.request('/signup', withCookie(admin))).text();
    expect(page).toContain('Add a writer');
    const res = await app.request(
      '/signup',
      withCookie(admin, post(form({ username: 'bob', password: TEST_PASSWORD }))),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/signup?added=bob');
    expect(sessionCookie(res)).toBeUndefined();
    expect((await app.request(...login('bob'))).status).toBe(303);
  });
});

describe('throttling sign-in', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

  it('refuses a username after 5 failures in 15 minutes with 429 and Retry-After, even with the right password', async () => {
    const { db } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    let now = TEST_NOW;
    const app = createApp({ db, now: () => now });
    await signUp(app, 'ann');
    for (let i = 0; i < 5; i++) {
      now = TEST_NOW.plus({ minutes: i });
      expect((await app.request(...login('ann', 'wrong password'))).status).toBe(401);
    }
    now = TEST_NOW.plus({ minutes: 5 });
    const res = await app.request(...login('ann'));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe(String(10 * 60));
    expect(await res.text()).toContain('Try again in 10 minutes');
    expect(sessionCookie(res)).toBeUndefined();
    now = TEST_NOW.plus({ minutes: 15, seconds: 1 });
    expect((await app.request(...login('ann'))).status).toBe(303);
  });

  it('refuses an address after 20 failures, whatever the usernames', async () => {
    const { app } = testApp();
    await signUp(app, 'ann');
    for (let i = 0; i < 20; i++) {
      const [path, init] = login(`guess${i}`, 'wrong password');
      expect((await app.request(path, init, from('198.51.100.7'))).status).toBe(401);
    }
    const [path, init] = login('ann');
    expect((await app.request(path, init, from('198.51.100.7'))).status).toBe(429);
    expect((await app.request(path, init, from('203.0.113.9'))).status).toBe(303);
  });

  it('trusts X-Forwarded-For only when told to', async () => {
    const { db } = memoryDatabase();
    const app = createApp({ db, now: () => TEST_NOW, trustProxy: true });
    await signUp(app, 'ann');
    const attempt = (address: string, password: string) => {
      const [path, init] = login('x', password);
      return app.request(
        path,
        {
          ...init,
          headers: { ...(init.headers as Record<string, string>), 'X-Forwarded-For': `1.1.1.1, ${address}` },
        },
        from('127.0.0.1'),
      );
    };
    for (let i = 0; i < 20; i++) await attempt('198.51.100.7', 'wrong password');
    const keys = new Set(
      db
        .select()
        .from(loginFailures)
        .all()
        .map((r) => r.key)
        .filter((key) => !key.startsWith('signup:')),
    );
    expect(keys).toEqual(new Set(['user:x', 'ip:198.51.100.7']));
  });

  it('a success clears the username’s failures', async () => {
    const { app } = testApp();
    await signUp(app, 'ann');
    for (let i = 0; i < 4; i++) await app.request(...login('ann', 'wrong password'));
    expect((await app.request(...login('ann'))).status).toBe(303);
    for (let i = 0; i < 4; i++) await app.request(...login('ann', 'wrong password'));
    expect((await app.request(...login('ann'))).status).toBe(303);
  });
});

describe('settings', () => {
  it('saves the display name, email, zone, week start and visibility', async () => {
    const { app, sqlite } = testApp();
    const cookie = await signUp(app, 'ann');
    const page = await (
      await app.request('/settings', withCookie(cookie, { headers: { Cookie: 'tz=Asia%2FTokyo' } }))
    ).text();
    expect(page).toContain('<option value="UTC" selected="">UTC</option>');
    expect(page).toContain('Your browser says Asia/Tokyo.');
    const res = await app.request(
      '/settings',
      withCookie(
        cookie,
        post(
          form({
            display_name: 'Ann <3',
            email: 'ann@example.org',
            time_zone: 'America/New_York',
            week_start: '7',
            profile_public: 'on',
          }),
        ),
      ),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/settings?saved=settings');
    expect(
      sqlite.prepare('select display_name, email, time_zone, week_start, profile_public from writers').get(),
    ).toEqual({
      display_name: 'Ann <3',
      email: 'ann@example.org',
      time_zone: 'America/New_York',
      week_start: 7,
      profile_public: 1,
    });
    const calendar = await (await app.request('/events/promptober-demo', withCookie(cookie))).text();
    expect(calendar.indexOf('abbr="Sunday"')).toBeLessThan(calendar.indexOf('abbr="Monday"'));
    expect(await (await app.request('/settings?saved=settings', withCookie(cookie))).text()).toContain(
      'Your settings were saved.',
    );
  });

  it.each([
    ['display_name', '', 'Give a name to show with your pieces.'],
    ['time_zone', 'Mars/Olympus', 'Choose a time zone from the list.'],
    ['week_start', '3', 'Weeks start on Monday or Sunday.'],
    ['email', 'nope', 'That does not look like an email address.'],
  ])('refuses %s = %j', async (field, value, message) => {
    const { app, sqlite } = testApp();
    const cookie = await signUp(app, 'ann');
    const values = { display_name: 'Ann', email: '', time_zone: 'UTC', week_start: '1', [field]: value };
    for (const htmx of [false, true]) {
      const res = await app.request('/settings', withCookie(cookie, post(form(values), htmx)));
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html.includes('<html')).toBe(!htmx);
    }
    expect(sqlite.prepare('select display_name from writers').get()).toEqual({ display_name: 'ann' });
  });

  it('changes the password after checking the current one, and signs out other sessions', async () => {
    const { app, count } = testApp();
    const cookie = await signUp(app, 'ann');
    const other = sessionCookie(await app.request(...login('ann'))) as string;
    expect(count('sessions')).toBe(2);
    const wrong = await app.request(
      '/settings/password',
      withCookie(cookie, post(form({ current_password: 'not it at all', new_password: 'a brand new one' }))),
    );
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('That is not your current password.');
    const short = await app.request(
      '/settings/password',
      withCookie(cookie, post(form({ current_password: TEST_PASSWORD, new_password: 'short' }))),
    );
    expect(short.status).toBe(422);
    const res = await app.request(
      '/settings/password',
      withCookie(cookie, post(form({ current_password: TEST_PASSWORD, new_password: 'a brand new one' }))),
    );
    expect(res.status).toBe(303);
    expect(count('sessions')).toBe(1);
    expect((await app.request('/settings', withCookie(cookie))).status).toBe(200);
    expect((await app.request('/settings', withCookie(other))).status).toBe(303);
    expect((await app.request(...login('ann'))).status).toBe(401);
    expect((await app.request(...login('ann', 'a brand new one'))).status).toBe(303);
  });
});

describe('the nav', () => {
  it('offers Sign in and Sign up to a visitor, and the writer’s name, Settings and Sign out otherwise', async () => {
    const { app } = testApp();
    const visitor = await (await app.request('/events')).text();
    // Each link may start with its (decorative) icon.
    const icon = '(<svg class="icon"[^>]*>.*?</svg>)?';
    expect(visitor).toMatch(new RegExp(`href="/login\\?next=%2Fevents">${icon}Sign in</a>`));
    expect(visitor).toMatch(new RegExp(`href="/signup\\?next=%2Fevents">${icon}Sign up</a>`));
    expect(visitor).not.toContain('>Collection</a>');
    const cookie = await signUp(app, 'ann');
    const writer = await (await app.request('/events', withCookie(cookie))).text();
    expect(writer).toMatch(
      new RegExp(`<a href="/@ann" class="writer-name">${icon}<span class="label">ann</span></a>`),
    );
    expect(writer).toContain('href="/settings"');
    expect(writer).toContain('<form method="post" action="/logout" class="inline">');
    expect(writer).toContain('>Collection</a>');
    expect(writer).not.toContain('>Sign up</a>');
  });
});
