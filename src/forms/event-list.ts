import type { Context } from 'hono';
import { type AppEnv, parsePoolOf, zoneOf } from '../context.ts';
import { todayIn } from '../domain/calendar.ts';
import {
  type EventFormValues,
  type ListPreview,
  listOptions,
  previewList,
  validateEventForm,
} from '../domain/event-form.ts';
import type { PromptListResult } from '../domain/prompt-list.ts';
import { fixOf } from '../domain/prompt-list-fix.ts';

type Ctx = Context<AppEnv>;

/** The year a dated list without years falls in: the writer's current year. */
const thisYear = (c: Ctx) => Number(todayIn(c.get('deps').now(), zoneOf(c)).slice(0, 4));

/** The form's list parsed in the parse pool (a long one off the event loop); its refusal reads as the list's error. */
async function parsedList(c: Ctx, values: EventFormValues): Promise<PromptListResult> {
  const opts = listOptions(values.first_day, thisYear(c));
  const read = await parsePoolOf(c).run('promptList', values.list, opts);
  return read.ok ? read.value : { ok: false, errors: [read.error] };
}

/** previewList of the event form, its list parsed in the parse pool. */
export async function listPreview(c: Ctx, values: EventFormValues): Promise<ListPreview> {
  return previewList(values.list, values.first_day, thisYear(c), await parsedList(c, values));
}

/** validateEventForm of the event form, its list parsed in the parse pool. */
export async function checkedEventForm(c: Ctx, values: EventFormValues) {
  return validateEventForm(values, thisYear(c), await parsedList(c, values));
}

/**
 * The form's values with the fix a "Not used" button asked for made to the list (undefined when no fix
 * was asked): a line made a day or an alternate, or given a new text. The list is read in the parse pool.
 */
export async function fixedForm(
  c: Ctx,
  values: EventFormValues,
): Promise<{ values: EventFormValues; error?: string } | undefined> {
  const fix = fixOf(await c.req.parseBody());
  if (!fix) return undefined;
  const opts = listOptions(values.first_day, thisYear(c));
  const read = await parsePoolOf(c).run('listFix', values.list, fix, opts);
  const fixed = read.ok ? read.value : { ok: false as const, error: read.error };
  if (!fixed.ok) return { values, error: fixed.error };
  const firstDay = values.first_day.trim() === '' && fixed.firstDay ? fixed.firstDay : values.first_day;
  return { values: { ...values, list: fixed.list, first_day: firstDay } };
}
