import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { StatsBody, StatsPage, type StatsProps } from '../../views/stats.tsx';
import type { WordLogValues } from '../../views/word-logs.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, todayOf, weekStartOf } from '../context.ts';
import { addDays, eventDates } from '../domain/calendar.ts';
import { barList, columnChart, cumulativeChart } from '../domain/charts.ts';
import { yearHeatmap } from '../domain/heatmap.ts';
import { eventLength } from '../domain/progress.ts';
import { submissionOf } from '../forms/submission.ts';
import { writerCards } from '../queries/bingo-cards.ts';
import { writerProgress } from '../queries/collection.ts';
import { visibleEvents } from '../queries/event-listing.ts';
import { findEvent } from '../queries/events.ts';
import { dailyWords, fillsPerFandom } from '../queries/progress.ts';
import { activityBetween, eventStats, writerStreak } from '../queries/stats.ts';
import { type LoggedNote, loggedNote } from '../queries/word-log-notes.ts';
import { pieceChoices, recentWordLogs } from '../queries/word-logs.ts';
import { render } from '../render.tsx';
import { embedSection } from './cards.tsx';

type Ctx = Context<AppEnv>;

/**
 * The event the stats are about: the one named (`''` names none: the last 31 days), else a
 * running event the writer joined or filled, else the latest such event.
 */
export function chosenEvent(c: Ctx, asked: string | undefined): Event | null {
  const { db } = c.get('deps');
  const today = todayOf(c);
  if (asked !== undefined) return asked === '' ? null : (findEvent(db, asked) ?? null);
  const mine = writerProgress(db, signedIn(c).id).map((p) => p.event);
  return mine.find((e) => e.firstDay <= today && e.lastDay >= today) ?? mine[0] ?? null;
}

/** Everything the stats area needs for the signed-in writer, with the word-log form's state. */
function statsProps(
  c: Ctx,
  event: Event | null,
  form: { values?: WordLogValues; errors?: Record<string, string> },
  saved: LoggedNote | null,
): StatsProps {
  const { db } = c.get('deps');
  const writer = signedIn(c);
  const today = todayOf(c);
  const dates = event
    ? eventDates(event.firstDay, eventLength(event.firstDay, event.lastDay))
    : eventDates(addDays(today, -30), 31);
  const first = dates[0] as string;
  const last = dates.at(-1) as string;
  const words = dailyWords(db, writer.id, first, last);
  const daily = dates.map((date) => ({ date, value: words.get(date) ?? 0 }));
  const stats = event ? eventStats(db, writer.id, event, today) : null;
  const progress = writerProgress(db, writer.id);
  return {
    stats,
    period: { first, last },
    streak: writer.showStreaks ? writerStreak(db, writer.id, today) : null,
    cumulative: cumulativeChart(daily, today, stats?.goal?.words ?? null),
    perDay: columnChart(daily),
    heatmap: yearHeatmap(today, activityBetween(db, writer.id, addDays(today, -380), today), weekStartOf(c)),
    perEvent: barList(progress.map((p) => ({ label: p.event.name, value: p.filled, of: p.days }))),
    perFandom: barList(fillsPerFandom(db, writer.id).map((f) => ({ label: f.fandom, value: f.fills }))),
    logs: recentWordLogs(db, writer.id),
    pieces: pieceChoices(db, writer.id),
    form: {
      values: form.values ?? {
        date: today,
        words: '',
        mode: 'add',
        piece_id: '',
        submission: submissionOf(undefined),
      },
      errors: form.errors ?? {},
    },
    saved,
    bingo: writerCards(db, writer.id),
  };
}

/** Renders the stats page (or, for htmx, the stats area alone) about `event`. */
export function showStats(
  c: Ctx,
  event: Event | null,
  opts: { values?: WordLogValues; errors?: Record<string, string>; saved?: LoggedNote | null } = {},
  status: 200 | 422 = 200,
) {
  const props = statsProps(c, event, opts, opts.saved ?? null);
  return render(c, {
    title: 'Your stats',
    body: (
      <StatsPage
        {...props}
        events={visibleEvents(c.get('deps').db, signedIn(c))}
        embed={event ? embedSection(c, event) : null}
      />
    ),
    fragment: <StatsBody {...props} />,
    status,
  });
}

/** The note of `?logged=<log id>` (and `&total=` after a running total), after a form without JavaScript. */
function noteOf(c: Ctx): LoggedNote | null {
  const id = Number(c.req.query('logged'));
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const total = c.req.query('total');
  const n = total === undefined ? null : Number(total);
  return loggedNote(c.get('deps').db, signedIn(c).id, id, n !== null && Number.isSafeInteger(n) ? n : null);
}

/** `/stats`: the signed-in writer's words, fills, goals, streaks and year, as charts with tables. */
export function statsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireWriter, (c) => {
    const asked = c.req.query('event');
    if (asked && !findEvent(c.get('deps').db, asked)) return c.notFound();
    return showStats(c, chosenEvent(c, asked), { saved: noteOf(c) });
  });

  return app;
}
