import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { EMPTY_EVENT_FORM, type EventFormValues } from '../domain/event-form.ts';
import { submissionOf } from './submission.ts';

type Ctx = Context<AppEnv>;

/** Reads the event form as typed (a missing field reads as its default). */
export async function readEventForm(c: Ctx): Promise<EventFormValues> {
  const body = await c.req.parseBody();
  const values = { ...EMPTY_EVENT_FORM };
  for (const key of Object.keys(values) as (keyof EventFormValues)[]) {
    const v = body[key];
    if (typeof v === 'string') values[key] = v;
  }
  return values;
}

/** The new-event form's submission token, kept through previews and errors (a fresh one if none was posted). */
export async function postedSubmission(c: Ctx): Promise<string> {
  const body = await c.req.parseBody();
  return submissionOf(typeof body.submission === 'string' ? body.submission : undefined);
}
