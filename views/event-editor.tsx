import type { Child } from 'hono/jsx';
import type { EventFormValues, ListPreview } from '../src/domain/event-form.ts';
import { DAY_LABELS, slugify } from '../src/domain/event-input.ts';
import type { FieldErrors } from '../src/domain/piece-input.ts';
import {
  DefaultSubmit,
  ErrorSummary,
  Field,
  FieldError,
  PageHeader,
  SwapForm,
  TextArea,
} from './components.tsx';
import { PromptListPreview } from './prompt-preview.tsx';

/** What the new-event and edit forms are drawn from. */
export type EventFormProps = {
  /** Where the form saves: `/events` or `/events/:slug/edit`. */
  action: string;
  /** Where the preview is posted: `/events/preview` or `/events/:slug/preview`. */
  previewAction: string;
  values: EventFormValues;
  errors: FieldErrors;
  preview?: ListPreview;
  /** A message about the list the preview shows first (days with fills that would go). */
  warning?: string;
  submitLabel: string;
  /** On the new-event form the slug follows the name until it is edited. */
  isNew: boolean;
  /** The new-event form's one-time submission token: a second identical post goes to the event the first made. */
  submission?: string;
};

/** Attributes that post the form to the preview and swap #preview, after a pause in typing. */
const previewOn = (action: string, trigger: string) => ({
  'hx-post': action,
  'hx-trigger': trigger,
  'hx-target': '#preview',
  'hx-swap': 'outerHTML',
  'hx-sync': 'replace',
});

function RulesFieldset(props: { values: EventFormValues; errors: FieldErrors }) {
  const v = props.values;
  const e = props.errors;
  return (
    <fieldset class="rules-fieldset">
      <legend>Rules</legend>
      <p class="hint">Shown to writers; fills that break a rule are marked, never refused.</p>
      <div class="field" role="radiogroup" aria-labelledby="late-label">
        <span id="late-label" class="label">
          Late fills
        </span>
        <label class="check">
          <input type="radio" name="late" value="no" checked={v.late !== 'until'} /> Do not count
        </label>
        <label class="check">
          <input type="radio" name="late" value="until" checked={v.late === 'until'} /> Count until the date
          below
        </label>
      </div>
      <Field
        name="late_until"
        label="Late fills count until"
        type="date"
        value={v.late_until}
        error={e.late_until}
      />
      {(
        [
          ['max_prompts_per_piece', 'Prompts one piece may combine', 'Blank: no limit.'],
          ['min_words', 'Minimum words per fill', 'Blank: no minimum.'],
          ['max_words', 'Maximum words per fill', 'Blank: no maximum.'],
        ] as const
      ).map(([name, label, hint]) => (
        <Field
          name={name}
          label={label}
          hint={hint}
          value={v[name]}
          error={e[name]}
          attrs={{ inputmode: 'numeric', autocomplete: 'off' }}
        />
      ))}
    </fieldset>
  );
}

/** The new-event / edit form with its live preview; re-rendered with the typed values and errors on 422. */
export function EventForm(props: EventFormProps) {
  const v = props.values;
  const e = props.errors;
  const followsName = props.isNew && (v.slug === '' || v.slug === slugify(v.name));
  return (
    <SwapForm
      id="event-form"
      class="event-form"
      action={props.action}
      sync="drop"
      disable="findAll button[value=save]"
    >
      {props.submission ? <input type="hidden" name="submission" value={props.submission} /> : null}
      <ErrorSummary errors={e} />
      <DefaultSubmit name="intent" value="save" label={props.submitLabel} />
      <Field
        name="name"
        label="Name"
        value={v.name}
        error={e.name}
        required
        attrs={{ maxlength: 200, ...(props.isNew ? { 'data-slug-source': 'true' } : {}) }}
      />
      <Field
        name="slug"
        label="Slug"
        value={v.slug}
        error={e.slug}
        hint="The event’s address, /events/slug: lowercase letters, digits and hyphens. Left blank, it is made from the name."
        attrs={{ maxlength: 60, autocomplete: 'off', ...(followsName ? { 'data-slug-auto': 'true' } : {}) }}
      />
      <Field
        name="first_day"
        label="First day"
        type="date"
        value={v.first_day}
        error={e.first_day}
        hint="The date of day 1. For a list with dates, leave it blank to take the list’s first date."
        attrs={previewOn(props.previewAction, 'input changed delay:400ms')}
      />
      <TextArea name="description" label="Description" value={v.description} error={e.description} rows={3} />
      <Field
        name="tag_pattern"
        label="Tag pattern"
        value={v.tag_pattern}
        error={e.tag_pattern}
        hint="The tags writers copy for each fill: {day} is the day’s number, {prompt} each prompt used, like #whumptober2026 #no.{day} #{prompt}. Blank: none."
        attrs={{ maxlength: 200, autocomplete: 'off' }}
      />
      <div class={`field${e.day_label ? ' has-error' : ''}`}>
        <label for="f-day_label">Days are called</label>
        <select id="f-day_label" name="day_label" {...previewOn(props.previewAction, 'change')}>
          {DAY_LABELS.map((l) => (
            <option value={l} selected={v.day_label === l}>
              {l === 'Day' ? '“Day 1”, “Day 2”…' : '“No. 1”, “No. 2”…'}
            </option>
          ))}
        </select>
        <FieldError id="f-day_label" message={e.day_label} />
      </div>
      <RulesFieldset values={v} errors={e} />
      <fieldset class="list-fieldset">
        <legend>Prompt list</legend>
        <TextArea
          name="list"
          label="Prompts, as the organiser published them"
          hint="Paste it whole, introduction and all: numbered days (“1. Blood | Tears”, “No. 1”, “Day One”), themes with their prompts below or after a colon, dated days (“October 1: …”, “12/1”), one prompt a line, or a list on one line; then “Alternates:” and the pool. Lines not used are listed under the preview."
          value={v.list}
          error={e.list}
          rows={14}
          attrs={previewOn(props.previewAction, 'input changed delay:400ms')}
        />
        <p class="actions">
          <button
            class="button"
            type="submit"
            name="intent"
            value="preview"
            formaction={props.previewAction}
            formnovalidate
            {...previewOn(props.previewAction, 'click')}
          >
            Preview
          </button>
        </p>
        <PromptListPreview
          preview={props.preview}
          dayLabel={v.day_label}
          warning={props.warning}
          previewAction={props.previewAction}
        />
      </fieldset>
      <p class="actions">
        <button class="button primary" type="submit" name="intent" value="save">
          {props.submitLabel}
        </button>
      </p>
    </SwapForm>
  );
}

/** The "Import JSON" form: an event in the open format, uploaded or pasted, fills the form above for checking. */
export function ImportJson(props: { error?: string }) {
  return (
    <details class="import-json" open={props.error ? true : undefined}>
      <summary>Import JSON</summary>
      <form method="post" action="/events/import" enctype="multipart/form-data">
        <p class="hint">
          An event in Promptly’s open format (as <code>/api/v1/events/slug</code> gives it). It fills in the
          form for you to check; nothing is saved until you press “Create the event”.
        </p>
        <div class={`field${props.error ? ' has-error' : ''}`}>
          <label for="f-file">JSON file</label>
          <input id="f-file" type="file" name="file" accept=".json,application/json" />
        </div>
        <TextArea name="json" label="Or paste the JSON" value="" error={props.error} rows={4} />
        <p class="actions">
          <button class="button" type="submit">
            Fill in the form from this
          </button>
        </p>
      </form>
    </details>
  );
}

/** The new-event or edit page: heading, the JSON import (new events only) and the form. */
export function EventFormPage(
  props: EventFormProps & { heading: string; importError?: string; controls?: Child },
) {
  return (
    <>
      <PageHeader
        title={props.heading}
        lead="Paste the prompt list as published; check the preview, correct the text if needed, then save."
      />
      {props.isNew ? (
        <p>
          Running a bingo, with cards instead of days? <a href="/events/new/bingo">Create a bingo event</a>.
        </p>
      ) : null}
      {props.isNew ? <ImportJson error={props.importError} /> : null}
      <EventForm {...props} />
      {props.controls}
    </>
  );
}
