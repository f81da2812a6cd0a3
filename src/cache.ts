import type Database from 'better-sqlite3';
import type { Db } from '../db/client.ts';

/** How much the cache of one database may hold: bytes of pages plus callers' estimates for other values. */
export const CACHE_BUDGET = 16 * 1024 * 1024;

/**
 * Values computed from one database, all dropped as soon as the database changes: a row
 * inserted, updated or deleted by this connection (SQLite's total_changes()) or a commit by any
 * other connection, such as the CLI (PRAGMA data_version). Oldest entries go first past the budget.
 */
export class DbCache {
  readonly #entries = new Map<string, { value: unknown; size: number }>();
  readonly #version: () => string;
  #seen = '';
  #size = 0;

  constructor(db: Db) {
    // drizzle() keeps the better-sqlite3 handle as $client (not in the Db type, which transactions share).
    const client = (db as Db & { $client?: Database.Database }).$client;
    if (!client) {
      // A transaction: what it reads may include its own uncommitted writes, so nothing is kept.
      let calls = 0;
      this.#version = () => `transaction:${++calls}`;
      return;
    }
    const changes = client.prepare('select total_changes()').pluck();
    const dataVersion = client.prepare('pragma data_version').pluck();
    this.#version = () => `${changes.get()}:${dataVersion.get()}`;
  }

  /** The database's version now; entries kept under an older version are dropped first. */
  version(): string {
    const now = this.#version();
    if (now !== this.#seen) {
      this.#entries.clear();
      this.#size = 0;
      this.#seen = now;
    }
    return now;
  }

  /** The value kept under `key` (if the database has not changed since), and the version now. */
  lookup<T>(key: string): { value: T | undefined; version: string } {
    const version = this.version();
    return { value: this.#entries.get(key)?.value as T | undefined, version };
  }

  /** The value kept under `key`, if the database has not changed since it was kept. */
  get<T>(key: string): T | undefined {
    return this.lookup<T>(key).value;
  }

  /** Keeps `value` under `key`, if the database is still at `version` (what it was computed from). */
  set(key: string, value: unknown, size: number, version: string): void {
    if (this.version() !== version || size > CACHE_BUDGET / 4) return;
    const old = this.#entries.get(key);
    if (old) this.#size -= old.size;
    this.#entries.delete(key);
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#size <= CACHE_BUDGET) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
  }

  /** The value under `key`, computed by `compute` (and kept, `size` counting against the budget) when missing. */
  memo<T>(key: string, compute: () => T, size: number | ((value: T) => number) = 1024): T {
    const version = this.version();
    const hit = this.#entries.get(key);
    if (hit) return hit.value as T;
    const value = compute();
    this.set(key, value, typeof size === 'number' ? size : size(value), version);
    return value;
  }
}

const caches = new WeakMap<Db, DbCache>();

/** The cache of `db` (one per database handle; a transaction's keeps nothing). */
export function cacheOf(db: Db): DbCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new DbCache(db);
    caches.set(db, cache);
  }
  return cache;
}
