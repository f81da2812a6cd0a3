import type { Context } from 'hono';
import { type AppEnv, signedIn } from '../context.ts';
import { isSubmissionToken, newSubmissionToken, requestHash } from '../domain/idempotency.ts';
import { answerOnce } from '../queries/idempotency.ts';

/** A creating form's submission token: the one it posted when well formed, else a fresh one. */
export function submissionOf(posted: string | undefined): string {
  return posted !== undefined && isSubmissionToken(posted) ? posted : newSubmissionToken();
}

/** What a creating form's save did: made something at `location`, or was refused (kept by the caller). */
export type Made<T> = { ok: true; location: string } | { ok: false; refused: T };

/**
 * Runs `create` once per form submission: a post with the same token and the same `values` as an
 * earlier one that made something (a double click, a resent form) answers that post's location and
 * saves nothing. The check, `create` and the token's record are one transaction; a refused save
 * records nothing. Another post with the token but other values (Back, edit, save again) creates
 * anew.
 */
export function createOnce<T>(
  c: Context<AppEnv>,
  submission: string,
  values: unknown,
  create: () => Made<T>,
): Made<T> {
  const { db, now } = c.get('deps');
  const hash = requestHash(c.req.method, c.req.path, JSON.stringify(values));
  const claim = {
    writerId: signedIn(c).id,
    key: `form:${submission}:${hash}`,
    requestHash: hash,
    now: now(),
  };
  const box: { refused?: Made<T> } = {};
  const outcome = answerOnce(db, claim, () => {
    const made = create();
    if (made.ok) return { status: 303, body: made.location, keep: true };
    box.refused = made;
    return { status: 422, body: '', keep: false };
  });
  if (box.refused) return box.refused;
  // The key holds the hash, so other values cannot claim it: there is no conflict to answer.
  if (outcome.kind === 'conflict') throw new Error('a form submission key was reused with other values');
  return { ok: true, location: outcome.answer.body };
}
