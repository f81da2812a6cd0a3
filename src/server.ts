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
});

function shutdown(signal: string) {
  console.log(`${signal}: finishing requests in flight, then closing the database`);
  server.close(() => {
    sqlite.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
