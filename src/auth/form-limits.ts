import type { Context, MiddlewareHandler } from 'hono';
import { formLimitProblem } from '../domain/form-fields.ts';

const FORM_BODY = /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * Refuses with `refuse(c, message)` (a 413) a form post with more fields, or one field more often,
 * than FORM_LIMITS allows: counted on the bytes, before anything parses the form.
 */
export function formLimitsOnly(
  refuse: (c: Context, message: string) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    // Only a form's bytes are read (GET and HEAD carry none: a body sent with one never reaches Hono).
    if (FORM_BODY.test(type)) {
      const problem = formLimitProblem(new Uint8Array(await c.req.arrayBuffer()), type);
      if (problem) return refuse(c, problem);
    }
    await next();
  };
}
