import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { DateTime } from 'luxon';
import { databaseHealth } from '../db/health.ts';
import { databaseProblemOf, openCheckedDatabase, quickCheckApart } from '../db/startup.ts';
import type { createApp } from './app.tsx';
import type { NodeBindings } from './context.ts';
import { seedDemo } from './demo.ts';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? 'localhost';
const databaseUrl = process.env.DATABASE_URL ?? './data/promptly.db';
const signup = process.env.PROMPTLY_SIGNUP || 'open';
if (signup !== 'open' && signup !== 'closed') {
  console.error(`PROMPTLY_SIGNUP must be "open" or "closed", not "${signup}"`);
  process.exit(1);
}
const trustProxy = ['1', 'true', 'yes'].includes((process.env.PROMPTLY_TRUST_PROXY ?? '').toLowerCase());

/** Says what is wrong in one line (and what to do) and exits 1. */
function refuseToStart(message: string): never {
  console.error(`Promptly cannot start: ${message}`);
  process.exit(1);
}

let opened: ReturnType<typeof openCheckedDatabase>;
try {
  // Opens, checks that this process can write, migrates; PRAGMA quick_check runs beside the start.
  opened = openCheckedDatabase(databaseUrl, { quickCheck: false });
  seedDemo(opened.db, DateTime.now());
} catch (err) {
  const problem = databaseProblemOf(databaseUrl, err);
  if (problem) refuseToStart(problem);
  throw err;
}
const { db, sqlite } = opened;
const health = databaseHealth(sqlite);

// The server listens as soon as the database is open while the app's routes and views (most of
// the start-up time) load and a worker thread runs PRAGMA quick_check over the whole file: /healthz
// answers at once, and any other request waits for both instead of finding the port closed. A
// damaged database stops the server with one line before any such request is answered.
let app: ReturnType<typeof createApp> | undefined;
const loading = Promise.all([import('./app.tsx'), quickCheckApart(databaseUrl)]).then(([module, damage]) => {
  if (damage) refuseToStart(damage);
  app = module.createApp({ db, now: () => DateTime.now(), signup, trustProxy, health });
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
