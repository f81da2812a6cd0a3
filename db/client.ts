import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';
import { bulkLoad } from './summaries.ts';

/** The drizzle database the app and its queries use. */
export type Db = BetterSQLite3Database<typeof schema>;

/** The folder of committed drizzle-kit migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/** The better-sqlite3 connection under a drizzle database (drizzle keeps it as `$client`). */
export function sqliteOf(db: Db): Database.Database {
  return (db as Db & { $client: Database.Database }).$client;
}

/** The SQLite error behind `err` (drizzle wraps it as the cause of its own), or undefined. */
export function sqliteErrorOf(err: unknown): { code: string; message: string } | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return { code, message: e.message };
  }
  return undefined;
}

/** Turns `DATABASE_URL` (a path, a `file:` URL or `:memory:`) into a better-sqlite3 filename. */
export function databasePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('file:')) return url.slice('file:'.length);
  return url;
}

/** Opens (creating if needed) the SQLite file with Promptly's pragmas; does not migrate. */
export function openDatabase(url: string): { db: Db; sqlite: Database.Database } {
  const path = databasePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers run beside the single writer. synchronous = FULL syncs the WAL at every
  // commit, so a piece acknowledged to its writer survives a power loss or an OS crash too, not
  // only a crash of the server (all NORMAL promises in WAL mode: it may drop the commits since the
  // last checkpoint). The cost, one fsync per write transaction (about 2 ms here), is nothing for
  // a tracker whose writers log a few pieces a day; reads are unaffected.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  reuseStatements(sqlite);
  return { db: writingFirst(drizzle(sqlite, { schema })), sqlite };
}

/**
 * Makes every transaction of `db` immediate unless it asks otherwise: it takes the write lock at
 * BEGIN, waiting out another process's write within the busy timeout. A deferred transaction
 * reads first on a snapshot, and when it then writes after another process (PROMPTLY_WORKERS > 1,
 * the CLI beside the server) committed since, SQLite refuses the write at once as busy
 * (SQLITE_BUSY_SNAPSHOT: the busy timeout cannot help), which failed about one post in a hundred
 * in the two-worker rush. A nested call is a savepoint inside its outer transaction, as before.
 */
function writingFirst(db: Db): Db {
  const begin = db.transaction.bind(db);
  db.transaction = ((run, config) => begin(run, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/** How many distinct statements a connection keeps compiled (the app's queries are a few hundred). */
const STATEMENTS_KEPT = 1000;

/**
 * Keeps each statement compiled once per connection: drizzle prepares every query it runs anew,
 * and SQLite compiles a table's triggers into each statement that writes it, so a fill's insert
 * took about 0.9 ms to compile against 0.05 ms to run. A statement handed out again is put back in
 * its default modes first (drizzle turns raw on for some reads; the CLI plucks). Kept
 * statements are least-recently-used and at most STATEMENTS_KEPT.
 */
function reuseStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const found = kept.get(source);
    if (found && !found.busy) {
      kept.delete(source);
      kept.set(source, found);
      if (found.reader) found.raw(false).pluck(false).expand(false);
      return found;
    }
    const statement = compile(source);
    kept.set(source, statement);
    if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * Applies every migration (committed ones by default) not yet applied, with foreign keys off: the
 * migrator runs in one transaction, where SQLite ignores drizzle-kit's own `PRAGMA foreign_keys=OFF`,
 * and a migration that rebuilds a table (create, copy, DROP, rename) would otherwise cascade-delete
 * every row pointing at it. Throws if the migrated data breaks a foreign key.
 */
export function migrateDatabase(db: Db, migrationsFolder = MIGRATIONS_FOLDER): void {
  const applied = () =>
    db.get(sql`select 1 from sqlite_master where name = '__drizzle_migrations'`)
      ? (db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`)?.n ?? 0)
      : 0;
  db.run(sql`PRAGMA foreign_keys = OFF`);
  // drizzle-kit rebuilds a table by create, copy, drop, rename: with the summary triggers naming the
  // table, SQLite's newer ALTER TABLE RENAME refuses while the old one is gone ("no such table" in
  // a trigger); the legacy rename leaves triggers as written, naming the rebuilt table again.
  db.run(sql`PRAGMA legacy_alter_table = ON`);
  try {
    const before = applied();
    const triggers = db.all<{ name: string; sql: string }>(
      sql`select name, sql from sqlite_master where type = 'trigger'`,
    );
    try {
      migrate(db, { migrationsFolder });
    } catch (err) {
      throw refusal(db, err) ?? err;
    }
    restoreTriggers(db, triggers);
    // Checked only after a migration ran: a full check of a large database takes a while.
    const broken = applied() === before ? [] : db.all(sql`PRAGMA foreign_key_check`);
    if (broken.length > 0)
      throw new Error(
        `The migrations left rows with broken foreign keys: ${JSON.stringify(broken.slice(0, 5))}`,
      );
  } finally {
    db.run(sql`PRAGMA legacy_alter_table = OFF`);
    db.run(sql`PRAGMA foreign_keys = ON`);
  }
}

/**
 * Puts back the summary triggers that a migration dropped with their table (drizzle-kit rebuilds a
 * table by create, copy, drop, rename, and DROP TABLE takes the table's triggers with it), then
 * computes the summaries again, in case the rebuild's copy passed them by.
 */
function restoreTriggers(db: Db, before: { name: string; sql: string }[]): void {
  const now = new Set(
    db.all<{ name: string }>(sql`select name from sqlite_master where type = 'trigger'`).map((t) => t.name),
  );
  const lost = before.filter((t) => !now.has(t.name));
  if (lost.length === 0) return;
  const client = (db as Db & { $client: Database.Database }).$client;
  client.transaction(() => {
    for (const t of lost) client.exec(t.sql);
    bulkLoad(client, () => undefined);
  })();
}

/** A migration that refused to run on this data (its whole run was rolled back); the message says why. */
export class MigrationRefused extends Error {}

/**
 * A migration refuses by failing a CHECK whose name is the message (see 0007_refuse_duplicate_usernames):
 * that message, with the rows at fault where a refusal names them, or undefined for any other error.
 */
function refusal(db: Db, err: unknown): MigrationRefused | undefined {
  const failed = sqliteErrorOf(err);
  if (failed?.code !== 'SQLITE_CONSTRAINT_CHECK') return undefined;
  let message = failed.message.replace(/^CHECK constraint failed: /, '');
  if (message.includes('usernames differ only in case')) {
    const clashes = db
      .all<{ names: string }>(
        sql`select group_concat(username || ' (id ' || id || ')', ', ') as names from writers group by lower(username) having count(*) > 1 limit 20`,
      )
      .map((r) => r.names);
    message += `. They are: ${clashes.join('; ')}`;
  }
  return new MigrationRefused(message);
}

/** A fresh in-memory database with the real migrations applied (for tests and throwaway runs). */
export function memoryDatabase(): { db: Db; sqlite: Database.Database } {
  const opened = openDatabase(':memory:');
  migrateDatabase(opened.db);
  return opened;
}
