import { describe, expect, it } from 'vitest';
import { digest } from '../../src/auth/secrets.ts';
import { form, HX, post, signUp, testWriterApp, withCookie } from '../helpers.ts';

const TOKEN = /value="(pr_[A-Za-z0-9_-]{43})"/;

type Request = (path: string, init?: RequestInit) => Response | Promise<Response>;

async function createOne(request: Request, name = 'My script') {
  const res = await request('/settings/tokens', post(form({ token_name: name })));
  expect(res.status).toBe(200);
  const html = await res.text();
  const token = TOKEN.exec(html)?.[1] as string;
  expect(token).toBeDefined();
  return { res, html, token };
}

const api = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('API tokens in settings', () => {
  it('creates a named token, shows it once with a warning, and stores only its digest', async () => {
    const { app, request, sqlite } = await testWriterApp();
    const { res, html, token } = await createOne(request);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('readonly');
    expect(html).toContain('shown only this once');
    expect(html).toContain('My script');
    const rows = sqlite.prepare('select name, token_hash from api_tokens').all();
    expect(rows).toEqual([{ name: 'My script', token_hash: digest(token) }]);
    expect(sqlite.serialize().includes(Buffer.from(token))).toBe(false);
    expect((await app.request('/api/v1/me/pieces', api(token))).status).toBe(200);

    const later = await (await request('/settings/tokens')).text();
    expect(later).toContain('My script');
    expect(later).not.toContain(token);
  });

  it('answers htmx with the section alone', async () => {
    const { request } = await testWriterApp();
    const res = await request('/settings/tokens', post(form({ token_name: 'Sync' }), true));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<section id="tokens"')).toBe(true);
    expect(html).toMatch(TOKEN);
  });

  it('lists name, created and last used', async () => {
    const { app, request } = await testWriterApp();
    const { token } = await createOne(request, 'Phone app');
    expect(await (await request('/settings/tokens')).text()).toMatch(/Phone app[\s\S]*never/);
    await app.request('/api/v1/me/pieces', api(token));
    const html = await (await request('/settings/tokens')).text();
    expect(html).toContain('datetime="2025-10-02T12:00:00.000Z"');
    expect(html).not.toMatch(/>never</);
  });

  it('refuses an empty or overlong name with 422, keeping what was typed', async () => {
    const { request, count } = await testWriterApp();
    for (const name of ['', '   ', 'x'.repeat(101), 'tab\there']) {
      const res = await request('/settings/tokens', post(form({ token_name: name }), true));
      expect(res.status, name).toBe(422);
      const html = await res.text();
      expect(html).toContain('field-error');
      expect(html).not.toMatch(TOKEN);
    }
    expect(count('api_tokens')).toBe(0);
  });

  it('revokes a token, which then stops working', async () => {
    const { app, request, sqlite, count } = await testWriterApp();
    const { token } = await createOne(request);
    const { id } = sqlite.prepare('select id from api_tokens').get() as { id: number };
    const res = await request(`/settings/tokens/${id}/revoke`, post(form({})));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/settings#tokens');
    expect(count('api_tokens')).toBe(0);
    expect((await app.request('/api/v1/me/pieces', api(token))).status).toBe(401);
    expect((await request(`/settings/tokens/${id}/revoke`, post(form({})))).status).toBe(404);
  });

  it('answers an htmx revoke with the updated section', async () => {
    const { request, sqlite } = await testWriterApp();
    await createOne(request, 'Old');
    await createOne(request, 'Keep');
    const { id } = sqlite.prepare("select id from api_tokens where name = 'Old'").get() as { id: number };
    const res = await request(`/settings/tokens/${id}/revoke`, { method: 'POST', headers: HX });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<section id="tokens"')).toBe(true);
    expect(html).toContain('Keep');
    expect(html).not.toContain('Old');
  });

  it('will not revoke another writer’s token, and needs a session', async () => {
    const { app, request, sqlite, count } = await testWriterApp();
    await createOne(request);
    const { id } = sqlite.prepare('select id from api_tokens').get() as { id: number };
    const other = await signUp(app, 'bob');
    const res = await app.request(`/settings/tokens/${id}/revoke`, withCookie(other, post(form({}))));
    expect(res.status).toBe(404);
    expect(count('api_tokens')).toBe(1);
    const anonymous = await app.request('/settings/tokens', post(form({ token_name: 'x' })));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toMatch(/^\/login/);
    expect(count('api_tokens')).toBe(1);
  });
});
