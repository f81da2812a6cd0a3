import { formatDate } from '../src/domain/calendar.ts';
import { formatNumber, plural, wordsLabel } from '../src/domain/format.ts';
import type { LoggedNote } from '../src/queries/word-log-notes.ts';
import type { WordLogRow } from '../src/queries/word-logs.ts';
import { ErrorSummary, Field, FieldError } from './components.tsx';

/** The word-log form as typed, with its one-time submission token (a second identical post logs nothing more). */
export type WordLogValues = {
  date: string;
  words: string;
  mode: string;
  piece_id: string;
  submission?: string;
};

/** The word-log form: date, words, add or set, and optionally the piece; htmx swaps the whole stats area. */
export function WordLogForm(props: {
  values: WordLogValues;
  errors: Record<string, string>;
  pieces: { id: number; title: string }[];
  event: string | null;
}) {
  const { values: v, errors: e } = props;
  return (
    <form
      id="word-log-form"
      class="word-log-form"
      method="post"
      action="/stats/word-logs"
      hx-post="/stats/word-logs"
      hx-target="#stats"
      hx-swap="outerHTML"
      hx-sync="drop"
      hx-disable="find button"
    >
      <ErrorSummary errors={e} />
      <input type="hidden" name="event" value={props.event ?? ''} />
      {v.submission ? <input type="hidden" name="submission" value={v.submission} /> : null}
      <Field name="date" label="Date" type="date" value={v.date} error={e.date} required />
      <Field
        name="words"
        label="Words"
        value={v.words}
        error={e.words}
        required
        hint="Words written that day, or your running total."
        attrs={{ inputmode: 'numeric', autocomplete: 'off' }}
      />
      <fieldset class={`field${e.mode ? ' has-error' : ''}`} id="f-mode">
        <legend>How to count them</legend>
        <label class="check">
          <input type="radio" name="mode" value="add" checked={v.mode !== 'set'} /> Add these words to the
          date
        </label>
        <label class="check">
          <input type="radio" name="mode" value="set" checked={v.mode === 'set'} /> This is my running total
        </label>
        <FieldError id="f-mode" message={e.mode} />
      </fieldset>
      <div class={`field${e.piece_id ? ' has-error' : ''}`}>
        <label for="f-piece_id">Piece (optional)</label>
        <select id="f-piece_id" name="piece_id" aria-invalid={e.piece_id ? 'true' : undefined}>
          <option value="">No piece</option>
          {props.pieces.map((p) => (
            <option value={String(p.id)} selected={v.piece_id === String(p.id)}>
              {p.title}
            </option>
          ))}
        </select>
        <FieldError id="f-piece_id" message={e.piece_id} />
      </div>
      <p class="actions">
        <button class="button primary" type="submit">
          Log the words
        </button>
      </p>
    </form>
  );
}

/** The writer's recent word logs, each with a Delete button. */
export function RecentLogs(props: { logs: WordLogRow[]; event: string | null }) {
  if (props.logs.length === 0) return <p class="muted">No words logged yet.</p>;
  const back = `?event=${encodeURIComponent(props.event ?? '')}`;
  return (
    <table class="word-logs">
      <caption>Recent word logs</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Words</th>
          <th scope="col">Piece</th>
          <th scope="col">
            <span class="visually-hidden">Delete</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.logs.map((log) => (
          <tr>
            <td>
              <time datetime={log.date}>{formatDate(log.date)}</time>
            </td>
            <td>{wordsLabel(log.words)}</td>
            <td>{log.pieceTitle ?? <span class="muted">—</span>}</td>
            <td>
              <form
                class="inline"
                method="post"
                action={`/stats/word-logs/${log.id}/delete${back}`}
                hx-post={`/stats/word-logs/${log.id}/delete${back}`}
                hx-target="#stats"
                hx-swap="outerHTML"
                hx-confirm={`Delete the log of ${wordsLabel(log.words)} on ${formatDate(log.date)}?`}
              >
                <button class="button small danger" type="submit">
                  Delete<span class="visually-hidden"> the log of {formatDate(log.date)}</span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What the last word log did, announced; after a running total, where the other words of the stats
 * come from (posted pieces not tied to a log) and a button per piece to tie it, so it counts once.
 */
export function LoggedNotice(props: { note: LoggedNote; event: string | null }) {
  const u = props.note.untied;
  return (
    <div class="notice logged" role="status">
      <p>{props.note.message}</p>
      {u ? (
        <>
          <p>
            Your stats show {formatNumber(u.total + u.words)} by then: {plural(u.count, 'posted piece')} with
            no word log tied to {u.count === 1 ? 'it' : 'them'} ({wordsLabel(u.words)}) count on top of your
            total. If your total already includes {u.count === 1 ? 'it' : 'them'}, tie{' '}
            {u.count === 1 ? 'it' : 'each'} to a log and {u.count === 1 ? 'its' : 'their'} words count once.
          </p>
          <ul class="untied">
            {u.pieces.map((p) => (
              <li>
                <form
                  method="post"
                  action="/stats/word-logs/tie"
                  hx-post="/stats/word-logs/tie"
                  hx-target="#stats"
                  hx-swap="outerHTML"
                  class="inline"
                >
                  <input type="hidden" name="piece_id" value={String(p.id)} />
                  <input type="hidden" name="event" value={props.event ?? ''} />“{p.title}” (
                  {wordsLabel(p.words)}){' '}
                  <button type="submit" class="button small">
                    Tie “{p.title}” to your total
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
