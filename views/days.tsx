import type { Child } from 'hono/jsx';
import type { Event } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';
import { type DayState, dayName, formatDate } from '../src/domain/calendar.ts';
import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import type { PublicPiece } from '../src/queries/collection.ts';
import type { DayWithPrompts } from '../src/queries/events.ts';
import type { PieceDetail } from '../src/queries/pieces.ts';
import { PageHeader, PromptList, StateBadge } from './components.tsx';
import { Icon } from './icons.tsx';
import { PieceBlurb } from './pieces.tsx';
import { DayTitle, TryInstead } from './squick.tsx';

/** A day page: the day's prompts, the event's alternates, the writer's pieces and everyone's public fills. */
export function DayPage(props: {
  event: Event;
  day: DayWithPrompts;
  state: DayState;
  alternates: string[];
  /** The writer's own pieces for the day; null for a visitor. */
  pieces: PieceDetail[] | null;
  /** Everyone else's public fills of the day: a DayFills section. */
  fills: Child;
  lastDay: number;
  /** The writer's squick list: prompts with a word from it are blurred, and others offered instead. */
  avoid?: SquickFilter;
}) {
  const { event, day } = props;
  const avoid = props.avoid ?? NO_SQUICKS;
  const base = `/events/${event.slug}`;
  return (
    <>
      <p class="eyebrow">
        <a href={base}>{event.name}</a>
      </p>
      <PageHeader
        title={
          <>
            {dayName(event.dayLabel, day.number)}
            <DayTitle title={day.title} avoid={avoid} />
          </>
        }
        lead={formatDate(day.date)}
      >
        <StateBadge state={props.state} />
      </PageHeader>
      {day.description ? (
        <div class="day-description">
          {day.description.split('\n').map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <section aria-labelledby="prompts-title">
        <h2 id="prompts-title">Prompts</h2>
        <PromptList prompts={day.prompts} class="big" avoid={avoid} />
        <TryInstead
          prompts={day.prompts.map((p) => ({ text: p.text, hidden: avoids(avoid, p.text) }))}
          alternates={props.alternates.filter((text) => !avoids(avoid, text))}
        />
        <p class="actions">
          <a class="button primary" href={`/pieces/new?event=${event.slug}&day=${day.number}`}>
            <Icon name="pen" />
            Log a piece for this day
          </a>
        </p>
      </section>
      {props.alternates.length > 0 ? (
        <section aria-labelledby="alternates-title">
          <h2 id="alternates-title">Alternates</h2>
          <p class="muted">Any of these may replace a day’s prompt.</p>
          <PromptList prompts={props.alternates.map((text) => ({ text }))} avoid={avoid} />
        </section>
      ) : null}
      {props.pieces ? (
        <section aria-labelledby="fills-title">
          <h2 id="fills-title">Your pieces for this day</h2>
          {props.pieces.length === 0 ? (
            <p class="muted">Nothing logged for this day yet.</p>
          ) : (
            <ol class="blurbs">
              {props.pieces.map((p) => (
                <PieceBlurb piece={p} avoid={avoid} />
              ))}
            </ol>
          )}
        </section>
      ) : (
        <p class="muted sign-in-hint">
          <a href={loginPath(`${base}/days/${day.number}`)}>Sign in to log pieces</a> and track your days.
        </p>
      )}
      {props.fills}
      <nav class="pager" aria-label="Days">
        {day.number > 1 ? (
          <a href={`${base}/days/${day.number - 1}`} rel="prev">
            ← {dayName(event.dayLabel, day.number - 1)}
          </a>
        ) : (
          <span />
        )}
        <a href={base}>Calendar</a>
        {day.number < props.lastDay ? (
          <a href={`${base}/days/${day.number + 1}`} rel="next">
            {dayName(event.dayLabel, day.number + 1)} →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}

/** A day page's list of other writers' public fills (the newest, when there are many). */
export function DayFills(props: {
  event: Event;
  day: DayWithPrompts;
  /** Whether the viewer is signed in (their own pieces are listed apart). */
  signedIn: boolean;
  others: PublicPiece[];
  /** How many there are in all: past those shown, the page links to the day in the event's collection. */
  othersTotal?: number;
  avoid?: SquickFilter;
}) {
  const { event, day } = props;
  const avoid = props.avoid ?? NO_SQUICKS;
  const base = `/events/${event.slug}`;
  return (
    <section aria-labelledby="others-title">
      <h2 id="others-title">{props.signedIn ? 'Everyone else’s fills' : 'Fills of this day'}</h2>
      {props.others.length === 0 ? (
        <p class="muted">No public fills of this day yet.</p>
      ) : (
        <ol class="blurbs">
          {props.others.map((p) => (
            <PieceBlurb piece={p} by={p.writer} avoid={avoid} />
          ))}
        </ol>
      )}
      {props.othersTotal !== undefined && props.othersTotal > props.others.length ? (
        <p class="muted">
          The newest {props.others.length} of {props.othersTotal}.{' '}
          <a href={`${base}/pieces?day=${day.number}`}>Every fill of this day, in the event’s collection</a>
        </p>
      ) : null}
    </section>
  );
}
