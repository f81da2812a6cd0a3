import type { Event } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';
import { type DayState, dayName, formatDate } from '../src/domain/calendar.ts';
import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import type { DayWithPrompts } from '../src/queries/events.ts';
import { PageHeader, PromptList, StateBadge } from './components.tsx';
import { Icon } from './icons.tsx';
import { ProgressBar } from './progress.tsx';
import { DayTitle, TryInstead } from './squick.tsx';

/** Today's day of one running event, as the home page shows it (state, drafts and progress: the writer's). */
export type TodayCard = {
  event: Event;
  day: DayWithPrompts;
  state: DayState;
  drafts: number;
  progress?: { fills: number; days: number; words: number };
};

/** The home page: today's prompt for every running event the writer joined or the admin features, or the next one's countdown. */
export function HomePage(props: {
  today: string;
  zone: string;
  cards: TodayCard[];
  next?: { event: Event; startsIn: string };
  signedIn: boolean;
  /** Listed running events left out: neither joined by the writer nor featured. */
  others: number;
  /** The writer's squick list: prompts with a word from it are blurred. */
  avoid?: SquickFilter;
}) {
  return (
    <>
      <PageHeader
        title="Today’s prompts"
        lead={
          <>
            {formatDate(props.today)} · your time zone: {props.zone}
            {props.signedIn ? (
              <>
                {' '}
                (<a href="/settings">change</a>)
              </>
            ) : null}
          </>
        }
      />
      {props.cards.length === 0 ? (
        <section class="card">
          <h2>
            {props.others === 0
              ? 'No event runs today'
              : props.signedIn
                ? 'None of your events runs today'
                : 'No featured event runs today'}
          </h2>
          {props.next ? (
            <p>
              <a href={`/events/${props.next.event.slug}`}>{props.next.event.name}</a> starts on{' '}
              {formatDate(props.next.event.firstDay)}, in {props.next.startsIn}.
            </p>
          ) : props.others > 0 ? null : (
            <p>
              No event is planned yet. <a href="/events">Browse the events</a>.
            </p>
          )}
        </section>
      ) : (
        props.cards.map((card) => <TodayCardView card={card} signedIn={props.signedIn} avoid={props.avoid} />)
      )}
      {props.others > 0 ? (
        <p class="muted">
          {props.cards.length === 0
            ? props.others === 1
              ? 'One event is'
              : `${props.others} events are`
            : props.others === 1
              ? 'One more event is'
              : `${props.others} more events are`}{' '}
          running: <a href="/events">browse the events</a>
          {props.signedIn ? ' and join one to see it here' : ''}.
        </p>
      ) : null}
    </>
  );
}

/** One running event's day: its number, title, prompts and the writer's state (none for a visitor). */
export function TodayCardView(props: { card: TodayCard; signedIn: boolean; avoid?: SquickFilter }) {
  const { event, day, state, drafts, progress } = props.card;
  const dayUrl = `/events/${event.slug}/days/${day.number}`;
  return (
    <section class="card today" aria-labelledby={`today-${event.slug}`}>
      <p class="eyebrow">
        <a href={`/events/${event.slug}`}>{event.name}</a>
      </p>
      <h2 id={`today-${event.slug}`}>
        <a href={dayUrl}>{dayName(event.dayLabel, day.number)}</a>
        <DayTitle title={day.title} avoid={props.avoid} />
      </h2>
      <PromptList prompts={day.prompts} class="big" avoid={props.avoid} />
      <TryInstead
        prompts={day.prompts.map((p) => ({
          text: p.text,
          hidden: avoids(props.avoid ?? NO_SQUICKS, p.text),
        }))}
        alternatesHref={`${dayUrl}#alternates-title`}
      />
      {props.signedIn ? (
        <p class="status-line">
          <StateBadge state={state} />
          {state === 'filled' || state === 'filled-late'
            ? ' You filled this day.'
            : drafts > 0
              ? ` You have ${drafts === 1 ? 'a piece' : `${drafts} pieces`} in progress for it.`
              : ' Not filled yet.'}
        </p>
      ) : (
        <p class="status-line muted">
          <a href={loginPath(`/pieces/new?event=${event.slug}&day=${day.number}`)}>Sign in to log pieces</a>{' '}
          and track your days.
        </p>
      )}
      {progress ? <ProgressBar id={`progress-${event.slug}`} progress={progress} /> : null}
      <p class="actions">
        <a class="button primary" href={`/pieces/new?event=${event.slug}&day=${day.number}`}>
          <Icon name="pen" />
          Log a piece
        </a>
        <a class="button" href={dayUrl}>
          <Icon name="calendar" />
          See the day
        </a>
      </p>
    </section>
  );
}
