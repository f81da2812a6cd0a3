import { existsSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  demoDayCount,
  killStrayServers,
  pieceFor,
  preparedDatabase,
  startServerOn,
  stopServer,
} from './live.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check()` holds, polling; fails after `ms`. */
async function until(check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

/** The database file after the server stopped: its WAL gone (checkpointed on close) and intact. */
function checkClosedCleanly(dbPath: string) {
  expect(existsSync(`${dbPath}-wal`)).toBe(false);
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return (sqlite.prepare('select title from pieces').all() as { title: string }[]).map((r) => r.title);
  } finally {
    sqlite.close();
  }
}

describe('graceful shutdown', () => {
  const dirs: string[] = [];
  afterAll(() => {
    killStrayServers();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM, answers the request in flight, refuses new connections, closes the database and exits 0', async () => {
    const { dir, dbPath, token } = preparedDatabase();
    dirs.push(dir);
    const server = await startServerOn(dbPath);
    const piece = pieceFor(1, 1, demoDayCount(dbPath));
    const body = Buffer.from(JSON.stringify(piece));
    const req = request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/v1/pieces',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': body.length,
        // The server's "100 Continue" tells when it has the request and waits for its body.
        Expect: '100-continue',
      },
    });
    const accepted = new Promise<void>((resolve) => req.once('continue', () => resolve()));
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    req.flushHeaders();
    await accepted;
    // Part of the body now; the rest after the signal.
    req.write(body.subarray(0, 20));
    const exited = new Promise<number | null>((resolve) => server.proc.once('exit', resolve));
    server.proc.kill('SIGTERM');
    await until(() => server.output().includes('SIGTERM'));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    req.end(body.subarray(20));
    const { status, text } = await answer;
    expect(status, text).toBe(201);
    expect(await exited).toBe(0);
    expect(checkClosedCleanly(dbPath)).toEqual([piece.title]);
  });

  it('on SIGINT, does not wait for idle keep-alive connections', async () => {
    const { dir, dbPath } = preparedDatabase();
    dirs.push(dir);
    const server = await startServerOn(dbPath);
    // fetch keeps its connection open for reuse.
    expect((await fetch(`${server.url}/events`)).status).toBe(200);
    const asked = Date.now();
    expect(await stopServer(server, 'SIGINT')).toBe(0);
    // Well under Node's 5 s keep-alive timeout: the idle connection was closed at once.
    expect(Date.now() - asked).toBeLessThan(4000);
    expect(server.output()).toContain('Database closed');
    checkClosedCleanly(dbPath);
  });
});
