import type Database from 'better-sqlite3';
import { bulkLoad } from '../../db/summaries.ts';
import type { ProgressStream } from './progress.ts';
import { createProgress } from './progress.ts';
import { type SeedEvent, seedEvents, seedPiece, seedWriter } from './seed-data.ts';

/** Pieces written between two progress reports. */
const BATCH = 5_000;

/** Counts of what seedDatabase added. */
export type SeedCounts = { writers: number; events: number; pieces: number };

/** Thrown when the database already holds a seeded writer or event. */
export class SeedConflict extends Error {}

function checkConflicts(sqlite: Database.Database, writerCount: number, events: SeedEvent[]): void {
  const names = sqlite
    .prepare("select username from writers where lower(username) like 'writer%'")
    .pluck()
    .all();
  const taken = (names as string[]).find((u) => {
    const n = /^writer(\d+)$/i.exec(u)?.[1];
    return n !== undefined && Number(n) >= 1 && Number(n) <= writerCount && !n.startsWith('0');
  });
  if (taken)
    throw new SeedConflict(`The database already has a writer named ${taken}; seed a fresh database.`);
  const slug = sqlite.prepare('select slug from events where slug = ?').pluck();
  const clash = events.find((e) => slug.get(e.slug) !== undefined);
  if (clash)
    throw new SeedConflict(`The database already has the event ${clash.slug}; seed a fresh database.`);
}

/** Ids of the seeded events' days and prompts: [event index][day number - 1]. */
type DayIds = { dayId: number; promptIds: number[] }[][];

function insertEvents(sqlite: Database.Database, events: SeedEvent[]): DayIds {
  const event = sqlite.prepare(
    'insert into events (slug, name, description, first_day, last_day, late_until) values (?, ?, ?, ?, ?, ?)',
  );
  const day = sqlite.prepare('insert into event_days (event_id, number, date, title) values (?, ?, ?, ?)');
  const prompt = sqlite.prepare('insert into prompts (day_id, position, text) values (?, ?, ?)');
  return events.map((e) => {
    const eventId = event.run(
      e.slug,
      e.name,
      e.description,
      e.firstDay,
      e.lastDay,
      e.lateUntil,
    ).lastInsertRowid;
    return e.days.map((d) => {
      const dayId = Number(day.run(eventId, d.number, d.date, d.title).lastInsertRowid);
      const promptIds = d.prompts.map((text, i) => Number(prompt.run(dayId, i + 1, text).lastInsertRowid));
      return { dayId, promptIds };
    });
  });
}

/**
 * Adds the deterministic benchmark dataset: writers writer1…writerN sharing `passwordHash`,
 * `events` events (a dozen Octobers by default; all in `month` if given), and `pieces` pieces with
 * fandoms and fills, in one transaction.
 */
export function seedDatabase(
  sqlite: Database.Database,
  opts: {
    writers: number;
    pieces: number;
    events?: number;
    month?: string;
    passwordHash: string;
    progress: ProgressStream;
  },
): SeedCounts {
  const events = seedEvents(opts.events, opts.month);
  // One transaction, the summaries computed once at its end: all of it lands, or none.
  return bulkLoad(sqlite, () => seedRows(sqlite, events, opts));
}

function seedRows(
  sqlite: Database.Database,
  events: SeedEvent[],
  opts: { writers: number; pieces: number; passwordHash: string; progress: ProgressStream },
): SeedCounts {
  checkConflicts(sqlite, opts.writers, events);
  const writer = sqlite.prepare(
    'insert into writers (username, display_name, password_hash, time_zone, profile_public, created_at) values (?, ?, ?, ?, ?, ?)',
  );
  const writerPublic: boolean[] = [];
  const { dayIds, writerIds } = sqlite.transaction(() => {
    const dayIds = insertEvents(sqlite, events);
    const writerIds = [0];
    writerPublic.push(false);
    for (let n = 1; n <= opts.writers; n++) {
      const w = seedWriter(n);
      writerPublic.push(w.profilePublic);
      const created = '2023-09-01T00:00:00.000Z';
      writerIds.push(
        Number(
          writer.run(
            w.username,
            w.displayName,
            opts.passwordHash,
            w.timeZone,
            w.profilePublic ? 1 : 0,
            created,
          ).lastInsertRowid,
        ),
      );
    }
    return { dayIds, writerIds };
  })();

  const piece = sqlite.prepare(
    `insert into pieces (writer_id, title, url, words, rating, summary, notes, status, posted_on, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fandom = sqlite.prepare('insert into piece_fandoms (piece_id, position, fandom) values (?, ?, ?)');
  // With the copies the triggers would make: the summaries are computed from them at the end.
  const fill = sqlite.prepare(
    'insert into fills (piece_id, day_id, event_id, writer_id, posted, visible, words, sort_date) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const fillPrompt = sqlite.prepare('insert into fill_prompts (fill_id, prompt_id) values (?, ?)');
  const member = sqlite.prepare(
    "insert or ignore into event_members (event_id, writer_id, role, created_at) values (?, ?, 'writer', ?)",
  );
  const eventIds = sqlite.prepare('select id from events where slug = ?').pluck();
  const eventIdOf = events.map((e) => eventIds.get(e.slug) as number);

  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const p = seedPiece(k, opts.writers, events);
      const writerId = writerIds[p.writer] as number;
      const pieceId = piece.run(
        writerId,
        p.title,
        p.url,
        p.words,
        p.rating,
        p.summary,
        p.notes,
        p.status,
        p.postedOn,
        p.createdAt,
        p.createdAt,
      ).lastInsertRowid;
      p.fandoms.forEach((name, i) => {
        fandom.run(pieceId, i + 1, name);
      });
      for (const f of p.fills) {
        const day = dayIds[f.event]?.[f.day - 1];
        if (!day) continue;
        const posted = p.status === 'posted' ? 1 : 0;
        const visible = posted && writerPublic[p.writer] ? 1 : 0;
        const sortDate = p.postedOn ?? p.createdAt.slice(0, 10);
        const fillId = fill.run(
          pieceId,
          day.dayId,
          eventIdOf[f.event],
          writerId,
          posted,
          visible,
          p.words,
          sortDate,
        ).lastInsertRowid;
        for (const position of f.prompts) fillPrompt.run(fillId, day.promptIds[position - 1]);
        member.run(eventIdOf[f.event], writerId, p.createdAt);
      }
    }
  });
  const progress = createProgress(opts.progress, 'pieces', opts.pieces);
  for (let from = 0; from < opts.pieces; from += BATCH) {
    writeBatch(from, Math.min(opts.pieces, from + BATCH));
    progress.update(Math.min(opts.pieces, from + BATCH));
  }
  progress.finish();
  return { writers: opts.writers, events: events.length, pieces: opts.pieces };
}
