import type Database from 'better-sqlite3';

// The summaries computed whole from the tables they summarise: the same statements as the
// migrations that created them (0008_summary_triggers.sql, 0013_writer_summaries.sql), which stay as
// they were written; the writers' summaries through temporary tables of each fill's prompts, which
// spare a lookup per row on a million pieces.
const REBUILD = [
  'DELETE FROM event_pieces',
  'DELETE FROM writer_days',
  'DELETE FROM writer_dates',
  'DELETE FROM writer_fandoms',
  'DELETE FROM event_writers',
  'DELETE FROM event_summaries',
  'DELETE FROM day_summaries',
  'DELETE FROM event_fandoms',
  // The fills written without the triggers get their copies of the piece's, writer's and day's values.
  `UPDATE fills SET
    event_id = (SELECT event_id FROM event_days WHERE id = fills.day_id),
    writer_id = (SELECT writer_id FROM pieces WHERE id = fills.piece_id),
    posted = (SELECT status = 'posted' FROM pieces WHERE id = fills.piece_id),
    visible = (SELECT p.status = 'posted' AND w.profile_public FROM pieces p JOIN writers w ON w.id = p.writer_id WHERE p.id = fills.piece_id),
    words = (SELECT words FROM pieces WHERE id = fills.piece_id),
    sort_date = (SELECT coalesce(posted_on, substr(created_at, 1, 10)) FROM pieces WHERE id = fills.piece_id)
    WHERE event_id = 0`,
  `INSERT INTO event_pieces (event_id, piece_id, writer_id, days, first_day, visible, words, sort_date, rating)
    SELECT f.event_id, f.piece_id, f.writer_id, count(*), min(d.number), max(f.visible), max(f.words), max(f.sort_date), p.rating
    FROM fills f JOIN event_days d ON d.id = f.day_id JOIN pieces p ON p.id = f.piece_id
    GROUP BY f.piece_id, f.event_id`,
  `INSERT INTO event_writers (event_id, writer_id, days_posted, pieces_visible)
    SELECT event_id, writer_id, sum(dp), sum(pv) FROM (
      SELECT event_id, writer_id, count(DISTINCT day_id) AS dp, 0 AS pv FROM fills WHERE posted = 1 GROUP BY 1, 2
      UNION ALL
      SELECT event_id, writer_id, 0, count(*) FROM event_pieces WHERE visible = 1 GROUP BY 1, 2
    ) GROUP BY 1, 2`,
  `INSERT INTO event_summaries (event_id, pieces, words, writers, days)
    SELECT e.id,
      (SELECT count(*) FROM event_pieces WHERE event_id = e.id AND visible = 1),
      (SELECT coalesce(sum(words), 0) FROM event_pieces WHERE event_id = e.id AND visible = 1),
      (SELECT count(*) FROM event_writers WHERE event_id = e.id AND pieces_visible > 0),
      (SELECT count(*) FROM event_days WHERE event_id = e.id)
    FROM events e`,
  `INSERT INTO day_summaries (day_id, pieces, words, writers)
    SELECT day_id, count(*), sum(words), count(DISTINCT writer_id) FROM fills WHERE visible = 1 GROUP BY day_id`,
  `INSERT INTO event_fandoms (event_id, fandom, pieces)
    SELECT ep.event_id, pf.fandom, count(DISTINCT ep.piece_id)
    FROM event_pieces ep JOIN piece_fandoms pf ON pf.piece_id = ep.piece_id
    WHERE ep.visible = 1 GROUP BY 1, 2`,
  'UPDATE piece_fandoms SET writer_id = (SELECT writer_id FROM pieces WHERE id = piece_fandoms.piece_id) WHERE writer_id = 0',
  `CREATE TEMP TABLE piece_prompts AS
    SELECT piece_id, event_id, sum(max(1, (SELECT count(*) FROM fill_prompts fp WHERE fp.fill_id = f.id))) AS prompts,
      sum(posted) AS posted
    FROM fills f WHERE event_id <> 0 GROUP BY piece_id, event_id`,
  'CREATE INDEX temp.piece_prompts_key ON piece_prompts (piece_id, event_id)',
  `INSERT INTO writer_days (writer_id, day_id, event_id, posted, drafts, on_time, last_posted_on, min_words, max_words, max_prompts)
    SELECT f.writer_id, f.day_id, f.event_id, sum(p.status = 'posted'), sum(p.status <> 'posted'),
      sum(p.status = 'posted' AND (p.posted_on IS NULL OR p.posted_on <= d.date)),
      max(CASE WHEN p.status = 'posted' THEN p.posted_on END),
      min(CASE WHEN p.status = 'posted' THEN p.words END), max(CASE WHEN p.status = 'posted' THEN p.words END),
      max(CASE WHEN p.status = 'posted' THEN c.prompts END)
    FROM fills f JOIN pieces p ON p.id = f.piece_id JOIN event_days d ON d.id = f.day_id
      JOIN piece_prompts c ON c.piece_id = f.piece_id AND c.event_id = f.event_id
    WHERE f.event_id <> 0 GROUP BY f.writer_id, f.day_id`,
  `INSERT INTO writer_dates (writer_id, date, words, word_rows, fills)
    SELECT writer_id, date, sum(words), sum(rows), sum(fills) FROM (
      SELECT writer_id, date, words, 1 AS rows, 0 AS fills FROM word_logs
      UNION ALL
      SELECT p.writer_id, p.posted_on, p.words, 1, 0 FROM pieces p
        WHERE p.status = 'posted' AND p.posted_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM word_logs x WHERE x.writer_id = p.writer_id AND x.piece_id = p.id)
      UNION ALL
      SELECT p.writer_id, p.posted_on, 0, 0, count(DISTINCT f.day_id) FROM fills f JOIN pieces p ON p.id = f.piece_id
        WHERE p.status = 'posted' AND p.posted_on IS NOT NULL GROUP BY p.writer_id, p.posted_on
    ) GROUP BY writer_id, date`,
  `INSERT INTO writer_fandoms (writer_id, fandom, pieces, fills)
    SELECT writer_id, fandom, count(*), sum(n) FROM (
      SELECT pf.writer_id, pf.fandom, pf.piece_id,
        coalesce((SELECT sum(posted) FROM piece_prompts c WHERE c.piece_id = pf.piece_id), 0) AS n
      FROM piece_fandoms pf GROUP BY pf.writer_id, pf.fandom, pf.piece_id)
    GROUP BY writer_id, fandom`,
  'DROP TABLE temp.piece_prompts',
  // Every page computed before is out of date.
  `INSERT INTO versions (scope, id, n)
    SELECT 'event', id, 1 FROM events UNION ALL SELECT 'writer', id, 1 FROM writers UNION ALL SELECT 'events', 0, 1
    ON CONFLICT (scope, id) DO UPDATE SET n = n + 1`,
];

const SUMMARY_TABLE =
  /\bON [`"]?(event_pieces|event_writers|event_fandoms|event_summaries|day_summaries|writer_days|writer_dates|writer_fandoms)[`"]?\s*\(/i;

/**
 * Runs `load` (a bulk load: many rows written at once) inside one transaction with the summary
 * triggers and the secondary indexes set aside, then builds the indexes, computes the summaries
 * whole and puts the triggers back: far faster than keeping them row by row, and, being one
 * transaction, all or nothing (a unique index that the load broke fails it whole).
 */
export function bulkLoad<T>(sqlite: Database.Database, load: () => T): T {
  return sqlite.transaction(() => {
    const aside = sqlite
      .prepare(
        "select type, name, sql from sqlite_master where type in ('trigger', 'index') and sql is not null",
      )
      .all() as { type: 'trigger' | 'index'; name: string; sql: string }[];
    for (const t of aside) sqlite.exec(`DROP ${t.type.toUpperCase()} "${t.name}"`);
    const result = load();
    // The summaries' own indexes after they are filled; the tables they are computed from before.
    const summary = (t: { type: string; sql: string }) => t.type === 'index' && SUMMARY_TABLE.test(t.sql);
    for (const t of aside) if (t.type === 'index' && !summary(t)) sqlite.exec(t.sql);
    for (const statement of REBUILD) sqlite.exec(statement);
    for (const t of aside) if (summary(t)) sqlite.exec(t.sql);
    for (const t of aside) if (t.type === 'trigger') sqlite.exec(t.sql);
    return result;
  })();
}
