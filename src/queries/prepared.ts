import type { Db } from '../../db/client.ts';

/**
 * A statement (or anything else) made once per database handle and reused: `make` runs on the
 * first call for each `db`. Hot queries use it with drizzle's `.prepare()` and `sql.placeholder`.
 */
export function perDatabase<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}

/** A list of ids as one bound parameter, for `in (select value from json_each(?))` in a prepared statement. */
export const idList = (ids: readonly number[]): string => JSON.stringify(ids);
