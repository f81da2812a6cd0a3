import type { UnusedLine } from '../src/domain/bingo-pool.ts';
import { ErrorSummary, Field, FieldError, PageHeader, TextArea } from './components.tsx';

/** The bingo event form as typed. */
export type BingoFormValues = {
  name: string;
  slug: string;
  description: string;
  opens: string;
  closes: string;
  card_size: string;
  free_centre: boolean;
  pool: string;
  min_words: string;
  max_squares_per_piece: string;
  reroll: boolean;
};

/** An empty bingo form: 5×5 with a free centre. */
export const EMPTY_BINGO_FORM: BingoFormValues = {
  name: '',
  slug: '',
  description: '',
  opens: '',
  closes: '',
  card_size: '5',
  free_centre: true,
  pool: '',
  min_words: '',
  max_squares_per_piece: '',
  reroll: false,
};

/** What the pool reader made of the paste: the prompts used and every line not used, with why. */
export function PoolPreview(props: { prompts: string[]; unused: UnusedLine[] }) {
  return (
    <section id="pool-preview" aria-labelledby="pool-preview-heading">
      <h2 id="pool-preview-heading">The pool: {props.prompts.length} prompts</h2>
      <ol class="pool">
        {props.prompts.map((p) => (
          <li>{p}</li>
        ))}
      </ol>
      {props.unused.length > 0 ? (
        <>
          <h3>Lines not used</h3>
          <ul class="unused-lines">
            {props.unused.map((u) => (
              <li>
                Line {u.line}: “{u.text}” — {u.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The form that creates a bingo event, with the pool's preview when there is one. */
export function BingoEditorPage(props: {
  values: BingoFormValues;
  errors: Record<string, string>;
  preview?: { prompts: string[]; unused: UnusedLine[] };
}) {
  const v = props.values;
  const e = props.errors;
  return (
    <>
      <PageHeader
        title="New bingo event"
        lead="Paste the prompt pool, one prompt a line; each writer is dealt a card from it."
      />
      <form method="post" action="/events/new/bingo" class="event-form">
        <ErrorSummary errors={e} />
        <Field name="name" label="Name" value={v.name} error={e.name} required />
        <Field
          name="slug"
          label="Slug"
          value={v.slug}
          error={e.slug}
          hint="Left empty, made from the name."
        />
        <TextArea name="description" label="Description" value={v.description} error={e.description} />
        <Field name="opens" label="Opens" type="date" value={v.opens} error={e.opens} required />
        <Field name="closes" label="Closes" type="date" value={v.closes} error={e.closes} required />
        <div class={`field${e.card_size ? ' has-error' : ''}`}>
          <label for="f-card_size">Card size</label>
          <select id="f-card_size" name="card_size">
            {['3', '4', '5'].map((n) => (
              <option value={n} selected={v.card_size === n}>
                {n}×{n}
              </option>
            ))}
          </select>
          <FieldError id="f-card_size" message={e.card_size} />
        </div>
        <div class="field">
          <label class="check" id="f-free_centre">
            <input type="checkbox" name="free_centre" value="on" checked={v.free_centre} /> A free centre
            square (3×3 and 5×5 cards)
          </label>
          <FieldError id="f-free_centre" message={e.free_centre} />
        </div>
        <TextArea
          name="pool"
          label="Prompt pool"
          value={v.pool}
          error={e.pool}
          rows={12}
          hint="One prompt a line; bullets and numbers are taken off. At least as many prompts as a card has squares."
        />
        <Field name="min_words" label="Words a square needs" value={v.min_words} error={e.min_words} />
        <Field
          name="max_squares_per_piece"
          label="Squares one piece may fill"
          value={v.max_squares_per_piece}
          error={e.max_squares_per_piece}
          hint="Left empty, any number."
        />
        <div class="field">
          <label class="check" id="f-rules">
            <input type="checkbox" name="reroll" value="on" checked={v.reroll} /> Writers may reroll their
            card once in the first 24 hours
          </label>
          <FieldError id="f-rules" message={e.rules} />
        </div>
        <p class="actions">
          <button class="button" type="submit" name="intent" value="preview">
            Preview the pool
          </button>{' '}
          <button class="button primary" type="submit" name="intent" value="save">
            Create the bingo event
          </button>
        </p>
      </form>
      {props.preview ? <PoolPreview {...props.preview} /> : null}
    </>
  );
}
