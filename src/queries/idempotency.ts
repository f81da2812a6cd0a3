import { and, eq, lt } from 'drizzle-orm';
import type { DateTime } from 'luxon';
import type { Db } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import { IDEMPOTENCY_HOURS } from '../domain/idempotency.ts';

/** An answer to a creating request: its status and body (JSON for the API; for a form, the page it led to). */
export type Answer = { status: number; body: string };

/** A writer's claim on a key: the key (namespaced, `api:…` or `form:…`), the request's hash, and the clock. */
export type Claim = { writerId: number; key: string; requestHash: string; now: DateTime };

/** What answerOnce did: answered anew, replayed the stored answer, or found the key used by another request. */
export type Outcome = { kind: 'new' | 'replayed'; answer: Answer } | { kind: 'conflict' };

const iso = (t: DateTime) => t.toUTC().toISO() as string;
const expiry = (now: DateTime) => iso(now.minus({ hours: IDEMPOTENCY_HOURS }));

/**
 * Runs `attempt` in one transaction with the check and the record of the claim's key, so a crash
 * cannot keep one without the other: the key's unexpired answer is replayed when the request is the
 * same, refused (`conflict`) when it is another; otherwise `attempt` answers, and its answer is kept
 * for the key when it says `keep` (a success; refusals are not kept, so a corrected retry may use
 * the key). Without a claim, `attempt` simply runs in a transaction.
 */
export function answerOnce(
  db: Db,
  claim: Claim | undefined,
  attempt: () => Answer & { keep: boolean },
): Outcome {
  return db.transaction((): Outcome => {
    if (!claim) return { kind: 'new', answer: attempt() };
    const mine = and(eq(idempotencyKeys.writerId, claim.writerId), eq(idempotencyKeys.key, claim.key));
    // Expired answers (the writer's, any key) go first: an expired key is free again.
    db.delete(idempotencyKeys)
      .where(
        and(eq(idempotencyKeys.writerId, claim.writerId), lt(idempotencyKeys.createdAt, expiry(claim.now))),
      )
      .run();
    const found = db.select().from(idempotencyKeys).where(mine).get();
    if (found) {
      if (found.requestHash !== claim.requestHash) return { kind: 'conflict' };
      return { kind: 'replayed', answer: { status: found.status, body: found.body } };
    }
    const { keep, ...answer } = attempt();
    if (keep)
      db.insert(idempotencyKeys)
        .values({
          writerId: claim.writerId,
          key: claim.key,
          requestHash: claim.requestHash,
          ...answer,
          createdAt: iso(claim.now),
        })
        .run();
    return { kind: 'new', answer };
  });
}
