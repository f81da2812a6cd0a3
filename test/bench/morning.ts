// The morning rush of `npm run bench`: pages asked right after a write (cold), and many writers
// reading while pieces are posted (rush), each against /healthz in the same run.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema.ts';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { createToken } from '../../src/queries/tokens.ts';

/** Signed-in writers for the bench: session cookies of writer1…writerN and tokens of the first few. */
export type BenchWriters = { cookies: string[]; tokens: string[] };

/** Makes sessions (as a sign-in would) for writer1…writer`count` and API tokens for the first `tokens`. */
export function benchWriters(dbPath: string, count: number, tokens: number): BenchWriters {
  const sqlite = new Database(dbPath);
  const db = drizzle(sqlite, { schema });
  const idOf = sqlite.prepare('select id from writers where username = ?').pluck();
  const session = sqlite.prepare('insert into sessions (id, writer_id, expires_at) values (?, ?, ?)');
  const expires = new Date(Date.now() + 20 * 86_400_000).toISOString();
  const out: BenchWriters = { cookies: [], tokens: [] };
  sqlite.transaction(() => {
    for (let n = 1; n <= count; n++) {
      const id = idOf.get(`writer${n}`) as number;
      const secret = newSecret();
      session.run(digest(secret), id, expires);
      out.cookies.push(`${SESSION_COOKIE}=${secret}`);
      if (n <= tokens) out.tokens.push(createToken(db, id, 'bench').token);
    }
  })();
  sqlite.close();
  return out;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function timed(url: string, init: RequestInit = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

/** A page of the cold part: asked once after each post, as writer1 or as a visitor. */
export type ColdPage = { name: string; path: string; signedIn: boolean };

/** One row of the cold part: the median and p90 of a page asked right after a piece was posted. */
export type ColdRow = { name: string; median: number; p90: number };

/**
 * Posts a piece by writer1 into `event` (so both its shared part and writer1's own change), then asks
 * each page once; `rounds` times. Answers each page's median and p90, and /healthz's.
 */
export async function benchCold(
  base: string,
  w: BenchWriters,
  pages: ColdPage[],
  post: (n: number) => string,
  rounds: number,
): Promise<ColdRow[]> {
  const times = new Map<string, number[]>([['/healthz round trip', []]]);
  for (const p of pages) times.set(p.name, []);
  const headers = { authorization: `Bearer ${w.tokens[0]}`, 'content-type': 'application/json' };
  for (let n = 0; n < rounds; n++) {
    const res = await fetch(`${base}/api/v1/pieces`, { method: 'POST', headers, body: post(n) });
    if (res.status !== 201) throw new Error(`posting a piece: ${res.status} ${await res.text()}`);
    for (const p of pages) {
      const init = p.signedIn ? { headers: { cookie: w.cookies[0] as string } } : {};
      times.get(p.name)?.push(await timed(`${base}${p.path}`, init));
    }
    times.get('/healthz round trip')?.push(await timed(`${base}/healthz`));
  }
  return [...times].map(([name, xs]) => ({ name, median: median(xs), p90: quantile(xs, 0.9) }));
}

/** A measured load: requests a second and latency. */
export type Load = { rps: number; p50: number; p99: number; failed: number };

async function cannon(
  base: string,
  seconds: number,
  connections: number,
  next: (i: number) => { path: string; headers: Record<string, string> },
): Promise<Load> {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, ...next(i++) }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Posts pieces at `perSecond` through the API (tokens in turn) until stopped; counts what it posted. */
function poster(base: string, tokens: string[], perSecond: number, body: (n: number) => string) {
  let n = 0;
  let failed = 0;
  const timer = setInterval(() => {
    const k = n++;
    fetch(`${base}/api/v1/pieces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[k % tokens.length]}`, 'content-type': 'application/json' },
      body: body(k),
    })
      .then((r) => {
        if (r.status !== 201) failed++;
        return r.arrayBuffer();
      })
      .catch(() => {
        failed++;
      });
  }, 1000 / perSecond);
  return {
    stop: () => {
      clearInterval(timer);
      return { posted: n, failed };
    },
  };
}

/** The rush's figures: the ceiling, signed-in writers' and visitors' pages while pieces are posted. */
export type RushResult = {
  healthz: Load;
  writers: Load;
  visitors: Load;
  posted: number;
  postFailures: number;
};

/**
 * `writers` distinct signed-in writers ask for today, the calendar, day pages and their collection
 * (each request the next writer's), then visitors ask for the same event's pages, while `perSecond`
 * pieces a second are posted; /healthz alone first, as the ceiling.
 */
export async function benchRush(
  base: string,
  w: BenchWriters,
  opts: {
    seconds: number;
    connections: number;
    perSecond: number;
    writerPaths: string[];
    visitorPaths: string[];
    post: (n: number) => string;
  },
): Promise<RushResult> {
  const { seconds, connections } = opts;
  const healthz = await cannon(base, seconds, connections, () => ({ path: '/healthz', headers: {} }));
  const posting = poster(base, w.tokens, opts.perSecond, opts.post);
  const writers = await cannon(base, seconds, connections, (i) => ({
    path: opts.writerPaths[i % opts.writerPaths.length] as string,
    headers: { cookie: w.cookies[Math.floor(i / opts.writerPaths.length) % w.cookies.length] as string },
  }));
  const visitors = await cannon(base, seconds, connections, (i) => ({
    path: opts.visitorPaths[i % opts.visitorPaths.length] as string,
    headers: {},
  }));
  const { posted, failed } = posting.stop();
  return { healthz, writers, visitors, posted, postFailures: failed };
}
