import type { Event } from '../db/schema.ts';
import { workUrl } from '../src/domain/ao3-url.ts';
import { dayName, formatDate } from '../src/domain/calendar.ts';
import { formatNumber, wordsLabel } from '../src/domain/format.ts';
import type { PreviewRow } from '../src/domain/import-preview.ts';
import type { DayWithPrompts } from '../src/queries/events.ts';
import { DefaultSubmit, PageHeader, SwapForm } from './components.tsx';

/** The event a list's works fill; in the preview, choosing another re-reads their days (htmx, or the button). */
export function EventSelect(props: { events: Event[]; value: string | null; refresh?: boolean }) {
  return (
    <div class="field">
      <label for="f-event">Event the works fill</label>
      <select
        id="f-event"
        name="event"
        {...(props.refresh
          ? {
              'hx-post': '/pieces/import/save',
              'hx-trigger': 'change',
              'hx-target': '#import-preview',
              'hx-swap': 'outerHTML',
              'hx-include': 'closest form',
              'hx-vals': '{"intent": "refresh"}',
            }
          : {})}
      >
        <option value="" selected={!props.value}>
          Find it from the works
        </option>
        {props.events.map((e) => (
          <option value={e.slug} selected={e.slug === props.value}>
            {e.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The preview form's props: the rows, the event they are matched to, and that event's days. */
export type ImportPreviewProps = {
  rows: PreviewRow[];
  event: string | null;
  events: Event[];
  days: DayWithPrompts[];
  heading?: string;
  skipped?: { title: string; reason: string }[];
  notice?: string;
};

function DaySelect(props: {
  k: number;
  days: DayWithPrompts[];
  value: number | null;
  label: string;
  dayLabel: string;
}) {
  return (
    <label class="day-select">
      {props.label}{' '}
      <select
        name={`day_${props.k}`}
        hx-post="/pieces/import/save"
        hx-trigger="change"
        hx-target="#import-preview"
        hx-swap="outerHTML"
        hx-include="closest form"
        hx-vals='{"intent": "refresh"}'
      >
        <option value="">{props.value === null ? 'No day' : 'Remove this day'}</option>
        {props.days.map((d) => (
          <option value={String(d.number)} selected={d.number === props.value}>
            {dayName(props.dayLabel, d.number)} ({formatDate(d.date)})
          </option>
        ))}
      </select>
    </label>
  );
}

function PreviewItem(props: { row: PreviewRow; k: number; days: DayWithPrompts[]; event?: Event }) {
  const { row, k, days, event } = props;
  const w = row.work;
  const id = `import-${k}`;
  return (
    <li class={`blurb import-row${row.logged ? ' logged' : ''}${row.error ? ' has-error' : ''}`} id={id}>
      <input type="hidden" name="work" value={JSON.stringify(w)} />
      <h3>
        <label class="check">
          <input
            type="checkbox"
            name="pick"
            value={String(k)}
            checked={row.picked}
            disabled={Boolean(row.logged)}
          />{' '}
          {w.title}
        </label>
        <a class="external" href={workUrl(w.work_id)} rel="noopener noreferrer">
          <span class="visually-hidden">Open “{w.title}” on AO3</span>
          <span aria-hidden="true">↗</span>
        </a>
        {w.authors.length > 0 ? <span class="byline"> by {w.authors.join(', ')}</span> : null}
      </h3>
      <p class="meta">
        {w.fandoms.length > 0 ? <span class="fandoms">{w.fandoms.join(', ')}</span> : null}
        {w.rating ? <span class="rating">{w.rating}</span> : null}
        {w.words !== null ? <span class="words">{wordsLabel(w.words)}</span> : null}
        {w.published ? <time datetime={w.published}>{formatDate(w.published)}</time> : null}
      </p>
      {row.logged ? (
        <p class="notice">
          Already logged as <a href={`/pieces/${row.logged.id}`}>“{row.logged.title}”</a>: it is skipped.
        </p>
      ) : null}
      {row.error ? (
        <p class="field-error" id={`${id}-error`}>
          {row.error}
        </p>
      ) : null}
      {event ? (
        <div class="import-days">
          {row.fills.map((fill) => {
            const day = days.find((d) => d.number === fill.day);
            return day ? (
              <fieldset class="day-fill">
                <legend>
                  <DaySelect k={k} days={days} value={day.number} label="Fills" dayLabel={event.dayLabel} />
                </legend>
                {day.prompts.map((p) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      name={`prompts_${k}_${day.number}`}
                      value={String(p.position)}
                      checked={fill.prompts.includes(p.position)}
                    />{' '}
                    {p.text}
                  </label>
                ))}
              </fieldset>
            ) : null;
          })}
          <DaySelect
            k={k}
            days={days.filter((d) => !row.fills.some((f) => f.day === d.number))}
            value={null}
            label={row.fills.length === 0 ? 'Day filled' : 'Also fills'}
            dayLabel={event.dayLabel}
          />
        </div>
      ) : (
        <p class="hint">Choose the event above to tie this work to its days.</p>
      )}
    </li>
  );
}

/** Every work found, to check and correct: one button imports the chosen ones in one go. */
export function ImportPreview(props: ImportPreviewProps) {
  const event = props.events.find((e) => e.slug === props.event);
  const logged = props.rows.filter((r) => r.logged).length;
  const withDays = props.rows.filter((r) => r.fills.length > 0).length;
  return (
    <SwapForm
      id="import-preview"
      class="import-preview"
      action="/pieces/import/save"
      sync="drop"
      disable="findAll button"
    >
      <DefaultSubmit name="intent" value="save" label="Import the chosen works" />
      <PageHeader title="Check the works to import" lead={props.heading} />
      <p class="notice" role="status">
        {props.notice ?? ''}
      </p>
      <p>
        {formatNumber(props.rows.length)} {props.rows.length === 1 ? 'work' : 'works'} found
        {event ? `, ${withDays} with a day of ${event.name}` : ''}
        {logged > 0 ? `; ${logged} already logged` : ''}.
      </p>
      <input type="hidden" name="matched_event" value={event?.slug ?? ''} />
      <EventSelect events={props.events} value={event?.slug ?? null} refresh />
      <button class="button small no-js" type="submit" name="intent" value="refresh">
        Update the preview
      </button>
      <ol class="blurbs import-rows">
        {props.rows.map((row, k) => (
          <PreviewItem row={row} k={k} days={props.days} event={event} />
        ))}
      </ol>
      {props.skipped && props.skipped.length > 0 ? (
        <details class="skipped">
          <summary>Not imported: {props.skipped.length} not works</summary>
          <ul>
            {props.skipped.map((s) => (
              <li>
                {s.title} — {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p class="actions">
        <button class="button primary" type="submit" name="intent" value="save">
          Import the chosen works
        </button>
        <a class="button" href="/pieces/import">
          Start again
        </a>
      </p>
    </SwapForm>
  );
}
