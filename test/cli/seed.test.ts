import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../src/cli/seed.ts';
import { summaries } from '../summaries.ts';

const quiet = { write: () => true };
const schemaOf = (sqlite: ReturnType<typeof memoryDatabase>['sqlite']) =>
  sqlite
    .prepare("select type, name, sql from sqlite_master where type in ('index', 'trigger') order by name")
    .all();

describe('promptly seed', () => {
  it('loads in one go, then leaves the summaries right and every trigger and index in place', () => {
    const { sqlite } = memoryDatabase();
    const before = schemaOf(sqlite);
    seedDatabase(sqlite, { writers: 30, pieces: 400, events: 3, passwordHash: 'x', progress: quiet });
    expect(schemaOf(sqlite)).toEqual(before);
    const after = summaries(sqlite);
    expect(after.stored).toEqual(after.recomputed);
    expect(after.stored.event_summaries).toHaveLength(3);
    // The triggers are back: a write after the seed keeps the summaries.
    sqlite.prepare("update pieces set status = 'posted' where status <> 'posted'").run();
    sqlite.prepare('update writers set profile_public = 1').run();
    const later = summaries(sqlite);
    expect(later.stored).toEqual(later.recomputed);
  });

  it('runs every event in the month it is given, as many as asked for', () => {
    const { sqlite } = memoryDatabase();
    seedDatabase(sqlite, {
      writers: 5,
      pieces: 50,
      events: 6,
      month: '2026-02',
      passwordHash: 'x',
      progress: quiet,
    });
    const events = sqlite.prepare('select slug, first_day, last_day from events order by id').all();
    expect(events).toHaveLength(6);
    for (const e of events as { first_day: string; last_day: string }[]) {
      expect(e.first_day).toBe('2026-02-01');
      expect(e.last_day).toBe('2026-02-28');
    }
    expect(new Set((events as { slug: string }[]).map((e) => e.slug)).size).toBe(6);
  });

  it('adds nothing at all when it fails midway', () => {
    const { sqlite } = memoryDatabase();
    const before = schemaOf(sqlite);
    // The progress report after the first batch of pieces fails, as a full disk would.
    const failing = {
      isTTY: true,
      write: () => {
        throw new Error('disk full');
      },
    };
    expect(() =>
      seedDatabase(sqlite, { writers: 5, pieces: 12_000, passwordHash: 'x', progress: failing }),
    ).toThrow('disk full');
    expect(sqlite.prepare('select count(*) from pieces').pluck().get()).toBe(0);
    expect(sqlite.prepare('select count(*) from writers').pluck().get()).toBe(0);
    expect(schemaOf(sqlite)).toEqual(before);
  });
});
