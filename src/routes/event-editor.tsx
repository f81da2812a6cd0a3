import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Event } from '../../db/schema.ts';
import { EventForm, EventFormPage, type EventFormProps } from '../../views/event-editor.tsx';
import { EventListingControls } from '../../views/event-listing.tsx';
import { PromptListPreview } from '../../views/prompt-preview.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, writerOf } from '../context.ts';
import {
  EMPTY_EVENT_FORM,
  type EventFormValues,
  formValuesOf,
  survivesAsText,
} from '../domain/event-form.ts';
import { postedSubmission, readEventForm } from '../forms/event-form-input.ts';
import { importEventJson } from '../forms/event-import.ts';
import { checkedEventForm, fixedForm, listPreview } from '../forms/event-list.ts';
import { createOnce, submissionOf } from '../forms/submission.ts';
import { createEvent, fillCountsByDay, removedDaysWithFills, updateEvent } from '../queries/event-writes.ts';
import { eventAlternates, eventDaysWithPrompts, findEvent } from '../queries/events.ts';
import { canEditEvent } from '../queries/members.ts';
import { redirectAfterPost, render } from '../render.tsx';

type Ctx = Context<AppEnv>;

const NOT_AS_TEXT =
  'Some prompts of this event cannot be written as one line of text (they hold “ | ” or start like a day number): check the preview before saving, or edit the event through the API.';

/** When a new event is made (now), and whether its creator is free of the daily limit (the admin). */
const creation = (c: Ctx) => ({
  at: c.get('deps').now().toUTC().toISO() as string,
  unlimited: signedIn(c).isAdmin,
});

/** The event with the slug in the path, if the signed-in writer may edit it (else undefined: a 404). */
function editableEvent(c: Ctx): Event | undefined {
  const { db } = c.get('deps');
  const event = findEvent(db, c.req.param('slug') ?? '');
  return event && canEditEvent(db, writerOf(c), event) ? event : undefined;
}

function newFormProps(values: EventFormValues, submission: string): Omit<EventFormProps, 'errors'> {
  return {
    action: '/events',
    previewAction: '/events/preview',
    values,
    submitLabel: 'Create the event',
    isNew: true,
    submission,
  };
}

function editFormProps(
  c: Ctx,
  event: Event,
  values: EventFormValues,
): Omit<EventFormProps, 'errors'> & { controls: Child } {
  const base = `/events/${event.slug}`;
  return {
    controls: <EventListingControls event={event} admin={signedIn(c).isAdmin} />,
    action: `${base}/edit`,
    previewAction: `${base}/preview`,
    values,
    submitLabel: 'Save changes',
    isNew: false,
  };
}

/** The form page, or the form alone for htmx. */
function showForm(
  c: Ctx,
  props: EventFormProps & { heading: string; importError?: string; controls?: Child },
  status: 200 | 422 | 429 = 200,
) {
  return render(c, {
    title: props.heading,
    body: <EventFormPage {...props} />,
    fragment: <EventForm {...props} />,
    status,
  });
}

/** The preview alone for htmx; without JavaScript, the whole form again with the preview under the list. */
async function showPreview(c: Ctx, props: Omit<EventFormProps, 'errors'> & { heading: string }) {
  const preview = await listPreview(c, props.values);
  const full = { ...props, errors: {}, preview };
  return render(c, {
    title: props.heading,
    body: <EventFormPage {...full} />,
    fragment: (
      <PromptListPreview
        preview={preview}
        dayLabel={props.values.day_label}
        warning={props.warning}
        previewAction={props.previewAction}
      />
    ),
  });
}

/** After a fix, the whole form again (its list has changed), with the preview of the new list. */
async function showFixed(
  c: Ctx,
  props: Omit<EventFormProps, 'errors'> & { heading: string; controls?: Child },
  error?: string,
) {
  const preview = await listPreview(c, props.values);
  return showForm(c, { ...props, errors: {}, preview, ...(error ? { warning: error } : {}) });
}

/** `/events/new`, `/events/:slug/edit` and their previews: organisers turn a pasted list into an event. */
export function eventEditorRoutes() {
  const app = new Hono<AppEnv>();
  const heading = 'New event';

  app.get('/new', requireWriter, (c) =>
    showForm(c, { ...newFormProps(EMPTY_EVENT_FORM, submissionOf(undefined)), errors: {}, heading }),
  );

  app.post('/preview', requireWriter, async (c) => {
    const values = await readEventForm(c);
    const fixed = await fixedForm(c, values);
    const submission = await postedSubmission(c);
    if (fixed) return showFixed(c, { ...newFormProps(fixed.values, submission), heading }, fixed.error);
    return showPreview(c, { ...newFormProps(values, submission), heading });
  });

  app.post('/', requireWriter, async (c) => {
    const values = await readEventForm(c);
    const fixed = await fixedForm(c, values);
    const submission = await postedSubmission(c);
    // With JavaScript a fix button posts to the form's own address: it fixes the list and saves nothing.
    if (fixed) return showFixed(c, { ...newFormProps(fixed.values, submission), heading }, fixed.error);
    const props = newFormProps(values, submission);
    const { preview, result } = await checkedEventForm(c, values);
    if (!result.ok) return showForm(c, { ...props, errors: result.errors, preview, heading }, 422);
    const input = result.value;
    // A double click (or a resent form) is sent to the event the first post made, not told its slug is taken.
    const made = createOnce(c, props.submission as string, values, () => {
      const saved = createEvent(c.get('deps').db, signedIn(c).id, input, creation(c));
      return saved.ok ? { ok: true, location: `/events/${saved.value.slug}` } : { ok: false, refused: saved };
    });
    if (!made.ok) {
      const { errors } = made.refused;
      return showForm(c, { ...props, errors, preview, heading }, 'retryAt' in made.refused ? 429 : 422);
    }
    return redirectAfterPost(c, made.location);
  });

  app.post('/import', requireWriter, async (c) => {
    const imported = await importEventJson(c);
    const submission = submissionOf(undefined);
    if (!imported.ok) {
      return showForm(
        c,
        { ...newFormProps(EMPTY_EVENT_FORM, submission), errors: {}, heading, importError: imported.error },
        422,
      );
    }
    const values = formValuesOf(imported.value, imported.value.list);
    const preview = await listPreview(c, values);
    return showForm(c, { ...newFormProps(values, submission), errors: {}, preview, heading });
  });

  app.get('/:slug/edit', requireWriter, async (c) => {
    const event = editableEvent(c);
    if (!event) return c.notFound();
    const { db } = c.get('deps');
    const days = eventDaysWithPrompts(db, event.id).map((d) => ({
      day: d.number,
      ...(d.title === null ? {} : { title: d.title }),
      ...(d.description ? { description: d.description } : {}),
      prompts: d.prompts.map((p) => p.text),
    }));
    const list = { days, alternates: eventAlternates(db, event.id) };
    const values = formValuesOf(
      { ...event, dayLabel: event.dayLabel === 'No.' ? 'No.' : 'Day', rules: event },
      list,
    );
    const preview = await listPreview(c, values);
    // Events made through the API may hold prompts the text form would split: say so before a save does.
    const warning = survivesAsText(list) ? undefined : NOT_AS_TEXT;
    return showForm(c, {
      ...editFormProps(c, event, values),
      errors: {},
      preview,
      heading: `Edit ${event.name}`,
      ...(warning ? { warning } : {}),
    });
  });

  app.post('/:slug/preview', requireWriter, async (c) => {
    const event = editableEvent(c);
    if (!event) return c.notFound();
    const values = await readEventForm(c);
    const fixed = await fixedForm(c, values);
    const editing = { heading: `Edit ${event.name}` };
    if (fixed) return showFixed(c, { ...editFormProps(c, event, fixed.values), ...editing }, fixed.error);
    const preview = await listPreview(c, values);
    const warning = removedDaysWithFills(fillCountsByDay(c.get('deps').db, event.id), preview.days.length);
    return showPreview(c, {
      ...editFormProps(c, event, values),
      heading: `Edit ${event.name}`,
      ...(warning && preview.days.length > 0 ? { warning } : {}),
    });
  });

  app.post('/:slug/edit', requireWriter, async (c) => {
    const event = editableEvent(c);
    if (!event) return c.notFound();
    const values = await readEventForm(c);
    const fixed = await fixedForm(c, values);
    const editing = { heading: `Edit ${event.name}` };
    if (fixed) return showFixed(c, { ...editFormProps(c, event, fixed.values), ...editing }, fixed.error);
    const props = { ...editFormProps(c, event, values), heading: `Edit ${event.name}` };
    const { preview, result } = await checkedEventForm(c, values);
    if (!result.ok) return showForm(c, { ...props, errors: result.errors, preview }, 422);
    const saved = updateEvent(c.get('deps').db, event.id, result.value);
    if (!saved.ok) return showForm(c, { ...props, errors: saved.errors, preview }, 422);
    return redirectAfterPost(c, `/events/${saved.value.slug}`);
  });

  return app;
}
