import type { Child } from 'hono/jsx';
import type { Event } from '../db/schema.ts';
import {
  type DayState,
  dayName,
  formatDate,
  type GridCell,
  monthTitle,
  weekdayNames,
} from '../src/domain/calendar.ts';
import { shorten } from '../src/domain/format.ts';
import type { RuleBreak } from '../src/domain/rules.ts';
import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import type { DayWithPrompts } from '../src/queries/events.ts';
import { CalendarSubscribe } from './calendar-subscribe.tsx';
import { PageHeader, STATE_LABELS } from './components.tsx';
import { JoinForm, type Membership } from './members.tsx';
import { RuleMarks } from './rule-marks.tsx';
import { Avoidable, HiddenPrompt } from './squick.tsx';

/** The list of events (hidden ones marked, for the members and the admin who see them), split into running, upcoming and past for `today`. */
export function EventsPage(props: { events: Event[]; today: string }) {
  const running = props.events.filter((e) => e.firstDay <= props.today && e.lastDay >= props.today);
  const upcoming = props.events.filter((e) => e.firstDay > props.today);
  const past = props.events.filter((e) => e.lastDay < props.today);
  const group = (title: string, list: Event[]) =>
    list.length === 0 ? null : (
      <section>
        <h2>{title}</h2>
        <ul class="event-list">
          {list.map((e) => (
            <li>
              <a href={`/events/${e.slug}`}>{e.name}</a>{' '}
              <span class="muted">
                {formatDate(e.firstDay)} – {formatDate(e.lastDay)}
                {e.hidden ? ' · hidden' : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <>
      <PageHeader title="Events">
        <p class="actions">
          <a class="button" href="/events/new">
            New event
          </a>
        </p>
      </PageHeader>
      {props.events.length === 0 ? <p>No events yet.</p> : null}
      {group('Running now', running)}
      {group('Coming up', upcoming)}
      {group('Past', past)}
    </>
  );
}

/** One calendar cell's event day, with the writer's state for it. */
export type CalendarDay = DayWithPrompts & { state: DayState; breaks?: RuleBreak[] };

/** An event's calendar page: its details, joining, the month grid and the latest public pieces. */
export function CalendarPage(props: {
  event: Event;
  grid: CalendarGridProps;
  /** The viewer's membership; null for a visitor. */
  membership: Membership | null;
  /** The latest public pieces: a LatestPieces section. */
  latest: Child;
  /** The writer's progress, goal and masterpost, and the event's completionists. */
  progress?: Child;
  /** The absolute address of the event's calendar feed. */
  feedUrl: string;
}) {
  const e = props.event;
  return (
    <>
      {/* Today's day and the calendar come first (a phone shows one column); what the event is
          about, the writer's progress and the completionists follow. */}
      <PageHeader title={e.name} lead={`${formatDate(e.firstDay)} – ${formatDate(e.lastDay)}`}>
        <JoinForm event={e} membership={props.membership} />
      </PageHeader>
      <CalendarGrid {...props.grid} />
      <section class="event-about" aria-labelledby="about-title">
        <h2 id="about-title">About this event</h2>
        {e.description ? <p class="description">{e.description}</p> : null}
        {e.hidden ? (
          <p class="muted">
            Hidden from the event lists: whoever has its address can still open and join it.
          </p>
        ) : null}
        <EventRules event={e} />
        <p class="event-links">
          {props.membership ? (
            <a class="button small" href={`/pieces/import?event=${e.slug}`}>
              Import from AO3
            </a>
          ) : null}
          {props.membership?.canEdit ? (
            <a class="button small" href={`/events/${e.slug}/edit`}>
              Edit the event
            </a>
          ) : null}
        </p>
        <CalendarSubscribe feedUrl={props.feedUrl} />
      </section>
      {props.progress}
      {props.latest}
    </>
  );
}

/** The organiser's rules, in words. */
export function EventRules(props: { event: Event }) {
  const e = props.event;
  const rules: string[] = [];
  rules.push(e.lateUntil ? `Late fills count until ${formatDate(e.lateUntil)}.` : 'Late fills do not count.');
  if (e.maxPromptsPerPiece) rules.push(`One piece may combine up to ${e.maxPromptsPerPiece} prompts.`);
  if (e.minWords) rules.push(`At least ${e.minWords.toLocaleString('en')} words per fill.`);
  if (e.maxWords) rules.push(`At most ${e.maxWords.toLocaleString('en')} words per fill.`);
  return (
    <ul class="rules" aria-label="Rules">
      {rules.map((r) => (
        <li>{r}</li>
      ))}
    </ul>
  );
}

export type CalendarGridProps = {
  event: Event;
  month: string;
  weeks: GridCell[][];
  weekStart: number;
  days: Map<string, CalendarDay>;
  prev: string | null;
  next: string | null;
  today: string;
  /** The writer's squick list: prompts with a word from it are blurred. */
  avoid?: SquickFilter;
};

/** The month grid: a table with weekday headers; swapped alone by month navigation. */
export function CalendarGrid(props: CalendarGridProps) {
  const base = `/events/${props.event.slug}`;
  const nav = (month: string | null, label: string, rel: string) =>
    month ? (
      <a
        class="button"
        href={`${base}?month=${month}`}
        rel={rel}
        hx-get={`${base}?month=${month}`}
        hx-target="#calendar"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        {label}
      </a>
    ) : (
      <span class="button" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <section id="calendar" class="calendar" aria-labelledby="calendar-title">
      <div class="calendar-nav">
        {nav(props.prev, '← Previous month', 'prev')}
        <h2 id="calendar-title" tabindex={-1} data-swap-focus>
          {monthTitle(props.month)}
        </h2>
        {nav(props.next, 'Next month →', 'next')}
      </div>
      {/* Past the first week the list of days on a phone is long: a way straight to today. */}
      {props.days.has(props.today) && Number(props.today.slice(8)) > 7 ? (
        <p class="jump-today">
          <a href="#today-cell">Jump to today</a>
        </p>
      ) : null}
      <table class="month">
        <caption class="visually-hidden">
          {props.event.name}, {monthTitle(props.month)}
        </caption>
        <thead>
          <tr>
            {weekdayNames(props.weekStart).map((d) => (
              <th scope="col" abbr={d.long}>
                {d.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((week) => (
            <tr>
              {week.map((cell) => (
                <CalendarCell
                  cell={cell}
                  day={props.days.get(cell.date)}
                  event={props.event}
                  today={props.today}
                  avoid={props.avoid ?? NO_SQUICKS}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CalendarCell(props: {
  cell: GridCell;
  day?: CalendarDay;
  event: Event;
  today: string;
  avoid: SquickFilter;
}) {
  const { cell, day } = props;
  const dayOfMonth = Number(cell.date.slice(8));
  const classes = ['cell', cell.inMonth ? '' : 'outside', day ? `state-${day.state}` : 'no-day'];
  if (cell.date === props.today) classes.push('is-today');
  return (
    <td
      class={classes.join(' ').trim()}
      id={cell.date === props.today && day ? 'today-cell' : undefined}
      aria-current={cell.date === props.today ? 'date' : undefined}
    >
      <span class="date" aria-hidden="true">
        {dayOfMonth}
      </span>
      {day ? (
        <>
          <a class="day-link" href={`/events/${props.event.slug}/days/${day.number}`}>
            {dayName(props.event.dayLabel, day.number)}
            <span class="visually-hidden">, {formatDate(day.date)}</span>
          </a>
          {day.title ? (
            <span class="cell-title">
              <Avoidable text={day.title} shown={shorten(day.title, 40)} avoid={props.avoid} />
            </span>
          ) : null}
          <ul class="cell-prompts">
            {day.prompts.map((p) =>
              avoids(props.avoid, p.text) ? (
                <li>
                  <HiddenPrompt text={shorten(p.text, 32)} compact />
                </li>
              ) : (
                <li title={p.text}>{shorten(p.text, 32)}</li>
              ),
            )}
          </ul>
          <span class={`badge state-${day.state}`}>{STATE_LABELS[day.state]}</span>
          <RuleMarks breaks={day.breaks} />
        </>
      ) : null}
    </td>
  );
}
