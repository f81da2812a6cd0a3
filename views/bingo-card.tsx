import { lineName } from '../src/domain/bingo-lines.ts';
import { SQUARE_BREAK_LABELS, type SquareBreak } from '../src/domain/bingo-rules.ts';
import { wordsLabel } from '../src/domain/format.ts';
import type { CardView, ShownSquare } from '../src/queries/bingo-view.ts';

/** Marks for the rules a square's piece breaks ("Too short", "Too many squares"), with a sentence for screen readers. */
export function SquareMarks(props: { breaks: SquareBreak[] }) {
  if (props.breaks.length === 0) return null;
  const sentence = `Breaks the event’s rules: ${props.breaks.map((b) => SQUARE_BREAK_LABELS[b].toLowerCase()).join(', ')}.`;
  return (
    <span class="rule-marks" title={sentence}>
      <span class="visually-hidden">{sentence}</span>
      {props.breaks.map((b) => (
        <span class={`badge rule-break rule-${b}`} aria-hidden="true">
          {SQUARE_BREAK_LABELS[b]}
        </span>
      ))}
    </span>
  );
}

const rowsOf = (view: CardView) =>
  Array.from({ length: view.size }, (_, r) => view.squares.filter((s) => s.row === r + 1));

function SquareCell(props: { square: ShownSquare; slug?: string; own: boolean }) {
  const s = props.square;
  if (s.free)
    return (
      <td class="bingo-square free filled" data-label={`Row ${s.row}, column ${s.col}`}>
        <span class="prompt">Free square</span>
      </td>
    );
  return (
    <td class={`bingo-square${s.filled ? ' filled' : ''}`} data-label={`Row ${s.row}, column ${s.col}`}>
      <span class="prompt">{s.prompt}</span>
      <span class="state">{s.filled ? ' ✓ Filled' : s.pieces.length > 0 ? ' (not posted yet)' : ''}</span>
      {s.pieces.length > 0 ? (
        <ul class="square-pieces">
          {s.pieces.map((p) => (
            <li>
              {props.own ? <a href={`/pieces/${p.id}`}>{p.title}</a> : p.title}{' '}
              <span class="muted">({wordsLabel(p.words)})</span> <SquareMarks breaks={p.breaks} />
            </li>
          ))}
        </ul>
      ) : props.own && props.slug ? (
        <a class="log-square" href={`/pieces/new?event=${props.slug}&square=${s.row}-${s.col}`}>
          Log a piece<span class="visually-hidden"> for “{s.prompt}”</span>
        </a>
      ) : null}
    </td>
  );
}

/** A card as a table: a header for each column and each row, one cell a square; a list on a phone. */
export function BingoCardTable(props: { view: CardView; caption: string; slug?: string; own?: boolean }) {
  const { view } = props;
  const cols = Array.from({ length: view.size }, (_, i) => i + 1);
  return (
    <table class={`bingo-card size-${view.size}`}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <td />
          {cols.map((n) => (
            <th scope="col">Column {n}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowsOf(view).map((row, r) => (
          <tr>
            <th scope="row">Row {r + 1}</th>
            {row.map((s) => (
              <SquareCell square={s} slug={props.slug} own={props.own ?? false} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a card has done: squares filled of all, each completed line, the blackout. */
export function CardProgressSummary(props: { view: CardView }) {
  const { progress, squares } = props.view;
  const fillable = squares.filter((s) => !s.free).length;
  return (
    <div class="bingo-progress">
      <p>
        <strong>{progress.filled}</strong> of {fillable} squares filled ·{' '}
        <strong>{progress.lines.length}</strong> {progress.lines.length === 1 ? 'line' : 'lines'}
        {progress.blackout ? ' · Blackout!' : ''}
      </p>
      {progress.lines.length > 0 ? (
        <ul class="bingo-lines">
          {progress.lines.map((l) => (
            <li>{lineName(l)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The log form's squares: the card as a grid of checkboxes, one per square that takes a piece. */
export function SquarePicker(props: { view: CardView; chosen: string[] }) {
  const { view } = props;
  const cols = Array.from({ length: view.size }, (_, i) => i + 1);
  return (
    <fieldset class="square-picker">
      <legend>Squares of your card this piece fills</legend>
      <table class={`bingo-card picker size-${view.size}`}>
        <thead>
          <tr>
            <td />
            {cols.map((n) => (
              <th scope="col">Column {n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowsOf(view).map((row, r) => (
            <tr>
              <th scope="row">Row {r + 1}</th>
              {row.map((s) => {
                const value = `${s.row}-${s.col}`;
                return (
                  <td class={`bingo-square${s.filled ? ' filled' : ''}${s.free ? ' free' : ''}`}>
                    {s.free ? (
                      <span class="prompt">Free square</span>
                    ) : (
                      <label class="check">
                        <input
                          type="checkbox"
                          name="square"
                          value={value}
                          checked={props.chosen.includes(value)}
                        />{' '}
                        {s.prompt}
                        {s.filled ? <span class="muted"> (filled)</span> : null}
                      </label>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** A writer's card in play as the stats list it. */
export type BingoStat = {
  slug: string;
  name: string;
  size: number | null;
  freeCentre: boolean;
  filled: number;
  lines: number;
  blackout: number;
};

/** The stats page's bingo section: per card, squares filled, lines and the blackout. */
export function BingoStats(props: { cards: BingoStat[] }) {
  if (props.cards.length === 0) return null;
  return (
    <section aria-labelledby="bingo-stats-title">
      <h2 id="bingo-stats-title">Bingo cards</h2>
      <table class="numbers">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Squares filled</th>
            <th scope="col">Lines</th>
            <th scope="col">Blackout</th>
          </tr>
        </thead>
        <tbody>
          {props.cards.map((c) => {
            const size = c.size ?? 5;
            const fillable = size * size - (c.freeCentre && size % 2 === 1 ? 1 : 0);
            return (
              <tr>
                <th scope="row">
                  <a href={`/events/${c.slug}/card`}>{c.name}</a>
                </th>
                <td>
                  {c.filled} of {fillable}
                </td>
                <td>{c.lines}</td>
                <td>{c.blackout ? 'Yes' : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
