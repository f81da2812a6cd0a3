import { describe, expect, it } from 'vitest';
import { form, HX, makePublic, post, signUp, testApp, withCookie } from '../helpers.ts';

describe('security headers', () => {
  it.each(['/', '/events/promptober-demo', '/nope', '/public/css/app.css', '/login', '/healthz'])(
    '%s has a strict CSP and the other headers',
    async (path) => {
      const { app } = testApp();
      const res = await app.request(path);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('same-origin');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Strict-Transport-Security')).toBeNull();
    },
  );

  it('adds HSTS behind HTTPS', async () => {
    const { app } = testApp();
    const res = await app.request('/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });

  it('pages have no inline script, inline style or htmx event-handler attributes', async () => {
    const { app } = testApp();
    const cookie = await signUp(app, 'ann');
    for (const path of [
      '/',
      '/events/promptober-demo',
      '/pieces/new?event=promptober-demo&day=2',
      '/settings',
    ]) {
      const html = await (await app.request(path, withCookie(cookie))).text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\s(hx-on|on[a-z]+)[:=]/);
    }
  });
});

describe('cross-site posts (CSRF)', () => {
  const attack = (headers: Record<string, string>, type = 'application/x-www-form-urlencoded') => ({
    method: 'POST',
    body: type.includes('json') ? '{}' : new URLSearchParams({ title: 'Forged', words: '1' }),
    headers: { 'Content-Type': type, ...headers },
  });

  it.each([
    [{ Origin: 'https://evil.example' }],
    [{ Origin: 'null' }],
    [{ Origin: 'http://localhost:4000' }],
    [{ 'Sec-Fetch-Site': 'cross-site' }],
    [{ 'Sec-Fetch-Site': 'same-site', Origin: 'http://blog.localhost' }],
  ])('refuses %j with a 403 page, even with a valid session', async (headers) => {
    const { app, count } = testApp();
    const cookie = await signUp(app, 'ann');
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const res = await app.request('/pieces', withCookie(cookie, attack(headers, type)));
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('That form came from another site');
      expect(html).toContain('<html');
    }
    const logout = await app.request('/logout', withCookie(cookie, attack(headers)));
    expect(logout.status).toBe(403);
    expect(count('pieces')).toBe(0);
    expect(count('sessions')).toBe(1);
  });

  it('refuses a cross-site sign-up and sign-in too (login CSRF)', async () => {
    const { app, count } = testApp();
    const res = await app.request(
      '/signup',
      post(form({ username: 'ann', password: 'correct horse battery' })),
    );
    expect(res.status).toBe(303);
    const forged = await app.request('/login', {
      ...post(form({ username: 'ann', password: 'correct horse battery' })),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(count('sessions')).toBe(1);
  });

  it.each([
    [{ Origin: 'http://localhost' }],
    [{ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost' }],
    [{ 'Sec-Fetch-Site': 'same-origin' }],
    [
      {
        Origin: 'https://promptly.example',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'promptly.example',
      },
    ],
    [{}],
  ])('accepts %j', async (headers) => {
    const { app, count } = testApp();
    const cookie = await signUp(app, 'ann');
    const res = await app.request('/pieces', withCookie(cookie, attack(headers)));
    expect(res.status).toBe(303);
    expect(count('pieces')).toBe(1);
  });

  it.each([
    ['Basic', 'Basic YW5uOnByb3h5LXBhc3N3b3Jk'],
    ['a Bearer token beside the cookie', 'Bearer pr_not-what-signs-this-request-in'],
    ['another scheme', 'Digest username="ann"'],
  ])('refuses a cross-site post with Authorization: %s and the session cookie', async (_, authorization) => {
    const { app, count, sqlite } = testApp();
    const cookie = await signUp(app, 'ann');
    const evil = { Origin: 'https://evil.example', Authorization: authorization };
    const same = await app.request('/pieces', withCookie(cookie, attack({})));
    expect(same.status).toBe(303);
    const piece = (same.headers.get('Location') as string).match(/\d+/)?.[0];
    const settings = form({ display_name: 'Forged', time_zone: 'UTC', week_start: '1', email: '' });
    const forged = [
      ['/settings', settings],
      [`/pieces/${piece}/delete`, form({})],
      ['/settings/tokens', form({ token_name: 'Forged' })],
      ['/pieces', new URLSearchParams({ title: 'Forged', words: '1' })],
    ] as const;
    for (const [path, body] of forged) {
      const res = await app.request(
        path,
        withCookie(cookie, { ...post(body), headers: { ...post(body).headers, ...evil } }),
      );
      expect(res.status, path).toBe(403);
    }
    expect(count('pieces')).toBe(1);
    expect(count('api_tokens')).toBe(0);
    expect(sqlite.prepare('select display_name from writers').get()).toEqual({ display_name: 'ann' });
  });

  it('lets a request signed in by a Bearer token alone skip the check (browsers cannot forge one)', async () => {
    const { app, count } = testApp();
    const cookie = await signUp(app, 'ann');
    const made = await app.request(
      '/settings/tokens',
      withCookie(cookie, post(form({ token_name: 'script' }))),
    );
    const token = /value="(pr_[A-Za-z0-9_-]{43})"/.exec(await made.text())?.[1] as string;
    const res = await app.request('/api/v1/pieces', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
      },
      body: JSON.stringify({ title: 'From a script', words: 10, fills: [] }),
    });
    expect(res.status).toBe(201);
    expect(count('pieces')).toBe(1);
  });

  it('answers an htmx cross-site post with the error fragment', async () => {
    const { app } = testApp();
    const cookie = await signUp(app, 'ann');
    const res = await app.request(
      '/pieces',
      withCookie(cookie, attack({ ...HX, Origin: 'https://evil.example' })),
    );
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('<html');
  });
});

describe('what writers type is text', () => {
  const evil = '<img src=x onerror=alert(1)>';

  it('a display name, title, fandom and summary stay text on every page', async () => {
    const { app } = testApp();
    const ann = await signUp(app, 'ann');
    await makePublic(app, ann, evil);
    const res = await app.request(
      '/pieces',
      withCookie(
        ann,
        post(
          form({
            title: evil,
            words: '5',
            fandoms: evil,
            summary: evil,
            event: 'promptober-demo',
            day: '2',
            posted_on: '2025-10-02',
          }),
        ),
      ),
    );
    const location = res.headers.get('Location') as string;
    const bob = await signUp(app, 'bob');
    const paths = [
      location,
      '/pieces',
      '/@ann',
      '/events/promptober-demo',
      '/events/promptober-demo/pieces',
      '/events/promptober-demo/days/2',
      '/settings',
    ];
    for (const cookie of [ann, bob]) {
      for (const path of paths) {
        if (cookie === bob && (path === '/pieces' || path === '/settings')) continue;
        const html = await (await app.request(path, withCookie(cookie))).text();
        expect(html, path).not.toContain('<img src=x');
        expect(html, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
      }
    }
  });
});

describe('errors', () => {
  it('never show a stack trace or SQL', async () => {
    const { app, sqlite } = testApp();
    const cookie = await signUp(app, 'ann');
    sqlite.exec('drop table writer_fandoms');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await app.request('/pieces', withCookie(cookie));
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain('Something went wrong');
      expect(html).not.toMatch(/writer_fandoms|select|at \w+ \(/i);
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
  });
});
