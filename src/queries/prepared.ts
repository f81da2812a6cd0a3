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

/**
 * A statement made once per database handle and `key`, for queries whose shape varies (filters,
 * cursors): `make` runs the first time each shape is asked for, with placeholders for its values.
 */
export function perShape<T>(make: (db: Db, shape: string) => T): (db: Db, shape: string) => T {
  const made = new WeakMap<Db, Map<string, T>>();
  return (db, shape) => {
    let shapes = made.get(db);
    if (!shapes) {
      shapes = new Map();
      made.set(db, shapes);
    }
    let value = shapes.get(shape);
    if (value === undefined) {
      value = make(db, shape);
      shapes.set(shape, value);
    }
    return value;
  };
}
