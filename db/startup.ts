import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import {
  type Db,
  databasePath,
  MigrationRefused,
  migrateDatabase,
  openDatabase,
  sqliteErrorOf,
} from './client.ts';
import { writeProblem } from './health.ts';

/** A database Promptly cannot use as it is; the message is one line saying what is wrong and what to do. */
export class DatabaseUnusable extends Error {}

const user = () => {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
};

/** One line for the admin: what is wrong with the database at `url` (from an error's code and message) and what to do. */
export function explainDatabaseProblem(url: string, code: string, problem: string): string {
  const path = resolve(databasePath(url));
  const file = `The database ${path}`;
  // quick_check answers in lines ("*** in database main ***", then one line a problem): one line here.
  const detail = problem
    .replace(/\*\*\* in database \w+ \*\*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code))
    return `${file} is damaged (${detail}). Stop Promptly, move ${basename(path)} (and ${basename(path)}-wal and -shm, if there) out of ${dirname(path)}, copy your latest backup (made with \`npx promptly backup <file>\`) to ${path}, and start again.`;
  if (/^SQLITE_READONLY|^E(ACCES|PERM|ROFS)$/.test(code))
    return `${file} cannot be written (${detail}). Let the user running Promptly (${user()}) write the file and its folder, for example \`chown -R ${user()} ${dirname(path)}\`, or mount the disk read-write, and start again.`;
  if (/^SQLITE_CANTOPEN/.test(code))
    return `${file} cannot be opened (${detail}). Check that ${dirname(path)} exists and that the user running Promptly (${user()}) may read and write it and the files in it.`;
  if (/^SQLITE_FULL|^ENOSPC$/.test(code))
    return `${file} cannot grow: the disk is full (${detail}). Free some space and start again.`;
  if (/^SQLITE_BUSY/.test(code))
    return `${file} is locked by another program (${detail}). Stop it (another Promptly on the same file?) and start again.`;
  if (/^SQLITE_IOERR/.test(code))
    return `${file} could not be read or written: the disk reported an error (${detail}). Check the disk; if the file is damaged, restore your latest backup (made with \`npx promptly backup <file>\`).`;
  return `${file} could not be used: ${detail}.`;
}

/**
 * The one line to stop with for an error met while opening or preparing the database at `url` (a
 * DatabaseUnusable, a refused migration, any SQLite or file-system error), or undefined for a bug.
 */
export function databaseProblemOf(url: string, err: unknown): string | undefined {
  const fsCode = String((err as { code?: unknown }).code ?? '');
  if (
    err instanceof DatabaseUnusable ||
    err instanceof MigrationRefused ||
    sqliteErrorOf(err) ||
    /^E[A-Z]+$/.test(fsCode)
  )
    return unusable(url, err).message;
  return undefined;
}

function unusable(url: string, err: unknown): DatabaseUnusable {
  if (err instanceof DatabaseUnusable) return err;
  if (err instanceof MigrationRefused)
    return new DatabaseUnusable(
      `The database ${resolve(databasePath(url))} was not migrated, and nothing in it changed: ${err.message}.`,
    );
  const sqlite = sqliteErrorOf(err);
  const code = sqlite?.code ?? String((err as { code?: unknown }).code ?? '');
  const detail = sqlite?.message ?? (err as Error).message;
  return new DatabaseUnusable(explainDatabaseProblem(url, code, detail));
}

/** The first problem `PRAGMA quick_check` finds in an open database, or null (its cost: about 2.5 ms a MB). */
export function quickCheck(sqlite: Database.Database): string | null {
  const rows = sqlite.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
  const first = rows[0]?.quick_check ?? 'ok';
  return first === 'ok' ? null : first;
}

/**
 * Opens the database at `url` for serving and checks it: it is a database, `PRAGMA quick_check`
 * passes (unless `quickCheck` is false: the server runs it beside its start, see
 * `quickCheckApart`), this process can write it, and the migrations apply. Throws DatabaseUnusable.
 */
export function openCheckedDatabase(url: string, options: { quickCheck?: boolean } = {}) {
  let opened: { db: Db; sqlite: Database.Database } | undefined;
  try {
    opened = openDatabase(url);
    const damage = options.quickCheck === false ? null : quickCheck(opened.sqlite);
    if (damage) throw unusable(url, Object.assign(new Error(damage), { code: 'SQLITE_CORRUPT' }));
    const readOnly = writeProblem(opened.sqlite);
    if (readOnly) throw unusable(url, Object.assign(new Error(readOnly.message), { code: readOnly.code }));
    migrateDatabase(opened.db);
    return opened;
  } catch (err) {
    opened?.sqlite.close();
    throw unusable(url, err);
  }
}

// Runs in a worker thread with a read-only connection of its own; plain CommonJS, so no loader is needed.
const CHECKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let answer;
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const first = db.pragma('quick_check(1)')[0];
  answer = { problem: first && first.quick_check !== 'ok' ? first.quick_check : null };
  db.close();
} catch (err) {
  answer = { problem: err.message, code: err.code };
}
parentPort.postMessage(answer);
`;

/**
 * Runs `PRAGMA quick_check` on the database at `url` in a worker thread, so that the server can
 * listen and load its routes meanwhile; resolves with the one-line problem, or null when it is sound.
 */
export function quickCheckApart(url: string): Promise<string | null> {
  const path = databasePath(url);
  if (path === ':memory:') return Promise.resolve(null);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((done) => {
    const worker = new Worker(CHECKER, { eval: true, workerData: { path, driver } });
    worker.once('message', (answer: { problem: string | null; code?: string }) => {
      const { problem, code } = answer;
      done(problem === null ? null : explainDatabaseProblem(url, code ?? 'SQLITE_CORRUPT', problem));
    });
    worker.once('error', (err) => done(explainDatabaseProblem(url, '', err.message)));
  });
}
