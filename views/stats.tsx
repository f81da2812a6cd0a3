import type { Child } from 'hono/jsx';
import type { Event } from '../db/schema.ts';
import { formatDate } from '../src/domain/calendar.ts';
import type { BarList, ColumnChart, LineChart } from '../src/domain/charts.ts';
import type { Heatmap } from '../src/domain/heatmap.ts';
import type { Streak } from '../src/domain/progress.ts';
import type { EventStats } from '../src/queries/stats.ts';
import type { LoggedNote } from '../src/queries/word-log-notes.ts';
import type { WordLogRow } from '../src/queries/word-logs.ts';
import { BarListChart, HeatmapChart } from './activity-charts.tsx';
import { type BingoStat, BingoStats } from './bingo-card.tsx';
import { CumulativeWordsChart, WordsPerDayChart } from './charts.tsx';
import { PageHeader } from './components.tsx';
import { PaceSummary, ProgressBar, StreakLine } from './progress.tsx';
import { LoggedNotice, RecentLogs, WordLogForm, type WordLogValues } from './word-logs.tsx';

/** Everything the stats area shows; `stats` is null when no event is chosen (the last 31 days are shown). */
export type StatsProps = {
  stats: EventStats | null;
  /** The writer's bingo cards in play. */
  bingo?: BingoStat[];
  period: { first: string; last: string };
  streak: Streak | null;
  cumulative: LineChart;
  perDay: ColumnChart;
  heatmap: Heatmap;
  perEvent: BarList;
  perFandom: BarList;
  logs: WordLogRow[];
  pieces: { id: number; title: string }[];
  form: { values: WordLogValues; errors: Record<string, string> };
  /** What the word log just sent did (null: nothing was sent). */
  saved: LoggedNote | null;
};

/** The stats area (`#stats`): swapped whole by htmx after a word log is added or deleted. */
export function StatsBody(props: StatsProps) {
  const slug = props.stats?.event.slug ?? null;
  return (
    <div id="stats">
      <section class="card" aria-labelledby="summary-title">
        <h2 id="summary-title">
          {props.stats
            ? props.stats.event.name
            : `${formatDate(props.period.first)} – ${formatDate(props.period.last)}`}
        </h2>
        {props.stats ? <ProgressBar id="stats-progress" progress={props.stats} /> : null}
        {props.stats ? <PaceSummary stats={props.stats} /> : null}
        {props.streak ? <StreakLine streak={props.streak} /> : null}
      </section>
      <BingoStats cards={props.bingo ?? []} />
      <section aria-labelledby="log-title">
        <h2 id="log-title">Log words</h2>
        {props.saved ? <LoggedNotice note={props.saved} event={slug} /> : null}
        <WordLogForm {...props.form} pieces={props.pieces} event={slug} />
        <RecentLogs logs={props.logs} event={slug} />
      </section>
      <section aria-labelledby="words-title">
        <h2 id="words-title">Words</h2>
        <CumulativeWordsChart
          id="chart-cumulative"
          chart={props.cumulative}
          goal={props.stats?.goal?.words ?? null}
        />
        <WordsPerDayChart id="chart-per-day" chart={props.perDay} />
      </section>
      <section aria-labelledby="year-title">
        <h2 id="year-title">Your year</h2>
        <HeatmapChart id="chart-year" heatmap={props.heatmap} />
      </section>
      <section aria-labelledby="fills-title">
        <h2 id="fills-title">Fills</h2>
        <BarListChart
          id="chart-events"
          title="Days filled per event"
          unit="day"
          chart={props.perEvent}
          empty="No events joined or filled yet."
        />
        <BarListChart
          id="chart-fandoms"
          title="Fills per fandom"
          unit="fill"
          chart={props.perFandom}
          empty="No posted fills with fandoms yet."
        />
      </section>
    </div>
  );
}

/** The stats page: an event chooser, the stats area, and the downloads of the writer's data. */
export function StatsPage(props: StatsProps & { events: Event[]; embed?: Child }) {
  const current = props.stats?.event.slug ?? '';
  return (
    <>
      <PageHeader title="Your stats" lead="Words, days filled, goals and your year.">
        <form class="inline-form" method="get" action="/stats">
          <label for="f-event">Event</label>{' '}
          <select id="f-event" name="event">
            <option value="" selected={current === ''}>
              The last 31 days
            </option>
            {props.events.map((e) => (
              <option value={e.slug} selected={e.slug === current}>
                {e.name}
              </option>
            ))}
          </select>{' '}
          <button class="button small" type="submit">
            Show
          </button>
        </form>
      </PageHeader>
      <StatsBody {...props} />
      {props.embed}
      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          All your pieces, fills, word logs and goals, to keep or to import into another Promptly (with the
          API: <code>POST /api/v1/me/import</code>).
        </p>
        <p class="actions">
          <a class="button" href="/settings/export.json" download>
            Download JSON
          </a>
          <a class="button" href="/settings/export.csv" download>
            Download CSV (pieces)
          </a>
        </p>
      </section>
    </>
  );
}
