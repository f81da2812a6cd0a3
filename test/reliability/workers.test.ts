import { existsSync, rmSync } from 'node:fs';
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
const WORKERS = { PROMPTLY_WORKERS: '2' };

describe('PROMPTLY_WORKERS=2: two server processes on one port and one database', () => {
  const dirs: string[] = [];
  afterAll(() => {
    killStrayServers();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('serve from both workers, and a write through one shows at once on the other’s cached pages', async () => {
    const { dir, dbPath, token } = preparedDatabase();
    dirs.push(dir);
    // The writer's pieces are public, so the day page lists them.
    const sqlite = new Database(dbPath);
    sqlite.prepare("update writers set profile_public = 1 where username = 'loadtester'").run();
    sqlite.close();
    const server = await startServerOn(dbPath, undefined, WORKERS);
    for (let i = 0; i < 50 && server.output().split('is listening').length < 3; i++) await sleep(100);
    expect(server.output().split('is listening').length - 1).toBe(2);
    const piece = pieceFor(1, 1, demoDayCount(dbPath));
    const day = piece.fills[0]?.day ?? 1;
    const page = `${server.url}/events/promptober-demo/days/${day}`;
    // Each connection is handed to the next worker in turn: enough requests warm both caches.
    const views = async () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          fetch(page, { headers: { Connection: 'close' } }).then((r) => r.text()),
        ),
      );
    for (const html of await views()) expect(html).not.toContain(piece.title);
    const res = await fetch(`${server.url}/api/v1/pieces`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...piece, status: 'posted' }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    for (const html of await views()) expect(html).toContain(piece.title);
    expect(await stopServer(server)).toBe(0);
  });

  it('take 40 pieces posted at once through both workers: every one saved (201), none refused as busy', async () => {
    const { dir, dbPath, token } = preparedDatabase();
    dirs.push(dir);
    const server = await startServerOn(dbPath, undefined, WORKERS);
    const days = demoDayCount(dbPath);
    // Each post is its own connection, handed to the workers in turn, so both write at once: a
    // transaction that read before it wrote found the other worker's commit and failed as busy.
    const posts = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        fetch(`${server.url}/api/v1/pieces`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            Connection: 'close',
          },
          body: JSON.stringify(pieceFor(3, n, days)),
        }).then(async (r) => `${r.status} ${r.status === 201 ? '' : await r.text()}`.trim()),
      ),
    );
    expect(posts).toEqual(Array.from({ length: 40 }, () => '201'));
    expect(await stopServer(server)).toBe(0);
    const sqlite = new Database(dbPath, { readonly: true });
    expect(sqlite.prepare('select count(*) from pieces').pluck().get()).toBe(40);
    sqlite.close();
  });

  it('on SIGTERM, stop both workers cleanly: the database closed, its WAL checkpointed, exit 0', async () => {
    const { dir, dbPath, token } = preparedDatabase();
    dirs.push(dir);
    const server = await startServerOn(dbPath, undefined, WORKERS);
    const piece = pieceFor(2, 1, demoDayCount(dbPath));
    const posted = await fetch(`${server.url}/api/v1/pieces`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(piece),
    });
    expect(posted.status).toBe(201);
    expect(await stopServer(server, 'SIGTERM')).toBe(0);
    expect(server.output().split('Database closed').length - 1).toBe(2);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const sqlite = new Database(dbPath, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.prepare('select count(*) from pieces').pluck().get()).toBe(1);
    sqlite.close();
  });
});
