import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Writer } from '../../db/schema.ts';
import { requireWriter } from '../../src/auth/guards.ts';
import type { AppEnv } from '../../src/context.ts';

/** An app whose /page needs a writer; `signedIn` sets one. */
function app(signedIn: boolean) {
  const a = new Hono<AppEnv>();
  a.use(async (c, next) => {
    c.set('writer', signedIn ? ({ id: 1, username: 'ann' } as Writer) : null);
    await next();
  });
  a.on(['GET', 'HEAD', 'POST'], '/page', requireWriter, (c) => c.text('the page'));
  return a;
}

async function visit(method: string, url: string, headers: Record<string, string> = {}) {
  const res = await app(false).request(url, { method, headers });
  return { status: res.status, location: res.headers.get('Location'), hx: res.headers.get('HX-Redirect') };
}

describe('pages that need a signed-in writer', () => {
  it('let a writer through', async () => {
    const res = await app(true).request('/page?x=1');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('the page');
  });

  it('send a visitor to sign in, coming back to the page asked for', async () => {
    expect(await visit('GET', '/page?x=1')).toEqual({
      status: 303,
      location: '/login?next=%2Fpage%3Fx%3D1',
      hx: null,
    });
    expect((await visit('HEAD', '/page')).location).toBe('/login?next=%2Fpage');
  });

  it('for htmx, answer HX-Redirect to sign in, coming back to the page the visitor is on', async () => {
    const hx = { 'HX-Request': 'true' };
    expect(
      await visit('GET', '/page', { ...hx, 'HX-Current-URL': 'http://localhost/events/x?day=2' }),
    ).toEqual({
      status: 204,
      location: null,
      hx: '/login?next=%2Fevents%2Fx%3Fday%3D2',
    });
    expect((await visit('GET', '/page', hx)).hx).toBe('/login?next=%2Fpage');
    expect((await visit('GET', '/page', { ...hx, 'HX-Current-URL': 'https://evil.example/x' })).hx).toBe(
      '/login',
    );
    expect((await visit('POST', '/page', { ...hx, Referer: 'http://localhost/pieces/new' })).hx).toBe(
      '/login?next=%2Fpieces%2Fnew',
    );
  });

  it("after a form post, come back to the form's page, if it is on this site", async () => {
    expect((await visit('POST', '/page', { Referer: 'http://localhost/pieces/new?day=3' })).location).toBe(
      '/login?next=%2Fpieces%2Fnew%3Fday%3D3',
    );
    expect((await visit('POST', '/page', { Referer: 'https://evil.example/pieces/new' })).location).toBe(
      '/login',
    );
    expect((await visit('POST', '/page', { Referer: 'http://[' })).location).toBe('/login');
    expect((await visit('POST', '/page')).location).toBe('/login');
  });
});
