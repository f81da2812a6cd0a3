import type Database from 'better-sqlite3';
import type { Db } from '../db/client.ts';

/** How much the cache of one database may hold: bytes of pages plus callers' estimates for other values. */
export const CACHE_BUDGET = 16 * 1024 * 1024;

/**
 * What a cached value was computed from: an event's shared part (by id or slug), a writer's own
 * data (by id or username), or the list of events. Triggers bump each in the writing transaction.
 */
export type Source =
  | { event: number }
  | { eventSlug: string }
  | { writer: number }
  | { username: string }
  | { events: true };

type Statements = {
  event: Database.Statement;
  eventSlug: Database.Statement;
  writer: Database.Statement;
  username: Database.Statement;
  events: Database.Statement;
};

function statements(client: Database.Database): Statements {
  const one = (source: string) => client.prepare(source).pluck();
  return {
    event: one("select n from versions where scope = 'event' and id = ?"),
    eventSlug: one(
      "select coalesce((select n from versions where scope = 'event' and id = e.id), 0) || ':' || e.id from events e where e.slug = ?",
    ),
    writer: one("select n from versions where scope = 'writer' and id = ?"),
    username: one(
      "select coalesce((select n from versions where scope = 'writer' and id = w.id), 0) || ':' || w.id from writers w where lower(w.username) = lower(?)",
    ),
    events: one("select n from versions where scope = 'events' and id = 0"),
  };
}

/**
 * Values computed from one database, kept under the versions of what they were computed from, so a
 * write forgets only what it changed; a commit by another process (the CLI, another worker) bumps
 * the same versions in the file, so it shows at once. Oldest entries go first past the budget.
 * Inside a transaction nothing is kept: what it reads may be rolled back.
 */
export class DbCache {
  readonly #entries = new Map<string, { value: unknown; size: number }>();
  readonly #client: Database.Database;
  readonly #versions: Statements;
  #size = 0;

  constructor(client: Database.Database) {
    this.#client = client;
    this.#versions = statements(client);
  }

  /** The versions of `sources` now, as one string; read before computing, so a later write can only make it older. */
  versionOf(sources: readonly Source[]): string {
    const v = this.#versions;
    return sources
      .map((s) => {
        if ('event' in s) return `e${s.event}:${v.event.get(s.event) ?? 0}`;
        if ('eventSlug' in s) return `s${s.eventSlug}:${v.eventSlug.get(s.eventSlug) ?? '-'}`;
        if ('writer' in s) return `w${s.writer}:${v.writer.get(s.writer) ?? 0}`;
        if ('username' in s) return `u${s.username.toLowerCase()}:${v.username.get(s.username) ?? '-'}`;
        return `l:${v.events.get() ?? 0}`;
      })
      .join('|');
  }

  /** The value kept under `key` for `version` (from versionOf), if any. */
  get<T>(key: string, version: string): T | undefined {
    const hit = this.#entries.get(`${key}\n${version}`);
    if (!hit) return undefined;
    // Recently used entries move to the back, so the budget evicts the least recently used.
    this.#entries.delete(`${key}\n${version}`);
    this.#entries.set(`${key}\n${version}`, hit);
    return hit.value as T;
  }

  /** Keeps `value` under `key` for `version`, unless a transaction is open (it may yet roll back). */
  set(key: string, version: string, value: unknown, size: number): void {
    if (this.#client.inTransaction || size > CACHE_BUDGET / 4) return;
    const full = `${key}\n${version}`;
    const old = this.#entries.get(full);
    if (old) this.#size -= old.size;
    this.#entries.delete(full);
    this.#entries.set(full, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#size <= CACHE_BUDGET) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
  }

  /** The value under `key` computed from `sources`, computed by `compute` (and kept) when missing. */
  memo<T>(
    key: string,
    sources: readonly Source[],
    compute: () => T,
    size: number | ((value: T) => number) = 1024,
  ): T {
    const version = this.versionOf(sources);
    const hit = this.get<T>(key, version);
    if (hit !== undefined) return hit;
    const value = compute();
    this.set(key, version, value, typeof size === 'number' ? size : size(value));
    return value;
  }
}

const caches = new WeakMap<Database.Database, DbCache>();

/** The cache of `db`'s connection: one per connection, whichever drizzle handle (or transaction) asks. */
export function cacheOf(db: Db): DbCache {
  // drizzle() keeps the better-sqlite3 handle as $client; a transaction's handle shares its session's.
  const client = (db as Db & { $client?: Database.Database }).$client ?? clientOfTransaction(db);
  let cache = caches.get(client);
  if (!cache) {
    cache = new DbCache(client);
    caches.set(client, cache);
  }
  return cache;
}

function clientOfTransaction(db: Db): Database.Database {
  const session = (db as unknown as { session?: { client?: Database.Database } }).session;
  if (!session?.client) throw new Error('cacheOf: not a better-sqlite3 drizzle handle');
  return session.client;
}
