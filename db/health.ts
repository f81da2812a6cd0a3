import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { sqliteErrorOf } from './client.ts';

/** What `/healthz` asks: the database's problem in a few words, or null when it can be read and written. */
export type DatabaseHealth = {
  problem(): string | null;
  /** Remembers an error a request met; a storage failure (disk full, I/O error, read-only) is a problem for a while. */
  notice(err: unknown): void;
};

/** How often the checks (a read, the file, a write) run at most; between them their last answer stands. */
const CHECK_EVERY_MS = 1000;
/** How long a storage failure met by a request keeps the database unhealthy (each one starts it again). */
const NOTICED_FOR_MS = 60_000;

/** Error codes that say the database's storage failed, rather than a request being wrong. */
const STORAGE = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN)/;

const HEADER = 'SQLite format 3\0';

/**
 * The SQLite error that keeps this connection from writing, or null. A write statement inside a
 * transaction that is rolled back: nothing reaches the disk, but SQLite refuses it on a file it could
 * only open read-only (a database owned by someone else, a read-only disk). The busy timeout is
 * lifted meanwhile, so another process's long write answers "busy" (not a problem of this database)
 * at once instead of holding the caller.
 */
export function writeProblem(sqlite: Database.Database): { code: string; message: string } | null {
  if (sqlite.inTransaction) return null;
  const timeout = Number(sqlite.pragma('busy_timeout', { simple: true }));
  const version = Number(sqlite.pragma('user_version', { simple: true }));
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('BEGIN');
    try {
      sqlite.pragma(`user_version = ${version}`);
    } finally {
      sqlite.exec('ROLLBACK');
    }
    return null;
  } catch (err) {
    const failure = sqliteErrorOf(err) ?? { code: '', message: (err as Error).message };
    return /^SQLITE_(BUSY|LOCKED)/.test(failure.code) ? null : failure;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Why the file at `path` is not the one opened (`ino`), or no longer starts like a database, or null. */
function fileProblem(path: string, ino: number): string | null {
  try {
    if (statSync(path).ino !== ino) return 'the database file was replaced or moved while Promptly ran';
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(HEADER.length);
      const n = readSync(fd, head, 0, head.length, 0);
      if (n > 0 && head.toString('latin1', 0, n) !== HEADER.slice(0, n))
        return 'the database file is damaged';
    } finally {
      closeSync(fd);
    }
    return null;
  } catch (err) {
    return `the database file cannot be read: ${(err as Error).message}`;
  }
}

/** Why `read` (a statement that opens a read transaction on the file) fails, or null. */
function readProblem(read: Database.Statement): string | null {
  try {
    read.get();
    return null;
  } catch (err) {
    return `cannot be read: ${(err as Error).message}`;
  }
}

function writeText(sqlite: Database.Database): string | null {
  const failure = writeProblem(sqlite);
  return failure && `cannot be written: ${failure.message}`;
}

/**
 * The health of an open database for `/healthz`, cheap enough to ask on every request: at most once
 * a second a read, the file (still the one opened, still a database) and a write, whose answer
 * stands until the next; and any storage failure a request met in the last minute (a full disk
 * shows only then). Checking on every call would cost about 2 µs each, a tenth of a /healthz.
 */
export function databaseHealth(
  sqlite: Database.Database,
  clock: () => number = () => performance.now(),
): DatabaseHealth {
  const path = sqlite.memory ? null : sqlite.name;
  const ino = path ? statSync(path).ino : 0;
  // The cheapest statement that opens a read transaction on the file (`select 1` reads nothing).
  const read = sqlite.prepare('PRAGMA schema_version').pluck();
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checked: string | null = null;
  let noticed: { at: number; problem: string } | null = null;
  return {
    problem() {
      if (!sqlite.open) return 'the database is closed';
      const now = clock();
      if (now - checkedAt >= CHECK_EVERY_MS) {
        checkedAt = now;
        checked = (path ? fileProblem(path, ino) : null) ?? readProblem(read) ?? writeText(sqlite);
      }
      if (checked) return checked;
      if (noticed && now - noticed.at < NOTICED_FOR_MS) return noticed.problem;
      return null;
    },
    notice(err) {
      const failure = sqliteErrorOf(err);
      if (failure && STORAGE.test(failure.code))
        noticed = { at: clock(), problem: `a request failed to use the database: ${failure.message}` };
    },
  };
}
