import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { sessions } from '../../db/schema.ts';
import { createApp } from '../../src/app.tsx';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { seedDatabase } from '../../src/cli/seed.ts';
import { createToken } from '../../src/queries/tokens.ts';

// The tables that grow with the instance (all but events and their alternates): a query that reads
// one of them whole (SCAN, with or without a covering index) gets slower with every writer and piece.
const BIG_TABLES = [
  'pieces',
  'fills',
  'event_days',
  'prompts',
  'piece_fandoms',
  'fill_prompts',
  'writers',
  'sessions',
  'api_tokens',
  'event_members',
  'word_logs',
  'goals',
  'idempotency_keys',
  'login_failures',
  'event_pieces',
  'event_writers',
  'day_summaries',
  'event_fandoms',
  'versions',
];

/** The hot pages and API calls, as a visitor and as writer1 (whose pieces are the most). */
const VISITS = [
  '/',
  '/events',
  '/events/whumptober-2025',
  '/events/whumptober-2025?month=2025-10',
  '/events/whumptober-2025/days/5',
  '/events/whumptober-2025/pieces',
  '/events/whumptober-2025/pieces?day=5&fandom=Good+Omens&rating=Mature&order=day',
  '/events/whumptober-2025/pieces?order=day&page=2&after=3~2025-10-04~100',
  '/events/whumptober-2025/pieces?page=2&before=2025-10-04~100',
  '/events/whumptober-2025/pieces?rating=Mature&fandom=Good+Omens',
  '/events/whumptober-2025/pieces?day=5&page=2&after=2025-10-06~100',
  '/@writer1',
  '/@writer1.atom',
  '/events.atom',
  '/events/whumptober-2025/pieces.atom',
  '/@writer1/events/whumptober-2025/card.svg',
];
const WRITER_VISITS = [
  '/pieces',
  '/pieces?event=whumptober-2025&status=posted&fandom=Good+Omens&sort=words',
  '/pieces?sort=title&page=2',
  '/pieces/1',
];

/** Every statement the app prepared while serving the visits, with its query plan. */
async function plansOfHotQueries(): Promise<{ sql: string; plan: string[] }[]> {
  const { db, sqlite } = memoryDatabase();
  seedDatabase(sqlite, { writers: 40, pieces: 600, passwordHash: 'x', progress: { write: () => true } });
  const seen = new Set<string>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    seen.add(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  const now = DateTime.fromISO('2025-10-05T12:00:00Z', { zone: 'UTC' });
  const app = createApp({ db, now: () => now });
  const secret = newSecret();
  const writerId = (prepare("select id from writers where username = 'writer1'").get() as { id: number }).id;
  db.insert(sessions)
    .values({ id: digest(secret), writerId, expiresAt: now.plus({ days: 30 }).toISO() as string })
    .run();
  const cookie = { Cookie: `${SESSION_COOKIE}=${secret}` };
  for (const path of VISITS) {
    expect((await app.request(path)).status, path).toBe(200);
    expect((await app.request(path, { headers: cookie })).status, path).toBe(200);
  }
  for (const path of WRITER_VISITS)
    expect((await app.request(path, { headers: cookie })).status, path).toBe(200);
  const { token } = createToken(db, writerId, 'plans');
  const api = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const piece = {
    title: 'Plans',
    words: 100,
    fandoms: ['Good Omens'],
    fills: [{ event: 'whumptober-2025', day: 5, prompts: [1] }],
  };
  expect(
    (await app.request('/api/v1/pieces', { method: 'POST', headers: api, body: JSON.stringify(piece) }))
      .status,
  ).toBe(201);
  expect((await app.request('/api/v1/me/pieces?limit=20', { headers: api })).status).toBe(200);
  return [...seen]
    .filter((source) => /^\s*(select|insert|update|delete|with)\b/i.test(source))
    .map((source) => {
      const params = (source.match(/\?/g) ?? []).map(() => null);
      const plan = (prepare(`explain query plan ${source}`).all(...params) as { detail: string }[]).map(
        (r) => r.detail,
      );
      return { sql: source, plan };
    });
}

/** The names a query may use for the big tables: the tables, and any alias it gives them. */
function namesOfBigTables(source: string): Set<string> {
  const names = new Set(BIG_TABLES);
  const alias = new RegExp(`\\b"?(${BIG_TABLES.join('|')})"?\\s+(?:as\\s+)?"?([a-z_]\\w*)"?`, 'gi');
  for (const [, , name] of source.matchAll(alias))
    if (name && !/^(on|where|join|inner|left|set|values|using)$/i.test(name)) names.add(name);
  return names;
}

/**
 * Statements that may sort or group with a temporary B-tree: each reads one writer's own rows (their
 * pieces, fandoms, word logs), so its cost follows what that writer wrote, never an event's fills,
 * and its result is kept under the writer's version.
 */
const WRITER_BOUNDED = [
  // The collection sorted by words or title; the API's pages of pieces in the order they were logged.
  /^select .* from "pieces" where \(?"pieces"."writer_id" = \?.* order by ("pieces"."words" desc|"pieces"."title" collate nocase|"pieces"."id" asc)/,
  // The writer's own pieces filling one day.
  /^select .* from "fills" inner join "pieces" .* where \("fills"."writer_id" = \? and "fills"."day_id" = \?\) order by "pieces"."id" desc/,
  // A page of the writer's pieces, their fandoms and fills, ordered for the page.
  /^select .* from "piece_fandoms" where "piece_fandoms"."piece_id" in .* order by "piece_fandoms"."position"/,
  /^select .* from "fills" inner join "event_days" .* where "fills"."piece_id" in .* order by "events"."first_day"/,
  /^select .* from "fill_prompts" inner join "prompts" .* where "fill_prompts"."fill_id" in .* order by "prompts"."position"/,
  // The events themselves, in date order: a few a day at most (creation is limited), not what grows.
  /^select .* from "events" where /,
];

describe('the hot queries’ plans', () => {
  let plans: { sql: string; plan: string[] }[] = [];
  beforeAll(async () => {
    plans = await plansOfHotQueries();
  });

  it('were all seen (the pages ran their queries)', () => {
    expect(plans.length).toBeGreaterThan(30);
    expect(plans.some((p) => p.sql.includes('"piece_fandoms"'))).toBe(true);
  });

  it('read the big tables through indexes, never whole', () => {
    const scans = plans.flatMap(({ sql, plan }) => {
      const names = namesOfBigTables(sql);
      return plan
        .filter((line) => {
          const scanned = /^SCAN (\S+)/.exec(line)?.[1];
          return scanned !== undefined && names.has(scanned);
        })
        .map((line) => `${line}\n  in: ${sql}`);
    });
    expect(scans).toEqual([]);
  });

  it('never sort or group a growing table with a temporary B-tree, but for one writer’s own rows', () => {
    const sorts = plans.flatMap(({ sql, plan }) => {
      const reads = [...namesOfBigTables(sql)].some((name) => new RegExp(`"${name}"`).test(sql));
      if (!reads || WRITER_BOUNDED.some((allowed) => allowed.test(sql))) return [];
      return plan
        .filter((line) => /USE TEMP B-TREE FOR (.*ORDER BY|GROUP BY|DISTINCT)/.test(line))
        .map((line) => `${line}\n  in: ${sql}`);
    });
    expect(sorts).toEqual([]);
  });
});
