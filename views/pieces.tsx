import type { Event } from '../db/schema.ts';
import { dayName, formatDate } from '../src/domain/calendar.ts';
import { wordsLabel } from '../src/domain/format.ts';
import { PIECE_STATUSES, RATINGS, statusLabel } from '../src/domain/piece.ts';
import { type FieldErrors, type FillInput, PIECE_LIMITS } from '../src/domain/piece-input.ts';
import { fillBreaks } from '../src/domain/rules.ts';
import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import type { CardView } from '../src/queries/bingo-view.ts';
import type { Byline } from '../src/queries/collection.ts';
import type { DayWithPrompts } from '../src/queries/events.ts';
import type { PieceDetail } from '../src/queries/pieces.ts';
import { SquarePicker } from './bingo-card.tsx';
import {
  DefaultSubmit,
  ErrorSummary,
  Field,
  FieldError,
  PageHeader,
  SwapForm,
  TextArea,
} from './components.tsx';
import { RuleMarks } from './rule-marks.tsx';
import { Avoidable, DayTitle, PromptNames } from './squick.tsx';
import { PieceTagLines } from './tag-line.tsx';

/** What the log form holds, as typed. */
export type PieceFormValues = {
  title: string;
  url: string;
  words: string;
  fandoms: string;
  rating: string;
  summary: string;
  notes: string;
  status: string;
  posted_on: string;
  event: string;
  fills: FillInput[];
  /** Squares of the writer's bingo card ("row-col"), for a bingo event. */
  squares: string[];
};

export const EMPTY_PIECE_FORM: PieceFormValues = {
  title: '',
  url: '',
  words: '',
  fandoms: '',
  rating: 'Not Rated',
  summary: '',
  notes: '',
  status: 'posted',
  posted_on: '',
  event: '',
  fills: [],
  squares: [],
};

export type PieceFormProps = {
  action: string;
  values: PieceFormValues;
  errors: FieldErrors;
  events: Event[];
  event?: Event;
  days: DayWithPrompts[];
  /** The writer's card, when the event is a bingo event and they have one. */
  card?: CardView;
  submitLabel: string;
  /** A note after filling the form from a paste, announced to screen readers. */
  notice?: string;
  /** The log form's one-time submission token: a second identical post goes to the piece the first made. */
  submission?: string;
  /** The writer's squick list: the day titles and prompts to tick with a word from it are blurred. */
  avoid?: SquickFilter;
};

/**
 * An AO3-style blurb: title (and writer, when `by` is given), fandoms, rating, words, date, days
 * and prompts (blurred when they have a word the writer avoids, `avoid`).
 */
export function PieceBlurb(props: {
  piece: PieceDetail;
  by?: Byline;
  avoid?: SquickFilter;
  untitled?: boolean;
}) {
  const p = props.piece;
  const avoid = props.avoid ?? NO_SQUICKS;
  return (
    <li class="blurb" id={`piece-${p.id}`}>
      {props.untitled ? (
        // On the piece's own page its heading is the page's: only the byline and the link stay.
        p.url || props.by ? (
          <p class="byline">
            {props.by ? (
              <>
                by <a href={`/@${props.by.username}`}>{props.by.displayName}</a>{' '}
              </>
            ) : null}
            {p.url ? (
              <a class="external" href={p.url} rel="noopener noreferrer">
                Open it where it is posted <span aria-hidden="true">↗</span>
              </a>
            ) : null}
          </p>
        ) : null
      ) : (
        <h3>
          <a href={`/pieces/${p.id}`}>{p.title}</a>
          {p.url ? (
            <a class="external" href={p.url} rel="noopener noreferrer">
              <span class="visually-hidden">Open “{p.title}” where it is posted</span>
              <span aria-hidden="true">↗</span>
            </a>
          ) : null}
          {props.by ? (
            <span class="byline">
              {' '}
              by <a href={`/@${props.by.username}`}>{props.by.displayName}</a>
            </span>
          ) : null}
        </h3>
      )}
      <p class="meta">
        {p.fandoms.length > 0 ? <span class="fandoms">{p.fandoms.join(', ')}</span> : null}
        <span class="rating">{p.rating}</span>
        <span class="words">{wordsLabel(p.words)}</span>
        <span class={`status status-${p.status}`}>{statusLabel(p.status)}</span>
        {p.postedOn ? <time datetime={p.postedOn}>{formatDate(p.postedOn)}</time> : null}
      </p>
      {p.fills.length > 0 ? (
        <ul class="fills">
          {p.fills.map((f) => (
            <li>
              <a href={`/events/${f.eventSlug}/days/${f.day}`}>
                {f.eventName}: {dayName(f.dayLabel, f.day)}
              </a>
              {f.prompts.length === 0 ? null : f.prompts.some((x) => avoids(avoid, x.text)) ? (
                <>
                  {' — '}
                  <PromptNames
                    prompts={f.prompts.map((x) => ({ text: x.text, hidden: avoids(avoid, x.text) }))}
                  />
                </>
              ) : (
                ` — ${f.prompts.map((x) => x.text).join(' + ')}`
              )}{' '}
              <RuleMarks breaks={fillBreaks(p, f)} />
            </li>
          ))}
        </ul>
      ) : null}
      {p.squares.length > 0 ? (
        <ul class="fills">
          {p.squares.map((sq) => (
            <li>
              <a href={`/events/${sq.eventSlug}`}>{sq.eventName}</a>: row {sq.row}, column {sq.col} —{' '}
              {sq.prompt}
            </li>
          ))}
        </ul>
      ) : null}
      {p.summary ? <p class="summary">{p.summary}</p> : null}
    </li>
  );
}

function Select(props: {
  name: string;
  label: string;
  options: readonly string[];
  value: string;
  error?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => (
          <option value={o} selected={o === props.value}>
            {props.name === 'status' ? statusLabel(o) : o}
          </option>
        ))}
      </select>
      <FieldError id={id} message={props.error} />
    </div>
  );
}

/** The days-and-prompts part of the form: one group per day filled, and a way to add another. */
function FillsFieldset(props: PieceFormProps) {
  const { event, days, values } = props;
  const chosen = new Set(values.fills.map((f) => f.day));
  const others = days.filter((d) => !chosen.has(d.number));
  return (
    <fieldset class={`fills-fieldset${props.errors.fills ? ' has-error' : ''}`} id="f-fills">
      <legend>Event, days and prompts</legend>
      <div class="field">
        <label for="f-event">Event</label>
        <select
          id="f-event"
          name="event"
          aria-invalid={props.errors.fills ? 'true' : undefined}
          aria-describedby={props.errors.fills ? 'f-fills-error' : undefined}
          hx-post={props.action}
          hx-trigger="change"
          hx-target="#piece-form"
          hx-swap="outerHTML"
          hx-include="closest form"
          hx-vals='{"intent": "change-event"}'
        >
          <option value="" selected={!event}>
            No event
          </option>
          {props.events.map((e) => (
            <option value={e.slug} selected={e.slug === event?.slug}>
              {e.name}
            </option>
          ))}
        </select>
        <button class="button small no-js" type="submit" name="intent" value="change-event" formnovalidate>
          Show this event’s days
        </button>
      </div>
      {event?.kind === 'bingo' ? (
        props.card ? (
          <SquarePicker view={props.card} chosen={values.squares} />
        ) : (
          <p class="hint">
            <a href={`/events/${event.slug}`}>Join {event.name}</a> to be dealt a card first.
          </p>
        )
      ) : null}
      {event && event.kind !== 'bingo'
        ? values.fills.map((fill) => {
            const day = days.find((d) => d.number === fill.day);
            if (!day) return null;
            return (
              <fieldset class="day-fill">
                <legend>
                  {dayName(event.dayLabel, day.number)}
                  <DayTitle title={day.title} avoid={props.avoid} class="legend-title" />{' '}
                  <span class="muted">({formatDate(day.date)})</span>
                </legend>
                <input type="hidden" name="day" value={String(day.number)} />
                <p class="hint">Which prompts did you use?</p>
                {day.prompts.map((p) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      name={`prompts-${day.number}`}
                      value={String(p.position)}
                      checked={fill.prompts.includes(p.position)}
                    />{' '}
                    <Avoidable text={p.text} avoid={props.avoid} />
                  </label>
                ))}
                <button
                  class="button small"
                  type="submit"
                  name="intent"
                  value={`remove-day:${day.number}`}
                  formnovalidate
                >
                  Remove {dayName(event.dayLabel, day.number)}
                </button>
              </fieldset>
            );
          })
        : null}
      {event && event.kind !== 'bingo' && others.length > 0 ? (
        <div class="field add-day">
          <label for="f-add_day">{values.fills.length === 0 ? 'Day filled' : 'Also fills'}</label>
          <select id="f-add_day" name="add_day">
            <option value="">{values.fills.length === 0 ? 'No day' : 'No other day'}</option>
            {others.map((d) => (
              <option value={String(d.number)}>
                {dayName(event.dayLabel, d.number)} ({formatDate(d.date)})
                {/* An option cannot be blurred: a title with a word the writer avoids is left out. */}
                {d.title && !avoids(props.avoid ?? NO_SQUICKS, d.title) ? ` — ${d.title}` : ''}
              </option>
            ))}
          </select>
          <button class="button small" type="submit" name="intent" value="add-day" formnovalidate>
            Add this day
          </button>
        </div>
      ) : null}
      <FieldError id="f-fills" message={props.errors.fills} />
    </fieldset>
  );
}

/** "Paste your story": a live AO3 word count, and a button that fills the form from the paste. */
function PasteSection(props: { notice?: string }) {
  return (
    <details class="paste" open={props.notice ? true : undefined}>
      <summary>Paste your story, its AO3 page or its AO3 link to fill in the form</summary>
      <div class="field">
        <label for="f-paste">
          Story text, AO3 work page (select all and copy, or its HTML), AO3 download or AO3 link
        </label>
        <p class="hint" id="f-paste-hint">
          Words are counted exactly as AO3 counts them. The pasted text is never stored. Many works at once?{' '}
          <a href="/pieces/import">Import them from AO3</a>.
        </p>
        <textarea
          id="f-paste"
          name="paste"
          rows={6}
          aria-describedby="f-paste-hint paste-count"
          hx-post="/pieces/word-count"
          hx-trigger="input changed delay:400ms"
          hx-target="#paste-count"
          hx-swap="outerHTML"
        />
        <PasteCount />
        <p class="actions">
          <button class="button" type="submit" name="intent" value="import" formnovalidate>
            Fill in the form from this
          </button>
        </p>
      </div>
      <p class="notice" role="status">
        {props.notice ?? ''}
      </p>
    </details>
  );
}

/** The live count under the paste area, or why the paste cannot be read. */
export function PasteCount(props: { words?: number; problem?: string }) {
  const shown = props.words === undefined ? '' : `${wordsLabel(props.words)} (AO3 count)`;
  return (
    <output id="paste-count" class="paste-count" aria-live="polite">
      {props.problem ?? shown}
    </output>
  );
}

/** The log/edit form; re-rendered with the typed values and errors beside fields on 422. */
export function PieceForm(props: PieceFormProps) {
  const v = props.values;
  const e = props.errors;
  return (
    <SwapForm id="piece-form" class="piece-form" action={props.action} sync="drop" disable="findAll button">
      {props.submission ? <input type="hidden" name="submission" value={props.submission} /> : null}
      <ErrorSummary errors={e} />
      <DefaultSubmit name="intent" value="save" label={props.submitLabel} />
      <PasteSection notice={props.notice} />
      <Field
        name="title"
        label="Title"
        value={v.title}
        error={e.title}
        required
        attrs={{ maxlength: PIECE_LIMITS.title }}
      />
      <Field
        name="words"
        label="Words"
        value={v.words}
        error={e.words}
        required
        attrs={{ inputmode: 'numeric', autocomplete: 'off' }}
      />
      <Field
        name="url"
        label="Link"
        type="url"
        value={v.url}
        error={e.url}
        hint="Where it is posted (AO3, Tumblr, …): http or https."
        attrs={{ maxlength: PIECE_LIMITS.url }}
      />
      <Field
        name="fandoms"
        label="Fandoms"
        value={v.fandoms}
        error={e.fandoms}
        hint="Separate fandoms with commas."
      />
      <Select name="rating" label="Rating" options={RATINGS} value={v.rating} error={e.rating} />
      <Select name="status" label="Status" options={PIECE_STATUSES} value={v.status} error={e.status} />
      <Field
        name="posted_on"
        label="Posted on"
        type="date"
        value={v.posted_on}
        error={e.posted_on}
        hint="Left empty for a posted piece, today is used."
      />
      <FillsFieldset {...props} />
      <TextArea
        name="summary"
        label="Summary"
        value={v.summary}
        error={e.summary}
        attrs={{ maxlength: String(PIECE_LIMITS.summary) }}
      />
      <TextArea
        name="notes"
        label="Notes"
        value={v.notes}
        error={e.notes}
        attrs={{ maxlength: String(PIECE_LIMITS.notes) }}
      />
      <p class="actions">
        <button class="button primary" type="submit" name="intent" value="save">
          {props.submitLabel}
        </button>
      </p>
    </SwapForm>
  );
}

/** The page around the log form. */
export function PieceFormPage(props: PieceFormProps & { heading: string }) {
  return (
    <>
      <PageHeader title={props.heading} />
      <PieceForm {...props} />
    </>
  );
}

/** One piece: for its writer with notes, Edit and Delete; for anyone else (`by` given) read-only. */
export function PiecePage(props: { piece: PieceDetail; by?: Byline; avoid?: SquickFilter }) {
  const p = props.piece;
  const own = !props.by;
  return (
    <>
      <PageHeader title={p.title} />
      <ol class="blurbs single">
        <PieceBlurb piece={p} by={props.by} avoid={props.avoid} untitled />
      </ol>
      <PieceTagLines piece={p} />
      {own && p.notes ? (
        <section>
          <h2>Notes</h2>
          <p class="notes">{p.notes}</p>
        </section>
      ) : null}
      {own ? (
        <p class="actions">
          <a class="button" href={`/pieces/${p.id}/edit`}>
            Edit
          </a>
          <a class="button danger" href={`/pieces/${p.id}/delete`}>
            Delete…
          </a>
        </p>
      ) : null}
    </>
  );
}

/** Asks before deleting a piece. */
export function DeletePiecePage(props: { piece: PieceDetail }) {
  const p = props.piece;
  return (
    <>
      <PageHeader
        title={`Delete “${p.title}”?`}
        lead="The piece and the days it fills are removed. This cannot be undone."
      />
      <form method="post" action={`/pieces/${p.id}/delete`} class="actions">
        <button class="button danger" type="submit">
          Delete the piece
        </button>
        <a class="button" href={`/pieces/${p.id}`}>
          Keep it
        </a>
      </form>
    </>
  );
}
