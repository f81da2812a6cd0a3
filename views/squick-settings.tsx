import { SQUICK_MAX_ENTRIES, SQUICK_MAX_LENGTH } from '../src/domain/squick.ts';
import { ErrorSummary, FieldError } from './components.tsx';

/** The settings section where a writer lists what to avoid (`<section id="squick">`); htmx swaps it alone. */
export function SquickSection(props: { text: string; error?: string; saved?: number }) {
  const errors: Record<string, string> = props.error ? { squick_words: props.error } : {};
  const id = 'f-squick_words';
  return (
    <section id="squick" aria-labelledby="squick-title">
      <h2 id="squick-title">Prompts to hide</h2>
      <form
        class="account-form"
        method="post"
        action="/settings/squick"
        hx-post="/settings/squick"
        hx-target="#squick"
        hx-swap="outerHTML"
      >
        <ErrorSummary errors={errors} />
        {props.saved !== undefined ? (
          <p class="notice" role="status">
            Saved.{' '}
            {props.saved === 0
              ? 'No prompt is hidden.'
              : `Prompts with ${props.saved === 1 ? 'that word' : `any of these ${props.saved}`} are hidden.`}
          </p>
        ) : null}
        <div class={`field${props.error ? ' has-error' : ''}`}>
          <label for={id}>Words and phrases you avoid</label>
          <p class="hint" id={`${id}-hint`}>
            One a line, up to {SQUICK_MAX_ENTRIES} of at most {SQUICK_MAX_LENGTH} characters. A prompt with
            one of them is blurred on the home page, calendars and day pages until you choose to show it, and
            the day’s other prompts are offered instead. Case and accents do not matter, and “spider” also
            hides “Spiders”; end a word with * to hide every word it begins (“blood*” hides “Bloodstained”).
            Only you see this list.
          </p>
          <textarea
            id={id}
            name="squick_words"
            rows={6}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
            aria-invalid={props.error ? 'true' : undefined}
          >
            {props.text}
          </textarea>
          <FieldError id={id} message={props.error} />
        </div>
        <p class="actions">
          <button class="button primary" type="submit">
            Save the list
          </button>
        </p>
      </form>
    </section>
  );
}
