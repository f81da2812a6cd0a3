import type { Child } from 'hono/jsx';
import type { DayState } from '../src/domain/calendar.ts';
import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import { ECHO_MAX, echoed } from '../src/domain/text-input.ts';
import { HiddenPrompt } from './squick.tsx';

/** The words shown for each day state. */
export const STATE_LABELS: Record<DayState, string> = {
  filled: 'Filled',
  'filled-late': 'Filled late',
  today: 'Today',
  open: 'Open',
  upcoming: 'Upcoming',
};

/** A small badge naming a day's state. */
export function StateBadge(props: { state: DayState }) {
  return <span class={`badge state-${props.state}`}>{STATE_LABELS[props.state]}</span>;
}

/** A day's prompts as a list of alternatives; those with a word the writer avoids (`avoid`) are blurred. */
export function PromptList(props: { prompts: { text: string }[]; class?: string; avoid?: SquickFilter }) {
  if (props.prompts.length === 0) return <p class="muted">No prompt for this day.</p>;
  const avoid = props.avoid ?? NO_SQUICKS;
  return (
    <ul class={`prompts ${props.class ?? ''}`}>
      {props.prompts.map((p) => (
        <li>{avoids(avoid, p.text) ? <HiddenPrompt text={p.text} /> : p.text}</li>
      ))}
    </ul>
  );
}

/** The message beside a form field, linked to it by id for screen readers. */
export function FieldError(props: { id: string; message?: string }) {
  if (!props.message) return null;
  return (
    <p class="field-error" id={`${props.id}-error`}>
      {props.message}
    </p>
  );
}

/** A labelled text-like input with its error. */
export function Field(props: {
  name: string;
  label: string;
  value?: string;
  error?: string;
  type?: string;
  hint?: string;
  required?: boolean;
  attrs?: Record<string, string | number | boolean>;
}) {
  const id = `f-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? <span class="req"> (required)</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={echoed(props.value ?? '', Number(props.attrs?.maxlength ?? ECHO_MAX))}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        {...(props.attrs ?? {})}
      />
      <FieldError id={id} message={props.error} />
    </div>
  );
}

/** A labelled textarea with an optional hint and its error. */
export function TextArea(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  rows?: number;
  attrs?: Record<string, string>;
}) {
  const id = `f-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        {...(props.attrs ?? {})}
      >
        {props.attrs?.maxlength ? echoed(props.value, Number(props.attrs.maxlength)) : props.value}
      </textarea>
      <FieldError id={id} message={props.error} />
    </div>
  );
}

/**
 * A form that posts and redirects without JavaScript, and with htmx swaps itself for the answer
 * (the same form with errors on 422, or whatever the server sends back).
 */
export function SwapForm(props: {
  id: string;
  class: string;
  action: string;
  children: Child;
  /** htmx 4's hx-sync and hx-disable, for forms that must not be sent twice. */
  sync?: string;
  disable?: string;
}) {
  return (
    <form
      id={props.id}
      class={props.class}
      method="post"
      action={props.action}
      hx-post={props.action}
      hx-target="this"
      hx-swap="outerHTML"
      hx-sync={props.sync}
      hx-disable={props.disable}
    >
      {props.children}
    </form>
  );
}

/** A labelled filter select whose first option (value "") means "no filter". */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  none: string;
  options: readonly (string | { value: string; label: string })[];
  value: string;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.none}</option>
        {props.options.map((o) => {
          const { value, label } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option value={value} selected={value === props.value}>
              {label}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** A summary of a form's errors at its top, announced when it appears. */
export function ErrorSummary(props: { errors: Record<string, string> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>Please fix {entries.length === 1 ? 'this' : `these ${entries.length} things`}:</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#f-${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The button Enter in a field presses. A form's first submit button is its default one, so a form
 * whose first button does something else (fill in from a paste, preview) starts with this copy of
 * its main button, out of sight, out of the tab order and hidden from screen readers.
 */
export function DefaultSubmit(props: { name: string; value: string; label: string }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: out of the tab order (tabindex -1); the visible button is the one to use.
    <button
      type="submit"
      class="default-submit"
      name={props.name}
      value={props.value}
      tabindex={-1}
      aria-hidden="true"
    >
      {props.label}
    </button>
  );
}

/** A titled page section. */
export function PageHeader(props: { title: Child; lead?: Child; children?: Child }) {
  return (
    <div class="page-header">
      <h1>{props.title}</h1>
      {props.lead ? <p class="lead">{props.lead}</p> : null}
      {props.children}
    </div>
  );
}
