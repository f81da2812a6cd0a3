import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type ApiToken, apiTokens, type Writer, writers } from '../../db/schema.ts';
import { digest, newSecret } from '../auth/secrets.ts';

/** A token as its owner sees it listed: never the secret. */
export type TokenSummary = Pick<ApiToken, 'id' | 'name' | 'createdAt' | 'lastUsedAt'>;

/** How stale last_used_at may get before a request writes it again. */
const TOUCH_EVERY_MS = 60_000;

/** Creates a named token for a writer; answers the plain token (shown once) and its row id. */
export function createToken(db: Db, writerId: number, name: string): { id: number; token: string } {
  const token = newSecret('pr_');
  const { id } = db
    .insert(apiTokens)
    .values({ writerId, name, tokenHash: digest(token) })
    .returning({ id: apiTokens.id })
    .get();
  return { id, token };
}

/** A writer's tokens, newest first. */
export function listTokens(db: Db, writerId: number): TokenSummary[] {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.writerId, writerId))
    .orderBy(desc(apiTokens.id))
    .all();
}

/** Deletes one of the writer's tokens; false when it is not theirs or already gone. */
export function revokeToken(db: Db, writerId: number, tokenId: number): boolean {
  const result = db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.writerId, writerId)))
    .run();
  return result.changes > 0;
}

// Every API request looks its token up, so the statement is prepared once per database.
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();
function prepareLookup(db: Db) {
  return db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, writer: writers })
    .from(apiTokens)
    .innerJoin(writers, eq(writers.id, apiTokens.writerId))
    .where(eq(apiTokens.tokenHash, sql.placeholder('hash')))
    .prepare();
}

/** The writer a plain token belongs to (looked up by its digest), or undefined. */
export function writerByToken(
  db: Db,
  token: string,
): { writer: Writer; tokenId: number; lastUsedAt: string | null } | undefined {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  return lookup.get({ hash: digest(token) });
}

/** Records that a token was used at `at`, unless `lastUsedAt` (its stored value) is under a minute old. */
export function touchToken(db: Db, tokenId: number, lastUsedAt: string | null, at: Date): void {
  // Checked here first so that most API requests do not write at all.
  const staleBefore = new Date(at.getTime() - TOUCH_EVERY_MS).toISOString();
  if (lastUsedAt !== null && lastUsedAt >= staleBefore) return;
  db.update(apiTokens).set({ lastUsedAt: at.toISOString() }).where(eq(apiTokens.id, tokenId)).run();
}
