import type { Event } from '../db/schema.ts';
import { formatNumber, plural, wordsLabel } from '../src/domain/format.ts';
import type { PaceLine, Streak } from '../src/domain/progress.ts';
import type { EventStats } from '../src/queries/stats.ts';
import { ErrorSummary, Field } from './components.tsx';

/** "12 of 31 days, 14,200 words": an event's progress in words. */
export function progressLabel(p: { fills: number; days: number; words: number }): string {
  return `${formatNumber(p.fills)} of ${plural(p.days, 'day')}, ${wordsLabel(p.words)}`;
}

/** A progress bar of days filled, with its text label (the bar alone says nothing to a screen reader). */
export function ProgressBar(props: { id: string; progress: { fills: number; days: number; words: number } }) {
  const p = props.progress;
  return (
    <p class="event-progress">
      <progress
        max={Math.max(1, p.days)}
        value={Math.min(p.fills, Math.max(1, p.days))}
        aria-labelledby={`${props.id}-label`}
      />{' '}
      <span id={`${props.id}-label`}>{progressLabel(p)}</span>
    </p>
  );
}

function paceSentence(line: PaceLine, unit: 'day' | 'word'): string {
  const n = (x: number) => plural(Math.round(Math.abs(x)), unit);
  const par = `Par today: ${n(line.par)} of ${n(line.goal)}`;
  const gap = Math.round(line.ahead);
  const where =
    gap === 0 ? 'you are on pace' : gap > 0 ? `you are ${n(gap)} ahead` : `you are ${n(gap)} behind`;
  const projected =
    line.projected === null ? '' : ` At this rate you will reach ${n(line.projected)} by the last day.`;
  return `${par}; ${where}.${projected}`;
}

/** The goal's pace: where the writer should be today and where their rate leads. */
export function PaceSummary(props: { stats: EventStats }) {
  const pace = props.stats.pace;
  if (!pace) return null;
  return (
    <ul class="pace">
      {pace.elapsed === 0 ? <li>The event has not started yet.</li> : null}
      {pace.fills ? <li>{paceSentence(pace.fills, 'day')}</li> : null}
      {pace.words ? <li>{paceSentence(pace.words, 'word')}</li> : null}
    </ul>
  );
}

/** "Current streak: 3 days (longest 9)". */
export function StreakLine(props: { streak: Streak }) {
  return (
    <p class="streak">
      Current streak: <strong>{plural(props.streak.current, 'day')}</strong> (longest{' '}
      {plural(props.streak.longest, 'day')})
    </p>
  );
}

/** The goal form's fields as typed. */
export type GoalValues = { fills: string; words: string };

/** The goal form: days to fill and words to write, either may be blank. */
export function GoalForm(props: {
  event: Event;
  days: number;
  values: GoalValues;
  errors: Record<string, string>;
}) {
  const action = `/events/${props.event.slug}/goal`;
  return (
    <form
      class="goal-form"
      method="post"
      action={action}
      hx-post={action}
      hx-target="#event-progress"
      hx-swap="outerHTML"
    >
      <ErrorSummary errors={props.errors} />
      <Field
        name="fills"
        label="Days to fill"
        value={props.values.fills}
        error={props.errors.fills}
        hint={`Up to ${props.days}; leave blank for no goal.`}
        attrs={{ inputmode: 'numeric' }}
      />
      <Field
        name="words"
        label="Words to write"
        value={props.values.words}
        error={props.errors.words}
        hint="Leave blank for no goal."
        attrs={{ inputmode: 'numeric' }}
      />
      <p class="actions">
        <button class="button" type="submit">
          Save the goal
        </button>
      </p>
    </form>
  );
}

/** The event page's section for the signed-in writer: progress, goal, pace, streak and masterpost. */
export function EventProgressSection(props: {
  stats: EventStats;
  streak: Streak | null;
  values: GoalValues;
  errors: Record<string, string>;
  saved?: boolean;
}) {
  const { stats } = props;
  const slug = stats.event.slug;
  return (
    <section id="event-progress" class="card" aria-labelledby="event-progress-title">
      <h2 id="event-progress-title">Your progress</h2>
      <ProgressBar id={`progress-${slug}`} progress={stats} />
      {props.saved ? (
        <p class="notice" role="status">
          Your goal was saved.
        </p>
      ) : null}
      <PaceSummary stats={stats} />
      {props.streak ? <StreakLine streak={props.streak} /> : null}
      <p class="event-links">
        <a href={`/events/${slug}/masterpost`}>Your masterpost</a>
        <a href={`/stats?event=${slug}`}>Your stats</a>
      </p>
      <details open={Object.keys(props.errors).length > 0}>
        <summary>{stats.goal ? 'Change your goal' : 'Set a goal'}</summary>
        <GoalForm event={stats.event} days={stats.days} values={props.values} errors={props.errors} />
      </details>
    </section>
  );
}

/** Writers with public profiles who filled every day of the event. */
export function Completionists(props: { writers: { username: string; displayName: string }[] }) {
  return (
    <section class="completionists" aria-labelledby="completionists-title">
      <h2 id="completionists-title">Completionists</h2>
      {props.writers.length === 0 ? (
        <p class="muted">Nobody with a public profile has filled every day yet.</p>
      ) : (
        <ul>
          {props.writers.map((w) => (
            <li>
              <a href={`/@${w.username}`}>{w.displayName}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
