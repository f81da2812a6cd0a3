import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDemo } from '../../src/demo.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { registerWriter } from '../../src/queries/writers.ts';
import { freePort } from '../e2e/harness.ts';

/** A temp folder with a migrated database file holding the demo event and a writer with an API token. */
export function preparedDatabase(): { dir: string; dbPath: string; token: string } {
  const dir = mkdtempSync(join(tmpdir(), 'promptly-reliability-'));
  const dbPath = join(dir, 'promptly.db');
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.now());
  const writer = registerWriter(db, { username: 'loadtester', passwordHash: 'not-a-real-hash' });
  if (!writer.ok) throw new Error('could not add the test writer');
  const { token } = createToken(db, writer.writer.id, 'reliability');
  sqlite.close();
  return { dir, dbPath, token };
}

const spawned = new Set<ChildProcess>();

/** Kills (SIGKILL) the servers this file started that still run: for afterAll, when a test failed midway. */
export function killStrayServers(): void {
  for (const proc of spawned) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  spawned.clear();
}

/** A server process on a database file; `output()` is what it printed so far. */
export type LiveServer = { url: string; port: number; proc: ChildProcess; output: () => string };

/** Starts `src/server.ts` as `npm start` does, on `dbPath` and `port` (a free one if not given) with `env` added, once healthy. */
export async function startServerOn(
  dbPath: string,
  port?: number,
  env: Record<string, string> = {},
): Promise<LiveServer> {
  const chosen = port ?? (await freePort());
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', DATABASE_URL: dbPath, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(proc);
  let output = '';
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, port: chosen, proc, output: () => output };
}

/** Sends `signal` and resolves with the exit code (null when killed by the signal). */
export function stopServer(server: LiveServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.proc.exitCode !== null || server.proc.signalCode !== null)
    return Promise.resolve(server.proc.exitCode);
  const exited = new Promise<number | null>((resolve) => server.proc.once('exit', (code) => resolve(code)));
  server.proc.kill(signal);
  return exited;
}

/** The number of days of the demo event (the current month's), to spread fills over. */
export function demoDayCount(dbPath: string): number {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    const row = sqlite
      .prepare(
        "select count(*) as n from event_days join events on events.id = event_days.event_id where slug = 'promptober-demo'",
      )
      .get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

/** A piece as the API takes it, different for every (client, n). */
export type PieceBody = {
  title: string;
  url: string;
  words: number;
  status: 'posted' | 'drafting';
  posted_on: string | null;
  fandoms: string[];
  rating: string;
  summary: string;
  notes: string;
  fills: { event: string; day: number; prompts: number[] }[];
};

/** The n-th piece of a client: every field varies, and its title is unique. */
export function pieceFor(client: number, n: number, days: number): PieceBody {
  const day = ((client * 7 + n) % days) + 1;
  return {
    title: `Client ${client} piece ${n} ${randomUUID().slice(0, 8)} “quoted” ✓`,
    url: `https://archiveofourown.org/works/${client * 100_000 + n}`,
    words: 100 + ((client * 7919 + n * 104_729) % 20_000),
    status: n % 5 === 0 ? 'drafting' : 'posted',
    posted_on: n % 5 === 0 ? null : '2025-10-02',
    fandoms: [`Fandom ${client}`, ...(n % 2 === 0 ? [`Crossover ${n % 7}`] : [])],
    rating: ['General Audiences', 'Teen And Up Audiences', 'Mature'][n % 3] as string,
    summary: `Summary of ${client}/${n}`,
    notes: n % 3 === 0 ? '' : `Notes ${n}`,
    fills: [{ event: 'promptober-demo', day, prompts: [1] }],
  };
}

/** The pieces of a database file as the API would give them, by id (fields compared by the tests). */
export function storedPieces(sqlite: Database.Database): Map<number, PieceBody> {
  const rows = sqlite
    .prepare('select id, title, url, words, status, posted_on, rating, summary, notes from pieces')
    .all() as (Omit<PieceBody, 'fandoms' | 'fills'> & { id: number })[];
  const fandoms = sqlite
    .prepare('select piece_id as id, fandom from piece_fandoms order by piece_id, position')
    .all() as { id: number; fandom: string }[];
  const fills = sqlite
    .prepare(
      `select f.piece_id as id, e.slug, d.number as day, group_concat(p.position) as prompts
       from fills f join event_days d on d.id = f.day_id join events e on e.id = d.event_id
       left join fill_prompts fp on fp.fill_id = f.id left join prompts p on p.id = fp.prompt_id
       group by f.id order by f.piece_id, e.slug, d.number`,
    )
    .all() as { id: number; slug: string; day: number; prompts: string | null }[];
  const pieces = new Map<number, PieceBody>();
  for (const { id, ...row } of rows) pieces.set(id, { ...row, fandoms: [], fills: [] });
  for (const f of fandoms) pieces.get(f.id)?.fandoms.push(f.fandom);
  for (const f of fills)
    pieces.get(f.id)?.fills.push({
      event: f.slug,
      day: f.day,
      prompts: f.prompts ? f.prompts.split(',').map(Number).sort() : [],
    });
  return pieces;
}
