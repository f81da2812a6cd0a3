import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from '../auth/session.ts';

/** The cookie that carries what a form did to the page its redirect leads to. */
export const FLASH_COOKIE = 'promptly_flash';

/** Keeps `message` ("Saved “Frostbite” for Day 2.") for the next page shown, for at most a minute. */
export function flash(c: Context, message: string): void {
  setCookie(c, FLASH_COOKIE, message.slice(0, 300), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: 60,
  });
}

/** The message a redirect left for this page, once: it is cleared as it is read. */
export function takeFlash(c: Context): string | undefined {
  const message = getCookie(c, FLASH_COOKIE);
  if (message === undefined) return undefined;
  deleteCookie(c, FLASH_COOKIE, { path: '/', secure: isHttps(c) });
  return message || undefined;
}
