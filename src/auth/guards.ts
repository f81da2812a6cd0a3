import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, writerOf } from '../context.ts';
import { loginPath } from '../domain/account.ts';

/** The path of `address` if it is on this site (`base`'s host), else `/`. */
function localPath(address: string | undefined, base: URL): string {
  if (!address) return '/';
  try {
    const url = new URL(address, base);
    return url.host === base.host ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}

/** The page to come back to after signing in: this page for a GET, the page the form was on otherwise. */
function comeBackTo(c: Context): string {
  const url = new URL(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    // For htmx, the page the visitor is on (a fragment's address is not a page).
    if (c.req.header('HX-Request') === 'true')
      return localPath(c.req.header('HX-Current-URL') ?? c.req.url, url);
    return url.pathname + url.search;
  }
  return localPath(c.req.header('Referer'), url);
}

/** Sends a visitor to the sign-in page (303, or HX-Redirect for htmx), coming back to where they were. */
export function redirectToLogin(c: Context) {
  const location = loginPath(comeBackTo(c));
  if (c.req.header('HX-Request') === 'true') {
    c.header('HX-Redirect', location);
    return c.body(null, 204);
  }
  return c.redirect(location, 303);
}

/**
 * Guard for pages and forms that need a signed-in writer: lets the request through (read the
 * writer with `signedIn(c)`), or redirects a visitor to `/login?next=<this page>`.
 */
export const requireWriter: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!writerOf(c)) return redirectToLogin(c);
  await next();
};
