import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, sqliteErrorOf } from '../../db/client.ts';
import { writers } from '../../db/schema.ts';
import { preparedDatabase } from './live.ts';

/** What running `write` on its own connection did: 'written', or the SQLite error code that refused it. */
function attempt(write: () => void): string {
  try {
    write();
    return 'written';
  } catch (err) {
    return sqliteErrorOf(err)?.code ?? String(err);
  }
}

describe('a transaction on one connection while another process writes the same file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function twoConnections() {
    const { dir, dbPath } = preparedDatabase();
    dirs.push(dir);
    const a = openDatabase(dbPath);
    const b = openDatabase(dbPath);
    // The other process's write is refused at once rather than waiting out the busy timeout.
    b.sqlite.pragma('busy_timeout = 0');
    const other = () => attempt(() => b.sqlite.prepare("update writers set display_name = 'B'").run());
    return { a, b, other };
  }

  it('holds the write lock from its start: it reads, the other write waits, and its own write commits', () => {
    const { a, b, other } = twoConnections();
    let meanwhile = '';
    const result = a.db.transaction((tx) => {
      const before = tx.select({ n: sql<number>`count(*)` }).from(writers).get()?.n;
      meanwhile = other();
      tx.update(writers).set({ displayName: 'A' }).run();
      return before;
    });
    expect(result).toBe(1);
    // Deferred, the read took a snapshot, the other write committed, and this write then failed
    // as SQLITE_BUSY_SNAPSHOT, which no busy timeout retries.
    expect(meanwhile).toBe('SQLITE_BUSY');
    expect(other()).toBe('written');
    expect(a.sqlite.prepare('select display_name from writers').pluck().all()).toEqual(['B']);
    a.sqlite.close();
    b.sqlite.close();
  });

  it('nests as a savepoint: an inner transaction that throws undoes only its own writes', () => {
    const { a, b } = twoConnections();
    a.db.transaction((tx) => {
      tx.update(writers).set({ displayName: 'outer' }).run();
      expect(() =>
        a.db.transaction((inner) => {
          inner.update(writers).set({ squickWords: 'inner' }).run();
          throw new Error('refused');
        }),
      ).toThrow('refused');
    });
    expect(b.sqlite.prepare('select display_name, squick_words from writers').all()).toEqual([
      { display_name: 'outer', squick_words: '' },
    ]);
    a.sqlite.close();
    b.sqlite.close();
  });

  it('keeps a behaviour asked for: a deferred transaction does not take the lock until it writes', () => {
    const { a, b, other } = twoConnections();
    let meanwhile = '';
    a.db.transaction(
      (tx) => {
        tx.select().from(writers).all();
        meanwhile = other();
      },
      { behavior: 'deferred' },
    );
    expect(meanwhile).toBe('written');
    a.sqlite.close();
    b.sqlite.close();
  });
});
