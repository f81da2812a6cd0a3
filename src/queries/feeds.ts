import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Event, events, type Writer, writers } from '../../db/schema.ts';
import { digest, newSecret } from '../auth/secrets.ts';
import { perDatabase } from './prepared.ts';

const newest = perDatabase((db) =>
  db.select().from(events).where(eq(events.hidden, false)).orderBy(desc(events.id)).limit(50).prepare(),
);

/** The 50 events created last (newest first), hidden ones left out: the new-events feed. */
export function newestEvents(db: Db): Event[] {
  return newest(db).all();
}

/** The writer whose private calendar feed secret is `secret`, or null (never a guess by prefix). */
export function writerByFeedSecret(db: Db, secret: string): Writer | null {
  if (secret.length < 20 || secret.length > 100) return null;
  return (
    db
      .select()
      .from(writers)
      .where(eq(writers.feedSecretHash, digest(secret)))
      .get() ?? null
  );
}

/** Gives the writer a new private feed secret (the old address stops working) and answers it, once. */
export function renewFeedSecret(db: Db, writerId: number): string {
  const secret = newSecret('pf_');
  db.update(writers)
    .set({ feedSecretHash: digest(secret) })
    .where(eq(writers.id, writerId))
    .run();
  return secret;
}

/** Revokes the writer's private feed: its address answers "not found" from now on. */
export function revokeFeedSecret(db: Db, writerId: number): void {
  db.update(writers).set({ feedSecretHash: null }).where(eq(writers.id, writerId)).run();
}
