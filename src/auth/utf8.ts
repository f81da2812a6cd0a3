import type { Context, MiddlewareHandler } from 'hono';
import { isUtf8Body } from '../domain/utf8.ts';

// Bodies read as text: JSON, URL-encoded forms and text/*. Multipart bodies may carry any file.
const TEXT_BODY = /^\s*(application\/(json|x-www-form-urlencoded)|text\/)/i;

/** Refuses with `refuse(c)` (a 400) a JSON, form or text body that is not valid UTF-8, before any handler reads it. */
export function utf8BodiesOnly(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    // GET and HEAD carry no body: one sent with them never reaches Hono.
    if (TEXT_BODY.test(type)) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!isUtf8Body(bytes, /urlencoded/i.test(type))) return refuse(c);
    }
    await next();
  };
}
