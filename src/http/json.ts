import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import type { FieldErrors } from '../domain/piece-input.ts';

/** Largest JSON body the API reads (a pasted story or an AO3 page fits). */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/** An API error answer: `{ error, fields? }` with a 4xx status. */
export function apiError(
  c: Context<AppEnv>,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
  error: string,
  fields?: FieldErrors,
) {
  return c.json(fields ? { error, fields } : { error }, status);
}

/** Reads a JSON object body; answers 415 for another content type and 400 for malformed JSON or a non-object. */
export async function readJsonObject(
  c: Context<AppEnv>,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, response: apiError(c, 415, 'Send JSON with Content-Type: application/json.') };
  }
  let body: unknown;
  let protoKey = false;
  try {
    body = JSON.parse(await c.req.text(), (key, value) => {
      protoKey ||= key === '__proto__';
      return value;
    });
  } catch {
    return { ok: false, response: apiError(c, 400, 'The body is not valid JSON.') };
  }
  // A "__proto__" key is no field of anything here, and code reading the object could trip on it.
  if (protoKey)
    return { ok: false, response: apiError(c, 400, 'The body must not use the key "__proto__".') };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, response: apiError(c, 400, 'The body must be a JSON object.') };
  }
  return { ok: true, value: body as Record<string, unknown> };
}

/** The answer when the parse pool did not parse a text: 503 (with Retry-After) when busy, 422 when too slow. */
export function parseRefused(c: Context<AppEnv>, refused: { status: 422 | 503; error: string }) {
  if (refused.status === 503) c.header('Retry-After', '2');
  return c.json({ error: refused.error }, refused.status);
}
