import type Database from 'better-sqlite3';

type Rows = Record<string, unknown>[];

// Each summary computed again from the tables people write (pieces, writers, fills' piece and day,
// event days, fandoms), without the triggers' copies: what the summary tables must hold.
const RECOMPUTED: Record<string, string> = {
  fills: `select f.id, d.event_id, p.writer_id, (p.status = 'posted') as posted,
      (p.status = 'posted' and w.profile_public) as visible, p.words,
      coalesce(p.posted_on, substr(p.created_at, 1, 10)) as sort_date
    from fills f join pieces p on p.id = f.piece_id join writers w on w.id = p.writer_id
      join event_days d on d.id = f.day_id order by f.id`,
  event_pieces: `select d.event_id, f.piece_id, p.writer_id, count(*) as days, min(d.number) as first_day,
      (p.status = 'posted' and w.profile_public) as visible, p.words,
      coalesce(p.posted_on, substr(p.created_at, 1, 10)) as sort_date, p.rating
    from fills f join pieces p on p.id = f.piece_id join writers w on w.id = p.writer_id
      join event_days d on d.id = f.day_id group by d.event_id, f.piece_id order by 1, 2`,
  event_writers: `select event_id, writer_id, sum(dp) as days_posted, sum(pv) as pieces_visible from (
      select d.event_id, p.writer_id, count(distinct f.day_id) as dp, 0 as pv
        from fills f join pieces p on p.id = f.piece_id join event_days d on d.id = f.day_id
        where p.status = 'posted' group by 1, 2
      union all
      select d.event_id, p.writer_id, 0, count(distinct p.id)
        from fills f join pieces p on p.id = f.piece_id join writers w on w.id = p.writer_id
          join event_days d on d.id = f.day_id
        where p.status = 'posted' and w.profile_public group by 1, 2
    ) group by 1, 2 order by 1, 2`,
  event_summaries: `select e.id as event_id,
      (select count(distinct f.piece_id) from fills f join pieces p on p.id = f.piece_id
        join writers w on w.id = p.writer_id join event_days d on d.id = f.day_id
        where d.event_id = e.id and p.status = 'posted' and w.profile_public) as pieces,
      (select coalesce(sum(p.words), 0) from pieces p join writers w on w.id = p.writer_id
        where p.status = 'posted' and w.profile_public and p.id in
          (select f.piece_id from fills f join event_days d on d.id = f.day_id where d.event_id = e.id)) as words,
      (select count(distinct p.writer_id) from fills f join pieces p on p.id = f.piece_id
        join writers w on w.id = p.writer_id join event_days d on d.id = f.day_id
        where d.event_id = e.id and p.status = 'posted' and w.profile_public) as writers,
      (select count(*) from event_days where event_id = e.id) as days
    from events e order by 1`,
  day_summaries: `select f.day_id, count(*) as pieces, sum(p.words) as words, count(distinct p.writer_id) as writers
    from fills f join pieces p on p.id = f.piece_id join writers w on w.id = p.writer_id
    where p.status = 'posted' and w.profile_public group by f.day_id order by 1`,
  event_fandoms: `select d.event_id, pf.fandom, count(distinct p.id) as pieces
    from fills f join pieces p on p.id = f.piece_id join writers w on w.id = p.writer_id
      join event_days d on d.id = f.day_id join piece_fandoms pf on pf.piece_id = p.id
    where p.status = 'posted' and w.profile_public group by 1, 2 order by 1, 2`,
};

const STORED: Record<string, string> = {
  fills: 'select id, event_id, writer_id, posted, visible, words, sort_date from fills order by id',
  event_pieces: `select event_id, piece_id, writer_id, days, first_day, visible, words, sort_date, rating
    from event_pieces order by 1, 2`,
  event_writers: 'select event_id, writer_id, days_posted, pieces_visible from event_writers order by 1, 2',
  event_summaries: 'select event_id, pieces, words, writers, days from event_summaries order by 1',
  // A day whose last visible fill went keeps a row of zeros: the same as no row.
  day_summaries: `select day_id, pieces, words, writers from day_summaries
    where pieces <> 0 or words <> 0 or writers <> 0 order by 1`,
  event_fandoms: 'select event_id, fandom, pieces from event_fandoms order by 1, 2',
};

/** Every summary table as stored and as recomputed from the fills, to compare with toEqual. */
export function summaries(sqlite: Database.Database): {
  stored: Record<string, Rows>;
  recomputed: Record<string, Rows>;
} {
  const read = (queries: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(queries).map(([table, query]) => [
        table,
        (sqlite.prepare(query).all() as Rows).map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
        ),
      ]),
    );
  return { stored: read(STORED), recomputed: read(RECOMPUTED) };
}

/** Checks nothing is left in the triggers' work tables. */
export function pendingDeltas(sqlite: Database.Database): number {
  return sqlite
    .prepare('select (select count(*) from fill_deltas) + (select count(*) from event_piece_deltas)')
    .pluck()
    .get() as number;
}
