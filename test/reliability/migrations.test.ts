import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, MigrationRefused, migrateDatabase, openDatabase } from '../../db/client.ts';
import { findPiece } from '../../src/queries/pieces.ts';
import { summaries } from '../summaries.ts';

type JournalEntry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };
type Row = Record<string, string | number | null>;

const JOURNAL = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};
/** Realistic rows for every table any schema version has; each version gets the tables and columns it knows. */
const ROWS = JSON.parse(readFileSync(new URL('../fixtures/db/rows.json', import.meta.url), 'utf8')) as Record<
  string,
  Row[]
>;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptly-migrations-'));
  dirs.push(dir);
  return dir;
}

/** A migrations folder with the first `count` committed migrations, then `extra` ones (tag and SQL). */
function migrationsFolder(count: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'meta'));
  const entries = JOURNAL.entries.slice(0, count);
  for (const e of entries) copyFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  const last = entries.at(-1) as JournalEntry;
  extra.forEach(({ tag, sql }, i) => {
    writeFileSync(join(dir, `${tag}.sql`), sql);
    entries.push({ ...last, idx: last.idx + i + 1, when: last.when + i + 1, tag });
  });
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...JOURNAL, entries }));
  return dir;
}

const columnsOf = (sqlite: Database.Database, table: string) =>
  (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);

/** Inserts the fixture rows of the tables the database has, with the columns it has. */
function insertRows(sqlite: Database.Database) {
  for (const [table, rows] of Object.entries(ROWS)) {
    const columns = new Set(columnsOf(sqlite, table));
    if (columns.size === 0) continue;
    for (const row of rows) {
      const kept = Object.entries(row).filter(([k]) => columns.has(k));
      const names = kept.map(([k]) => `"${k}"`).join(', ');
      sqlite
        .prepare(`insert into "${table}" (${names}) values (${kept.map(() => '?').join(', ')})`)
        .run(...kept.map(([, v]) => v));
    }
  }
}

/** Every row of every table (but the migrator's), in rowid order. */
function snapshot(sqlite: Database.Database): Record<string, Row[]> {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}" order by rowid`).all() as Row[]]),
  );
}

/** A database file at the schema of the first `count` migrations, opened as the app opens it, with the fixture rows. */
function oldDatabase(count: number): { path: string; before: Record<string, Row[]> } {
  const path = join(tempDir(), 'promptly.db');
  const { db, sqlite } = openDatabase(path);
  migrate(db, { migrationsFolder: migrationsFolder(count) });
  insertRows(sqlite);
  const before = snapshot(sqlite);
  sqlite.close();
  return { path, before };
}

// Summaries, computed from the other tables: a migration fills them (checked against a recomputation).
const DERIVED = new Set([
  'event_pieces',
  'event_writers',
  'event_summaries',
  'day_summaries',
  'event_fandoms',
  'writer_days',
  'writer_dates',
  'writer_fandoms',
  'versions',
]);

// A fill's copies of its piece's, writer's and day's values, and a fandom's copy of its piece's writer,
// filled in by the migrations that added them.
const DERIVED_COLUMNS = new Set([
  ...['event_id', 'writer_id', 'posted', 'visible', 'words', 'sort_date'].map((c) => `fills.${c}`),
  'piece_fandoms.writer_id',
]);

/** Every row from before is still there after, with the same values in the columns it had. */
function expectKept(before: Record<string, Row[]>, after: Record<string, Row[]>) {
  for (let [table, rows] of Object.entries(before)) {
    if (DERIVED.has(table)) continue;
    const columns = Object.keys(rows[0] ?? {}).filter((k) => !DERIVED_COLUMNS.has(`${table}.${k}`));
    const kept = (after[table] ?? []).map((row) => Object.fromEntries(columns.map((k) => [k, row[k]])));
    rows = rows.map((row) => Object.fromEntries(columns.map((k) => [k, row[k] ?? null])));
    expect(kept, table).toEqual(rows);
  }
}

const previous = JOURNAL.entries.slice(0, -1).map((e, i) => [e.tag, i + 1] as const);

describe('migrating a database made by an earlier schema', () => {
  it.each(previous)('keeps every row of a database at %s', (_tag, count) => {
    const { path, before } = oldDatabase(count);
    expect(Object.values(before).flat().length).toBeGreaterThan(20);
    // As the server and the CLI start: open, migrate every committed migration.
    const { db, sqlite } = openDatabase(path);
    migrateDatabase(db);
    const after = snapshot(sqlite);
    expectKept(before, after);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length - 1);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const totals = summaries(sqlite);
    expect(totals.stored).toEqual(totals.recomputed);
    expect(totals.stored.event_pieces?.length).toBeGreaterThan(0);
    // The app reads the old rows through its own queries.
    const piece = findPiece(db, 1);
    expect(piece?.fandoms).toEqual(['Good Omens', 'Sherlock (TV)']);
    expect(piece?.fills.map((f) => [f.eventSlug, f.day, f.prompts.map((p) => p.text)])).toEqual([
      ['whumptober-2024', 1, ['Blood', 'Tears | Sweat']],
      ['fictober-2024', 1, ['Stay']],
    ]);
    sqlite.close();
  });

  it('keeps the rows that point at a table a later migration rebuilds (drizzle-kit: create, copy, drop, rename)', () => {
    const { path, before } = oldDatabase(JOURNAL.entries.length);
    const { db, sqlite } = openDatabase(path);
    const rebuild = (table: string) => {
      const create = (
        sqlite.prepare('select sql from sqlite_master where name = ?').get(table) as { sql: string }
      ).sql;
      const indexes = sqlite
        .prepare("select sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
        .all(table) as { sql: string }[];
      const columns = columnsOf(sqlite, table)
        .map((c) => `"${c}"`)
        .join(', ');
      return [
        'PRAGMA foreign_keys=OFF',
        create.replace(/^CREATE TABLE [`"]?\w+[`"]?/, `CREATE TABLE \`__new_${table}\``),
        `INSERT INTO \`__new_${table}\`(${columns}) SELECT ${columns} FROM \`${table}\``,
        `DROP TABLE \`${table}\``,
        `ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\``,
        'PRAGMA foreign_keys=ON',
        ...indexes.map((i) => i.sql),
      ].join(';--> statement-breakpoint\n');
    };
    const folder = migrationsFolder(JOURNAL.entries.length, [
      { tag: '9000_rebuild_pieces', sql: rebuild('pieces') },
      { tag: '9001_rebuild_event_days', sql: rebuild('event_days') },
    ]);
    migrateDatabase(db, folder);
    expectKept(before, snapshot(sqlite));
    // The triggers still work on the rebuilt tables.
    sqlite.prepare("update pieces set status = 'drafting'").run();
    const totals = summaries(sqlite);
    expect(totals.stored).toEqual(totals.recomputed);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
  });
});

describe('usernames unique whatever their case', () => {
  // The migration that makes lower(username) unique, and the one before it that refuses duplicates.
  const refusing = JOURNAL.entries.findIndex((e) => e.tag.endsWith('_refuse_duplicate_usernames'));

  /** A database at the schema just before the refusing migration, with writers named as given. */
  function withWriters(names: string[]) {
    const path = join(tempDir(), 'promptly.db');
    const { db, sqlite } = openDatabase(path);
    migrate(db, { migrationsFolder: migrationsFolder(refusing) });
    const add = sqlite.prepare('insert into writers (username, display_name) values (?, ?)');
    for (const name of names) add.run(name, name);
    return { db, sqlite };
  }

  const migrations = (sqlite: Database.Database) =>
    (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;

  it('refuses to migrate a database where two usernames differ only in case, naming them, and changes nothing', () => {
    expect(refusing).toBeGreaterThan(0);
    const { db, sqlite } = withWriters(['Ann', 'bob', 'ann', 'Carl']);
    const before = snapshot(sqlite);
    const schema = sqlite.prepare('select type, name, sql from sqlite_master order by name').all();
    const applied = migrations(sqlite);
    expect(() => migrateDatabase(db)).toThrow(MigrationRefused);
    try {
      migrateDatabase(db);
    } catch (err) {
      expect((err as Error).message).toBe(
        'Some usernames differ only in case (such as Ann and ann), and usernames must now be unique whatever their case: rename all but one of each, then start Promptly again. They are: Ann (id 1), ann (id 3)',
      );
    }
    expect(snapshot(sqlite)).toEqual(before);
    expect(sqlite.prepare('select type, name, sql from sqlite_master order by name').all()).toEqual(schema);
    expect(migrations(sqlite)).toBe(applied);
    sqlite.close();
  });

  it('migrates once the clash is renamed, and then the database itself refuses Ann beside ann', () => {
    const { db, sqlite } = withWriters(['Ann', 'ann']);
    expect(() => migrateDatabase(db)).toThrow(MigrationRefused);
    sqlite.prepare("update writers set username = 'ann-2' where username = 'ann'").run();
    migrateDatabase(db);
    const add = sqlite.prepare('insert into writers (username, display_name) values (?, ?)');
    expect(() => add.run('ANN', 'x')).toThrow(/UNIQUE constraint failed/);
    add.run('Bob', 'x');
    expect(() => add.run('bob', 'x')).toThrow(/UNIQUE constraint failed/);
    sqlite.close();
  });
});
