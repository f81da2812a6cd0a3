import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { DateTime } from 'luxon';
import { openDatabase } from '../db/client.ts';
import { databaseHealth } from '../db/health.ts';
import { databaseProblemOf, openCheckedDatabase, quickCheckApart } from '../db/startup.ts';
import { createAo3Client } from './ao3/client.ts';
import type { createApp } from './app.tsx';
import type { NodeBindings } from './context.ts';
import { seedDemo } from './demo.ts';
import { hasEvents, seedDemoBingo } from './demo-bingo.ts';
import { parseBaseUrl } from './domain/base-url.ts';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? 'localhost';
const databaseUrl = process.env.DATABASE_URL ?? './data/promptly.db';
const signupSetting = process.env.PROMPTLY_SIGNUP || 'open';
if (signupSetting !== 'open' && signupSetting !== 'closed') {
  console.error(`PROMPTLY_SIGNUP must be "open" or "closed", not "${signupSetting}"`);
  process.exit(1);
}
const signup: 'open' | 'closed' = signupSetting;
const trustProxy = ['1', 'true', 'yes'].includes((process.env.PROMPTLY_TRUST_PROXY ?? '').toLowerCase());
const base = process.env.PROMPTLY_BASE_URL ? parseBaseUrl(process.env.PROMPTLY_BASE_URL) : undefined;
if (base && !base.ok) {
  console.error(base.errors.join(' '));
  process.exit(1);
}
const baseUrl = base?.value;
const ao3Url = process.env.PROMPTLY_AO3_URL || 'https://archiveofourown.org';
if (!URL.canParse(ao3Url) || !/^https?:$/.test(new URL(ao3Url).protocol)) {
  console.error(`PROMPTLY_AO3_URL must be an http or https address, not "${ao3Url}"`);
  process.exit(1);
}
const ao3Fetch = (process.env.PROMPTLY_AO3_FETCH ?? '').toLowerCase() !== 'off';
const workers = Number(process.env.PROMPTLY_WORKERS ?? 1);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
  console.error(
    `PROMPTLY_WORKERS must be a whole number from 1 to 64, not "${process.env.PROMPTLY_WORKERS}"`,
  );
  process.exit(1);
}

/** Says what is wrong in one line (and what to do) and exits 1. */
function refuseToStart(message: string): never {
  console.error(`Promptly cannot start: ${message}`);
  process.exit(1);
}

/** Opens the database, checks that this process can write, migrates (once, in the primary) and seeds the demo. */
function openForStart(): ReturnType<typeof openCheckedDatabase> {
  try {
    // PRAGMA quick_check runs apart, beside the start.
    const opened = openCheckedDatabase(databaseUrl, { quickCheck: false });
    if (cluster.isPrimary) {
      // The demo bingo only beside a fresh demo, never added to a database that already had events.
      const fresh = !hasEvents(opened.db);
      seedDemo(opened.db, DateTime.now());
      if (fresh) seedDemoBingo(opened.db, DateTime.now());
    }
    return opened;
  } catch (err) {
    const problem = databaseProblemOf(databaseUrl, err);
    if (problem) refuseToStart(problem);
    throw err;
  }
}

if (cluster.isPrimary && workers > 1) {
  // Migrations, the demo and the file's check run once, here, before any worker opens the file.
  openForStart().sqlite.close();
  quickCheckApart(databaseUrl).then((damage) => {
    if (damage) refuseToStart(damage);
    superviseWorkers(workers);
  });
} else {
  const { db, sqlite } = openForStart();
  serveRequests(db, sqlite, cluster.isPrimary ? quickCheckApart(databaseUrl) : Promise.resolve(null));
}

/**
 * Starts `count` worker processes that share the port (node:cluster) and the WAL database; passes
 * SIGTERM or SIGINT on to them and exits once they all have (1 if any did not stop cleanly).
 */
function superviseWorkers(count: number) {
  let stopping = false;
  let failed = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (code !== 0) failed = true;
    if (!stopping) {
      console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
      cluster.fork();
      return;
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(checkpointed() && !failed ? 0 : 1);
  });
  // Workers closing at the same instant each see the other's connection open, and then neither
  // checkpoints the WAL into the file: the last connection, opened and closed here, does.
  const checkpointed = () => {
    try {
      openDatabase(databaseUrl).sqlite.close();
      return true;
    } catch (err) {
      console.error(`Could not checkpoint the database: ${(err as Error).message}`);
      return false;
    }
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${count} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * Serves the app on `db` in this process until SIGTERM or SIGINT. It listens as soon as the
 * database is open while the app's routes and views (most of the start-up time) load and `checked`
 * (PRAGMA quick_check in a worker thread) runs: /healthz answers at once, and any other request
 * waits for both instead of finding the port closed. A damaged database stops the server with one
 * line before any such request is answered.
 */
function serveRequests(
  db: ReturnType<typeof openCheckedDatabase>['db'],
  sqlite: ReturnType<typeof openCheckedDatabase>['sqlite'],
  checked: Promise<string | null>,
) {
  const health = databaseHealth(sqlite);
  let app: ReturnType<typeof createApp> | undefined;
  const loading = Promise.all([import('./app.tsx'), checked]).then(([module, damage]) => {
    if (damage) refuseToStart(damage);
    // The rate limits are counted in the database, which every worker process shares.
    const ao3 = ao3Fetch ? createAo3Client({ baseUrl: ao3Url, instanceUrl: baseUrl, db }) : undefined;
    app = module.createApp({ db, now: () => DateTime.now(), signup, trustProxy, baseUrl, health, ao3 });
    return app;
  });
  loading.catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
  const fetch = (request: Request, env: NodeBindings) => {
    if (app) return app.fetch(request, env);
    if (new URL(request.url).pathname === '/healthz') {
      const problem = health.problem();
      return new Response(problem ? `unhealthy: ${problem}` : 'ok', { status: problem ? 503 : 200 });
    }
    return loading.then((ready) => ready.fetch(request, env));
  };

  const server = serve({ fetch, port, hostname }, (info) => {
    // Said once the database passed its check and the app is ready: a refused start says only why.
    loading.then(() =>
      console.log(`Promptly is listening on http://${hostname}:${info.port} (database: ${databaseUrl})`),
    );
  }) as Server;

  let stopping = false;

  /**
   * Stops accepting connections, lets the requests in flight finish, then closes the database
   * (checkpointing the WAL into the file) and exits 0; exits 1 if that takes over 10 s.
   */
  function shutdown(signal: string) {
    // A terminal's Ctrl-C may reach us twice (directly and relayed by npm or tsx): one shutdown is enough.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    // Keep-alive connections would hold close() open until they time out: end each as soon as it is idle.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(idle);
      sqlite.close();
      console.log('Database closed; stopped.');
      process.exit(0);
    });
    setTimeout(() => {
      console.error('Requests still in flight after 10 s; stopping anyway.');
      process.exit(1);
    }, 10_000).unref();
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
