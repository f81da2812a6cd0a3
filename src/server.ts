import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { DateTime } from 'luxon';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { createApp } from './app.tsx';
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

const { db, sqlite } = openDatabase(databaseUrl);
migrateDatabase(db);
seedDemo(db, DateTime.now());
const app = createApp({ db, now: () => DateTime.now(), signup, trustProxy });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Promptly is listening on http://${hostname}:${info.port} (database: ${databaseUrl})`);
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
