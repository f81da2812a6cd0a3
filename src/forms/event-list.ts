import type { Context } from 'hono';
import { type AppEnv, parsePoolOf, zoneOf } from '../context.ts';
import { todayIn } from '../domain/calendar.ts';
import {
  type EventFormValues,
  type ListPreview,
  listYear,
  previewList,
  validateEventForm,
} from '../domain/event-form.ts';
import type { PromptListResult } from '../domain/prompt-list.ts';

/** The year a dated list without years falls in: the writer's current year. */
const thisYear = (c: Context<AppEnv>) => Number(todayIn(c.get('deps').now(), zoneOf(c)).slice(0, 4));

/** The form's list parsed in the parse pool (a long one off the event loop); its refusal reads as the list's error. */
async function parsedList(c: Context<AppEnv>, values: EventFormValues): Promise<PromptListResult> {
  const year = listYear(values.first_day, thisYear(c));
  const read = await parsePoolOf(c).run('promptList', values.list, year);
  return read.ok ? read.value : { ok: false, errors: [read.error] };
}

/** previewList of the event form, its list parsed in the parse pool. */
export async function listPreview(c: Context<AppEnv>, values: EventFormValues): Promise<ListPreview> {
  return previewList(values.list, values.first_day, thisYear(c), await parsedList(c, values));
}

/** validateEventForm of the event form, its list parsed in the parse pool. */
export async function checkedEventForm(c: Context<AppEnv>, values: EventFormValues) {
  return validateEventForm(values, thisYear(c), await parsedList(c, values));
}
