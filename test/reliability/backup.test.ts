import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backup } from '../../src/cli/commands.ts';
import {
  demoDayCount,
  killStrayServers,
  pieceFor,
  preparedDatabase,
  startServerOn,
  stopServer,
} from './live.ts';

const CLIENTS = 4;
/** Filler pieces written before the server starts, so the copy takes many backup steps. */
const FILLER_PIECES = 4_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Makes the database a few megabytes: more pages than one backup step copies. */
function addFiller(dbPath: string) {
  const sqlite = new Database(dbPath);
  const writer = sqlite.prepare('select id from writers limit 1').get() as { id: number };
  const insert = sqlite.prepare('insert into pieces (writer_id, title, words, summary) values (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < FILLER_PIECES; i++) insert.run(writer.id, `Filler ${i}`, i, 'x'.repeat(2000));
  })();
  sqlite.close();
}

/** Runs `promptly backup <file>` (what `npx promptly` runs) on the live database; resolves with its exit code and output. */
function runBackup(dbPath: string, file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['src/cli.mjs', 'backup', file], {
    env: { ...process.env, DATABASE_URL: dbPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('backup under write load', () => {
  const { dir, dbPath, token } = preparedDatabase();
  afterAll(() => {
    killStrayServers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies a database that passes integrity_check and holds every piece acknowledged before it began', {
    timeout: 90_000,
  }, async () => {
    addFiller(dbPath);
    const days = demoDayCount(dbPath);
    const server = await startServerOn(dbPath);
    const acknowledged: number[] = [];
    let writing = true;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; writing; n++) {
        const res = await fetch(`${server.url}/api/v1/pieces`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(pieceFor(client, n, days)),
        });
        expect(res.status).toBe(201);
        acknowledged.push(((await res.json()) as { id: number }).id);
      }
    });
    while (acknowledged.length < 20) await sleep(20);
    const before = [...acknowledged];
    const started = Date.now();
    const backup = await runBackup(dbPath, join(dir, 'backup.sqlite'));
    const seconds = (Date.now() - started) / 1000;
    const during = acknowledged.length - before.length;
    writing = false;
    await Promise.all(clients);
    expect(await stopServer(server)).toBe(0);
    expect(backup.code, backup.output).toBe(0);

    const copy = new Database(join(dir, 'backup.sqlite'), { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    const ids = new Set((copy.prepare('select id from pieces').all() as { id: number }[]).map((r) => r.id));
    copy.close();
    const missing = before.filter((id) => !ids.has(id));
    console.log(
      `backup under load: ${before.length} pieces acknowledged before it began, ${during} while it ran (${seconds.toFixed(1)} s); the copy holds ${ids.size - FILLER_PIECES} of them, misses ${missing.length}; integrity_check: ${integrity}`,
    );
    expect(during).toBeGreaterThan(0);
    expect(integrity).toBe('ok');
    expect(missing).toEqual([]);
  });

  it('finishes even when the server writes between every two steps of the copy (each write restarts it)', async () => {
    const other = preparedDatabase();
    addFiller(other.dbPath);
    // Another connection, as the server's: a write after every step of the copy (steps run on setImmediate).
    const writer = new Database(other.dbPath);
    const insert = writer.prepare("insert into writers (username, display_name) values (?, 'x')");
    let writes = 0;
    let writing = true;
    const write = () => {
      if (!writing) return;
      insert.run(`w${writes++}`);
      setImmediate(write);
    };
    setImmediate(write);
    const file = join(other.dir, 'copy.sqlite');
    const io = {
      env: { DATABASE_URL: other.dbPath },
      stdin: process.stdin,
      stdout: { write: () => true },
      stderr: { write: () => true },
    };
    try {
      await backup(io, { file }, {});
    } finally {
      writing = false;
      writer.close();
    }
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('select count(*) as n from pieces').get() as { n: number }).n).toBe(FILLER_PIECES);
    copy.close();
    expect(writes).toBeGreaterThan(2);
    rmSync(other.dir, { recursive: true, force: true });
  });
});
