import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createApp } from '../../src/app.tsx';
import { freePort } from '../e2e/harness.ts';
import { form, post, signUp, TEST_NOW, withCookie } from '../helpers.ts';
import { preparedDatabase } from './live.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A migrated database file with the demo event, in a folder of its own. */
function goodDatabase(): { dir: string; dbPath: string } {
  const { dir, dbPath } = preparedDatabase();
  dirs.push(dir);
  return { dir, dbPath };
}

/** Overwrites `length` bytes of `path` at `offset` with `byte`, in place. */
function scribble(path: string, offset: number, length: number, byte = 0xff) {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(length, byte), 0, length, offset);
  closeSync(fd);
}

// Tests run as root, for whom a file's mode stops no write: the server then runs as `nobody`, for whom
// a root-owned file of mode 0444 is read-only, exactly as for an admin whose files belong to another user.
const asRoot = process.getuid?.() === 0;

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `command` (the server or the CLI) on `dbPath` until it exits (killed after 20 s). */
function run(args: string[], dbPath: string, env: Record<string, string> = {}, nobody = false): Promise<Run> {
  const command = nobody ? 'setpriv' : process.execPath;
  const argv = nobody
    ? ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, ...args]
    : args;
  const proc = spawn(command, argv, {
    env: { ...process.env, DATABASE_URL: dbPath, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d) => {
    stdout += d;
  });
  proc.stderr.on('data', (d) => {
    stderr += d;
  });
  const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

const server = async (dbPath: string, nobody = false) =>
  run(['--import', 'tsx', 'src/server.ts'], dbPath, { PORT: String(await freePort()) }, nobody);
const cli = (dbPath: string, ...args: string[]) => run(['src/cli.mjs', ...args], dbPath);

/** Exactly one line on stderr, starting with `prefix`, matching every pattern. */
function expectOneLine(text: string, prefix: string, ...patterns: RegExp[]) {
  const lines = text.trimEnd().split('\n');
  expect(lines, text).toHaveLength(1);
  expect(lines[0]?.startsWith(prefix), text).toBe(true);
  for (const p of patterns) expect(lines[0]).toMatch(p);
}

describe('a database that cannot be used stops the start with one clear line', () => {
  it('a file that is not a database (garbage written over it)', async () => {
    const { dbPath } = goodDatabase();
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 'not a database at all '));
    const started = await server(dbPath);
    expect(started.code).not.toBe(0);
    expectOneLine(started.stderr, 'Promptly cannot start: ', /is damaged/, /promptly backup/);
    expect(started.stdout).not.toMatch(/listening/);
    const migrated = await cli(dbPath, 'migrate');
    expect(migrated.code).toBe(1);
    expectOneLine(
      migrated.stderr,
      'The database ',
      /is damaged \(file is not a database\)/,
      /promptly backup/,
    );
  });

  it('a database whose pages are damaged (PRAGMA quick_check), though it opens and migrates', async () => {
    const { dbPath } = goodDatabase();
    const sqlite = new Database(dbPath);
    const { rootpage, size } = sqlite
      .prepare(
        "select rootpage, (select page_size from pragma_page_size) as size from sqlite_master where name = 'prompts'",
      )
      .get() as { rootpage: number; size: number };
    sqlite.close();
    // The prompts' table: read by no step of the start itself, so only the check can find it.
    scribble(dbPath, (rootpage - 1) * size, size);
    const started = await server(dbPath);
    expect(started.code).not.toBe(0);
    expectOneLine(started.stderr, 'Promptly cannot start: ', /is damaged \(.*page/, /promptly backup/);
    const token = await cli(dbPath, 'token', 'create', 'loadtester');
    expect(token.code).toBe(1);
    expectOneLine(token.stderr, 'The database ', /is damaged/);
  });

  it('a database file this user cannot write (mode 0444)', async () => {
    const { dir, dbPath } = goodDatabase();
    chmodSync(dbPath, 0o444);
    // The folder stays writable, so SQLite opens the file (read-only) and only a write finds out.
    chmodSync(dir, 0o777);
    const started = await server(dbPath, asRoot);
    expect(started.code).not.toBe(0);
    expectOneLine(
      started.stderr,
      'Promptly cannot start: ',
      /cannot be written \(attempt to write a readonly database\)/,
      /write the file and its folder/,
    );
  });

  it('starts and answers /healthz on a sound database (the control)', async () => {
    const { dbPath } = goodDatabase();
    const port = await freePort();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, DATABASE_URL: dbPath, HOST: '127.0.0.1', PORT: String(port) },
      stdio: 'ignore',
    });
    try {
      let status = 0;
      for (let i = 0; i < 300 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      proc.kill('SIGKILL');
    }
  });
});

/** The app on `sqlite` (opened however the test needs), as the server builds it. */
const appOn = (sqlite: Database.Database) =>
  createApp({ db: drizzle(sqlite, { schema }), now: () => TEST_NOW });

describe('/healthz', () => {
  it('answers 200 ok on a sound database', async () => {
    const { dbPath } = goodDatabase();
    const { sqlite } = openDatabase(dbPath);
    const res = await appOn(sqlite).request('/healthz');
    expect([res.status, await res.text()]).toEqual([200, 'ok']);
    sqlite.close();
  });

  it('answers 503 when the database cannot be written (opened read-only, as SQLite does for a file it may not write)', async () => {
    const { dbPath } = goodDatabase();
    const sqlite = new Database(dbPath, { readonly: true });
    const res = await appOn(sqlite).request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/cannot be written: attempt to write a readonly database/);
    sqlite.close();
  });

  it('answers 503 once a write failed for lack of space', async () => {
    const { dbPath } = goodDatabase();
    const { sqlite } = openDatabase(dbPath);
    const app = appOn(sqlite);
    expect((await app.request('/healthz')).status).toBe(200);
    const cookie = await signUp(app, 'fatima');
    // A full disk, as SQLite sees it: the file may not grow by one more page.
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
    // 45 KB of notes and summary (three bytes a character): more pages than the file has free.
    const big = form({
      title: 'Long',
      words: '1',
      status: 'planned',
      notes: '€'.repeat(10_000),
      summary: '€'.repeat(5000),
    });
    const saved = await app.request('/pieces', withCookie(cookie, post(big)));
    expect(saved.status).toBe(500);
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/database or disk is full/);
    sqlite.close();
  });

  it('answers 503 when the file was replaced or damaged while the server ran', async () => {
    const replaced = goodDatabase();
    const first = openDatabase(replaced.dbPath);
    const app = appOn(first.sqlite);
    const other = goodDatabase();
    renameSync(other.dbPath, replaced.dbPath);
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/replaced or moved/);
    first.sqlite.close();

    const damaged = goodDatabase();
    const opened = openDatabase(damaged.dbPath);
    const again = appOn(opened.sqlite);
    scribble(damaged.dbPath, 0, 100, 0x41);
    expect(statSync(damaged.dbPath).size).toBeGreaterThan(0);
    const answer = await again.request('/healthz');
    expect([answer.status, await answer.text()]).toEqual([503, 'unhealthy: the database file is damaged']);
    opened.sqlite.close();
  });

  it('answers 503 once the database is closed', async () => {
    const { dbPath } = goodDatabase();
    const { sqlite } = openDatabase(dbPath);
    const app = appOn(sqlite);
    sqlite.close();
    expect((await app.request('/healthz')).status).toBe(503);
  });
});
