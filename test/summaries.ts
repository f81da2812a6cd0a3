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
  writer_days: `select p.writer_id, f.day_id, d.event_id, sum(p.status = 'posted') as posted,
      sum(p.status <> 'posted') as drafts,
      sum(p.status = 'posted' and (p.posted_on is null or p.posted_on <= d.date)) as on_time,
      max(case when p.status = 'posted' then p.posted_on end) as last_posted_on,
      min(case when p.status = 'posted' then p.words end) as min_words,
      max(case when p.status = 'posted' then p.words end) as max_words,
      max(case when p.status = 'posted' then (select sum(max(1, (select count(*) from fill_prompts fp where fp.fill_id = g.id)))
        from fills g join event_days gd on gd.id = g.day_id where g.piece_id = f.piece_id and gd.event_id = d.event_id) end) as max_prompts
    from fills f join pieces p on p.id = f.piece_id join event_days d on d.id = f.day_id
    group by p.writer_id, f.day_id order by 1, 2`,
  writer_dates: `select writer_id, date, sum(words) as words, sum(rows) as word_rows, sum(fills) as fills from (
      select writer_id, date, words, 1 as rows, 0 as fills from word_logs
      union all
      select p.writer_id, p.posted_on, p.words, 1, 0 from pieces p
        where p.status = 'posted' and p.posted_on is not null
          and not exists (select 1 from word_logs x where x.writer_id = p.writer_id and x.piece_id = p.id)
      union all
      select p.writer_id, p.posted_on, 0, 0, count(distinct f.day_id) from fills f join pieces p on p.id = f.piece_id
        where p.status = 'posted' and p.posted_on is not null group by 1, 2
    ) group by 1, 2 order by 1, 2`,
  writer_fandoms: `select p.writer_id, pf.fandom, count(distinct p.id) as pieces,
      (select count(*) from fills f join pieces q on q.id = f.piece_id
        where q.writer_id = p.writer_id and q.status = 'posted'
          and exists (select 1 from piece_fandoms x where x.piece_id = q.id and x.fandom = pf.fandom)) as fills
    from piece_fandoms pf join pieces p on p.id = pf.piece_id group by 1, 2 order by 1, 2`,
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
  writer_days: `select writer_id, day_id, event_id, posted, drafts, on_time, last_posted_on, min_words, max_words,
    max_prompts from writer_days order by 1, 2`,
  writer_dates: 'select writer_id, date, words, word_rows, fills from writer_dates order by 1, 2',
  writer_fandoms: 'select writer_id, fandom, pieces, fills from writer_fandoms order by 1, 2',
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
