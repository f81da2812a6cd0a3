import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sameOriginOnly } from '../../src/auth/csrf.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';

const app = new Hono();
app.use(sameOriginOnly((c) => c.text('refused', 403)));
app.all('/', (c) => c.text('ok'));

/** The status of a request to http://localhost/ (app.request's own origin) with these headers. */
async function status(method: string, headers: Record<string, string> = {}): Promise<number> {
  return (await app.request('/', { method, headers })).status;
}

const ELSEWHERE = { Origin: 'https://evil.example' };

describe('the same-origin check on state-changing requests', () => {
  it('lets reads through from anywhere', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(await status(method, ELSEWHERE)).toBe(200);
  });

  it('refuses a post, put, patch or delete from another origin', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(await status(method, ELSEWHERE)).toBe(403);
  });

  it("accepts this site's own origin, and a request no browser sent (no Origin, no Sec-Fetch-Site)", async () => {
    expect(await status('POST', { Origin: 'http://localhost' })).toBe(200);
    expect(await status('POST')).toBe(200);
  });

  it('trusts Sec-Fetch-Site: same-origin, and refuses any other site the browser names', async () => {
    expect(await status('POST', { 'Sec-Fetch-Site': 'same-origin' })).toBe(200);
    expect(await status('POST', { 'Sec-Fetch-Site': 'cross-site' })).toBe(403);
    expect(await status('POST', { 'Sec-Fetch-Site': 'same-site' })).toBe(403);
    expect(await status('POST', { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://localhost' })).toBe(200);
  });

  it('skips the check for a Bearer token alone, in any case, but not beside the session cookie', async () => {
    expect(await status('POST', { ...ELSEWHERE, Authorization: 'Bearer pt_x' })).toBe(200);
    expect(await status('POST', { ...ELSEWHERE, Authorization: 'bearer pt_x' })).toBe(200);
    const withCookie = { ...ELSEWHERE, Authorization: 'Bearer pt_x', Cookie: `${SESSION_COOKIE}=s` };
    expect(await status('POST', withCookie)).toBe(403);
  });

  it('does not skip it for other Authorization schemes (Basic, added by a proxy) or a bare word', async () => {
    expect(await status('POST', { ...ELSEWHERE, Authorization: 'Basic dXNlcjpwYXNz' })).toBe(403);
    expect(await status('POST', { ...ELSEWHERE, Authorization: 'Bearer' })).toBe(403);
    expect(await status('POST', { ...ELSEWHERE, Authorization: 'xBearer pt_x' })).toBe(403);
  });

  it('accepts the origin a proxy in front reports (the first entry of each forwarded header)', async () => {
    const proxied = {
      'X-Forwarded-Proto': 'https, http',
      'X-Forwarded-Host': 'promptly.example, inner:3000',
    };
    expect(await status('POST', { ...proxied, Origin: 'https://promptly.example' })).toBe(200);
    expect(await status('POST', { ...proxied, Origin: 'http://localhost' })).toBe(200);
    expect(await status('POST', { ...proxied, Origin: 'https://inner:3000' })).toBe(403);
    expect(await status('POST', { ...proxied, Origin: 'http://promptly.example' })).toBe(403);
  });

  it('trims the spaces around each forwarded entry', async () => {
    const spaced = { 'X-Forwarded-Proto': 'https , http', 'X-Forwarded-Host': 'promptly.example , inner' };
    expect(await status('POST', { ...spaced, Origin: 'https://promptly.example' })).toBe(200);
  });

  it("takes the request's own host when the proxy reports only the scheme", async () => {
    const proto = { 'X-Forwarded-Proto': ' https ' };
    expect(await status('POST', { ...proto, Origin: 'https://localhost' })).toBe(200);
    expect(await status('POST', { ...proto, Origin: 'https://promptly.example' })).toBe(403);
    expect(
      await status('POST', { 'X-Forwarded-Host': 'promptly.example', Origin: 'https://promptly.example' }),
    ).toBe(403);
  });
});
