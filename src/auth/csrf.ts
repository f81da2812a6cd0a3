import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './session.ts';

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;

/** The origins this request may come from: its own URL's, and the one a proxy in front reports. */
function ownOrigins(c: Context): string[] {
  const url = new URL(c.req.url);
  const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
  const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim() ?? url.host;
  return proto ? [url.origin, `${proto}://${host}`] : [url.origin];
}

/**
 * Whether the request can only be signed in by an API token: `Authorization: Bearer` and no session
 * cookie. A page cannot make a browser add a Bearer header cross-site (that needs CORS), so such a
 * request is no forgery; any other Authorization (Basic, which browsers add by themselves behind a
 * password-protected proxy) or a session cookie beside it leaves the request to the origin check.
 */
function tokenOnly(c: Context): boolean {
  return /^Bearer /i.test(c.req.header('Authorization') ?? '') && getCookie(c, SESSION_COOKIE) === undefined;
}

/** Whether a state-changing request was sent by one of this site's own pages, as far as the browser says. */
export function isSameOrigin(c: Context): boolean {
  if (SAFE_METHOD.test(c.req.method)) return true;
  if (tokenOnly(c)) return true;
  const site = c.req.header('Sec-Fetch-Site');
  if (site === 'same-origin') return true;
  const origin = c.req.header('Origin');
  if (origin !== undefined) return ownOrigins(c).includes(origin);
  // No Origin and no Sec-Fetch-Site: not a current browser (curl, the CLI, tests). A browser that
  // sends neither is also kept safe by the SameSite=Lax session cookie, which it drops on cross-site posts.
  return site === undefined;
}

/**
 * CSRF protection for every POST/PUT/PATCH/DELETE, whatever its content type: refused with
 * `refuse(c)` (a 403) when the browser says it came from another origin (Origin or Sec-Fetch-Site).
 */
export function sameOriginOnly(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    if (!isSameOrigin(c)) return refuse(c);
    await next();
  };
}
