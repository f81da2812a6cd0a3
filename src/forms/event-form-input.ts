import type { Context } from 'hono';
import { type AppEnv, zoneOf } from '../context.ts';
import { todayIn } from '../domain/calendar.ts';
import { EMPTY_EVENT_FORM, type EventFormValues } from '../domain/event-form.ts';
import { applyFix, fixOf } from '../domain/prompt-list-fix.ts';
import { submissionOf } from './submission.ts';

type Ctx = Context<AppEnv>;

/** The year a dated list without years falls in: the writer's current year. */
export const thisYear = (c: Ctx) => Number(todayIn(c.get('deps').now(), zoneOf(c)).slice(0, 4));

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

/**
 * The form's values with the fix a "Not used" button asked for made to the list (undefined when no fix
 * was asked): a line made a day or an alternate, or given a new text.
 */
export async function fixedForm(
  c: Ctx,
  values: EventFormValues,
): Promise<{ values: EventFormValues; error?: string } | undefined> {
  const fix = fixOf(await c.req.parseBody());
  if (!fix) return undefined;
  const typed = values.first_day.trim();
  const year = /^\d{4}-\d{2}-\d{2}$/.test(typed)
    ? { year: Number(typed.slice(0, 4)) }
    : { fallbackYear: thisYear(c) };
  const fixed = applyFix(values.list, fix, year);
  if (!fixed.ok) return { values, error: fixed.error };
  const firstDay = typed === '' && fixed.firstDay ? fixed.firstDay : values.first_day;
  return { values: { ...values, list: fixed.list, first_day: firstDay } };
}

/** The new-event form's submission token, kept through previews and errors (a fresh one if none was posted). */
export async function postedSubmission(c: Ctx): Promise<string> {
  const body = await c.req.parseBody();
  return submissionOf(typeof body.submission === 'string' ? body.submission : undefined);
}
