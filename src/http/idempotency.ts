import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { idempotencyKeyError, requestHash } from '../domain/idempotency.ts';
import type { Claim, Outcome } from '../queries/idempotency.ts';
import { apiError } from './json.ts';

const KEY_REUSED =
  'This Idempotency-Key was already used for a different request; use a new key for each new request.';

/**
 * The writer's claim on the request's `Idempotency-Key` (undefined without the header), hashed with
 * the method, path and body as sent; a malformed key answers 400. Read the body before calling.
 */
export async function idempotencyClaim(
  c: Context<AppEnv>,
  writerId: number,
): Promise<{ ok: true; claim: Claim | undefined } | { ok: false; response: Response }> {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return { ok: true, claim: undefined };
  const problem = idempotencyKeyError(key);
  if (problem) return { ok: false, response: apiError(c, 400, problem) };
  const hash = requestHash(c.req.method, c.req.path, await c.req.text());
  return { ok: true, claim: { writerId, key: `api:${key}`, requestHash: hash, now: c.get('deps').now() } };
}

/** An answer for answerOnce: a status, a JSON body, and whether the key keeps it (successes only). */
export const jsonAnswer = (status: number, value: unknown, keep: boolean) => ({
  status,
  body: JSON.stringify(value),
  keep,
});

/** Sends answerOnce's outcome: its JSON answer (marked `Idempotent-Replayed` when replayed), or 422 for a reused key. */
export function sendOutcome(c: Context<AppEnv>, outcome: Outcome, location?: (body: string) => string) {
  if (outcome.kind === 'conflict') return apiError(c, 422, KEY_REUSED);
  const { status, body } = outcome.answer;
  if (status === 201 && location) c.header('Location', location(body));
  if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
  return c.body(body, status as 201, { 'Content-Type': 'application/json' });
}
