import { DateTime } from 'luxon';
import { memoryDatabase } from '../db/client.ts';
import { createApp } from '../src/app.tsx';
import { seedDemo } from '../src/demo.ts';

/** The instant the route tests live at: day 2 of the demo event in UTC. */
export const TEST_NOW = DateTime.fromISO('2025-10-02T12:00:00Z', { zone: 'UTC' });

/** A fresh in-memory database with the real migrations, the demo event and the app built on it. */
export function testApp(now: DateTime = TEST_NOW, seedAt: DateTime = now) {
  const { db, sqlite } = memoryDatabase();
  seedDemo(db, seedAt);
  const app = createApp({ db, now: () => now });
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { app, db, sqlite, count };
}

/** A form post body from pairs (repeated names allowed). */
export function form(pairs: [string, string][] | Record<string, string>): URLSearchParams {
  return new URLSearchParams(Array.isArray(pairs) ? pairs : Object.entries(pairs));
}

/** Request options for a form post, optionally as htmx sends it. */
export function post(body: URLSearchParams, htmx = false): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (htmx) Object.assign(headers, { 'HX-Request': 'true', 'HX-Request-Type': 'partial' });
  return { method: 'POST', body, headers };
}

/** Headers htmx sends for a partial swap. */
export const HX = { 'HX-Request': 'true', 'HX-Request-Type': 'partial' };
