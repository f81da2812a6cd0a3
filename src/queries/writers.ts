import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, sqliteErrorOf } from '../../db/client.ts';
import { pieces, type Writer, writers } from '../../db/schema.ts';
import type { AccountSettings } from '../domain/account.ts';

const sameName = (username: string) => sql`lower(${writers.username}) = lower(${username})`;

/** The writer with this username (any case), or undefined. */
export function findWriterByUsername(db: Db, username: string): Writer | undefined {
  return db.select().from(writers).where(sameName(username)).get();
}

/** The writer with this id, or undefined. */
export function findWriter(db: Db, id: number): Writer | undefined {
  return db.select().from(writers).where(eq(writers.id, id)).get();
}

/** Whether any writer can sign in yet (has a password). */
export function hasAccounts(db: Db): boolean {
  return (
    db.select({ id: writers.id }).from(writers).where(isNotNull(writers.passwordHash)).limit(1).get() !==
    undefined
  );
}

/** A new account: the username as typed, the scrypt hash, and optional email and time zone. */
export type NewWriter = {
  username: string;
  passwordHash: string;
  email?: string | null;
  displayName?: string;
  timeZone?: string;
};

/**
 * Creates an account in one transaction; the first account is the instance's admin. The first
 * account also takes over the password-less writer of the single-writer version, if it has
 * pieces, so they are kept. Usernames are unique whatever their case: the database's unique index
 * on lower(username) refuses a clash (answered as 'taken'), even from another process at once.
 */
export function registerWriter(
  db: Db,
  input: NewWriter,
): { ok: true; writer: Writer; tookOver: boolean } | { ok: false; error: 'taken' } {
  try {
    return db.transaction((tx) => {
      const first = !hasAccounts(tx as unknown as Db);
      const legacy = first
        ? tx
            .select({ id: writers.id })
            .from(writers)
            .where(
              and(
                isNull(writers.passwordHash),
                sql`exists (select 1 from ${pieces} where ${pieces.writerId} = ${writers.id})`,
              ),
            )
            .orderBy(asc(writers.id))
            .limit(1)
            .get()
        : undefined;
      const values = {
        username: input.username,
        displayName: input.displayName ?? input.username,
        email: input.email ?? null,
        passwordHash: input.passwordHash,
        timeZone: input.timeZone ?? 'UTC',
        isAdmin: first,
      };
      const writer = legacy
        ? tx.update(writers).set(values).where(eq(writers.id, legacy.id)).returning().get()
        : tx.insert(writers).values(values).returning().get();
      return { ok: true as const, writer: writer as Writer, tookOver: legacy !== undefined };
    });
  } catch (err) {
    if (sqliteErrorOf(err)?.code === 'SQLITE_CONSTRAINT_UNIQUE') return { ok: false, error: 'taken' };
    throw err;
  }
}

/** Saves a writer's settings. */
export function updateSettings(db: Db, writerId: number, settings: AccountSettings): void {
  db.update(writers).set(settings).where(eq(writers.id, writerId)).run();
}

/** Replaces a writer's password hash. */
export function setPasswordHash(db: Db, writerId: number, passwordHash: string): void {
  db.update(writers).set({ passwordHash }).where(eq(writers.id, writerId)).run();
}

/** Replaces a writer's squick list (checked entries, one a line). */
export function setSquickWords(db: Db, writerId: number, entries: string[]): void {
  db.update(writers)
    .set({ squickWords: entries.join('\n') })
    .where(eq(writers.id, writerId))
    .run();
}
