import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { formLimitsOnly } from '../../src/auth/form-limits.ts';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../src/auth/headers.ts';
import { utf8BodiesOnly } from '../../src/auth/utf8.ts';
import { FORM_LIMITS } from '../../src/domain/form-fields.ts';

const app = new Hono();
app.use(securityHeaders);
app.use(utf8BodiesOnly((c) => c.text('not UTF-8', 400)));
app.use(formLimitsOnly((c, message) => c.text(message, 413)));
app.all('/', async (c) => c.text(`read ${(await c.req.arrayBuffer()).byteLength}`));
app.get('/card', (c) => {
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  return c.text('card');
});

const BAD_UTF8 = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);

async function post(type: string, body: BodyInit, method = 'POST') {
  const res = await app.request('/', { method, headers: { 'Content-Type': type }, body });
  return { status: res.status, text: await res.text() };
}

describe('bodies read as text are valid UTF-8', () => {
  it('refuses JSON, a form or text/* that is not, in any case of its type', async () => {
    for (const type of [
      'application/json',
      ' Application/JSON; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
    ])
      expect((await post(type, BAD_UTF8)).status, type).toBe(400);
  });

  it('refuses a form whose percent-escapes decode to invalid UTF-8', async () => {
    expect((await post('application/x-www-form-urlencoded', 'title=%FF')).status).toBe(400);
    expect((await post('application/x-www-form-urlencoded', 'title=%C3%A9')).status).toBe(200);
    expect((await post('application/json', '{"t":"%FF"}')).status).toBe(200);
  });

  it('lets other bodies and valid ones through to the handler, which can still read them', async () => {
    expect(await post('application/octet-stream', BAD_UTF8)).toEqual({ status: 200, text: 'read 5' });
    expect(await post('application/json', '{"t":"é"}', 'PATCH')).toEqual({ status: 200, text: 'read 10' });
  });
});

describe('form posts are capped before they are parsed', () => {
  it('refuses a field repeated past the cap, naming it, and accepts one at the cap', async () => {
    const form = (n: number) => Array.from({ length: n }, () => 'day=1').join('&');
    const over = await post('application/x-www-form-urlencoded', form(FORM_LIMITS.repeats + 1));
    expect(over.status).toBe(413);
    expect(over.text).toContain('day');
    expect((await post('application/x-www-form-urlencoded', form(FORM_LIMITS.repeats))).status).toBe(200);
  });

  it('caps multipart forms too, but not JSON', async () => {
    const body = new FormData();
    for (let i = 0; i <= FORM_LIMITS.repeats; i++) body.append('day', '1');
    const res = await app.request('/', { method: 'POST', body });
    expect(res.status).toBe(413);
    const json = JSON.stringify(Array.from({ length: FORM_LIMITS.repeats + 1 }, () => ({ day: 1 })));
    expect((await post('application/json', json)).status).toBe(200);
  });
});

describe('security headers', () => {
  it('send the CSP, nosniff, no framing and the referrer policy on every answer, HSTS over HTTPS only', async () => {
    const plain = await app.request('/');
    expect(plain.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(plain.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(Object.keys(CONTENT_SECURITY_POLICY)).toContain('objectSrc');
    expect(plain.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(plain.headers.get('X-Frame-Options')).toBe('DENY');
    expect(plain.headers.get('Referrer-Policy')).toBe('same-origin');
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
    const https = await app.request('/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(https.headers.get('Strict-Transport-Security')).toBe('max-age=15552000');
  });

  it("keep an answer's own Cross-Origin-Resource-Policy, and the same-origin default otherwise", async () => {
    expect((await app.request('/card')).headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect((await app.request('/')).headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });
});
