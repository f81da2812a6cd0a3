import { addDays, type IsoDate, isIsoDate } from './calendar.ts';
import { checkDetails, type EventDayInput, type EventInput, lastDayOf } from './event-input.ts';
import { type FieldErrors, type Result, setFieldError } from './piece-input.ts';
import { PROMPT_LIST_LIMITS } from './prompt-list.ts';
import type { EventRules } from './rules.ts';
import { textProblem } from './text-input.ts';

/** One day in the open format; `description` is the organiser's paragraph about it. */
export type DayJson = { day: number; date: IsoDate; title?: string; description?: string; prompts: string[] };

/** An event in the open format: what GET /api/v1/events/:slug answers and POST /api/v1/events takes. */
export type EventJson = {
  slug: string;
  name: string;
  description: string;
  first_day: IsoDate;
  last_day: IsoDate;
  day_label: string;
  /** The event's tag pattern ('' for none). */
  tag_pattern: string;
  kind: 'daily';
  rules: {
    late_until: IsoDate | null;
    max_prompts_per_piece: number | null;
    min_words: number | null;
    max_words: number | null;
  };
  days: DayJson[];
  alternates: string[];
};

/** An event and its days as the open format writes them. */
export function toEventJson(
  event: {
    slug: string;
    name: string;
    description: string;
    firstDay: IsoDate;
    lastDay: IsoDate;
    dayLabel: string;
    tagPattern: string;
  } & EventRules,
  days: {
    number: number;
    date: IsoDate;
    title: string | null;
    description?: string | null;
    prompts: { text: string }[];
  }[],
  alternates: string[],
): EventJson {
  return {
    slug: event.slug,
    name: event.name,
    description: event.description,
    first_day: event.firstDay,
    last_day: event.lastDay,
    day_label: event.dayLabel,
    tag_pattern: event.tagPattern,
    kind: 'daily',
    rules: {
      late_until: event.lateUntil,
      max_prompts_per_piece: event.maxPromptsPerPiece,
      min_words: event.minWords,
      max_words: event.maxWords,
    },
    days: days.map((d) => ({
      day: d.number,
      date: d.date,
      ...(d.title === null ? {} : { title: d.title }),
      ...(d.description ? { description: d.description } : {}),
      prompts: d.prompts.map((p) => p.text),
    })),
    alternates,
  };
}

const { maxDays, maxPromptLength, maxPromptsPerDay, maxAlternates, maxDescriptionLength } =
  PROMPT_LIST_LIMITS;

// The fields of the open format: any other is refused, so a mistyped one ("alternate") is not lost silently.
const EVENT_FIELDS = [
  'slug',
  'name',
  'description',
  'first_day',
  'last_day',
  'day_label',
  'tag_pattern',
  'kind',
  'rules',
  'days',
  'alternates',
];
const RULE_FIELDS = ['late_until', 'max_prompts_per_piece', 'min_words', 'max_words'];
const DAY_FIELDS = ['day', 'date', 'title', 'description', 'prompts'];

/** The keys of `value` (an object) that are not in `known`. */
const unknownKeys = (value: object, known: string[]) => Object.keys(value).filter((k) => !known.includes(k));

/** The first text problem among labelled values (strings only; other values are checked elsewhere). */
const firstProblem = (values: [string, unknown][]) =>
  values
    .map(([label, v]) => (typeof v === 'string' ? textProblem(v.trim(), label) : undefined))
    .find(Boolean);

const isPrompt = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= maxPromptLength;

/** The days of an upload, numbered 1..n in order, dated from first_day (or the first day's date). */
function checkDays(errors: FieldErrors, body: Record<string, unknown>): Omit<EventDayInput, 'date'>[] {
  const list = body.days;
  if (!Array.isArray(list) || list.length === 0) {
    errors.days = 'days must be a list of at least one day.';
    return [];
  }
  if (list.length > maxDays) {
    errors.days = `The event has ${list.length} days; an event has at most ${maxDays}.`;
    return [];
  }
  const days: Omit<EventDayInput, 'date'>[] = [];
  for (const [i, item] of list.entries()) {
    const d = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const where = `days[${i}]`;
    const extra = unknownKeys(d, DAY_FIELDS);
    if (extra.length > 0) {
      errors.days = `${where} has unknown fields (${extra.join(', ')}); a day has: ${DAY_FIELDS.join(', ')}.`;
      return [];
    }
    if (d.day !== undefined && d.day !== i + 1) {
      errors.days = `${where} is day ${String(d.day)}; days are numbered 1, 2, 3… in order.`;
      return [];
    }
    if (d.title !== undefined && d.title !== null && !isPrompt(d.title)) {
      errors.days = `${where}.title must be text of 1 to ${maxPromptLength} characters.`;
      return [];
    }
    const description = d.description;
    if (
      description !== undefined &&
      description !== null &&
      (typeof description !== 'string' || description.trim().length > maxDescriptionLength)
    ) {
      errors.days = `${where}.description must be text of at most ${maxDescriptionLength} characters.`;
      return [];
    }
    const prompts = d.prompts;
    if (
      !Array.isArray(prompts) ||
      prompts.length === 0 ||
      prompts.length > maxPromptsPerDay ||
      !prompts.every(isPrompt)
    ) {
      errors.days = `${where}.prompts must be 1 to ${maxPromptsPerDay} prompts, each text of 1 to ${maxPromptLength} characters.`;
      return [];
    }
    const problem = firstProblem([
      [`${where}.title`, d.title],
      ...prompts.map((p, k): [string, unknown] => [`${where}.prompts[${k}]`, p]),
    ]);
    if (problem) {
      errors.days = problem;
      return [];
    }
    const title = typeof d.title === 'string' ? d.title.trim() : undefined;
    const about = typeof description === 'string' ? description.trim() : undefined;
    days.push({
      day: i + 1,
      ...(title ? { title } : {}),
      ...(about ? { description: about } : {}),
      prompts: prompts.map((p) => p.trim()),
    });
  }
  return days;
}

/** The first day of an upload: first_day, else the first day's date; each day's date must follow it. */
function checkDates(errors: FieldErrors, body: Record<string, unknown>, count: number): IsoDate | undefined {
  const list = Array.isArray(body.days) ? (body.days as { date?: unknown }[]) : [];
  const given = body.first_day ?? list[0]?.date;
  if (given === undefined || given === null) {
    errors.first_day = 'Give first_day, or a date on each day.';
    return undefined;
  }
  if (typeof given !== 'string' || !isIsoDate(given)) {
    errors.first_day = 'first_day must be a real date (YYYY-MM-DD).';
    return undefined;
  }
  const bad = list.findIndex((d, i) => d?.date !== undefined && d.date !== addDays(given, i));
  if (bad >= 0) {
    errors.days = `days[${bad}].date is ${String(list[bad]?.date)}, but day ${bad + 1} of an event starting ${given} is ${addDays(given, bad)}.`;
    return undefined;
  }
  const last = body.last_day;
  if (last !== undefined && last !== null) {
    if (typeof last !== 'string' || !isIsoDate(last))
      errors.last_day = 'last_day must be a real date (YYYY-MM-DD).';
    else if (last < given) errors.last_day = `last_day (${last}) is before first_day (${given}).`;
    else if (count > 0 && last !== lastDayOf(given, count))
      errors.last_day = `last_day is ${last}, but ${count} days from ${given} end on ${lastDayOf(given, count)}.`;
  }
  return given;
}

/** Checks an event uploaded in the open format; messages are keyed by JSON field. */
export function validateEventJson(body: Record<string, unknown>): Result<EventInput> {
  const errors: FieldErrors = {};
  const days = checkDays(errors, body);
  const firstDay = checkDates(errors, body, days.length);
  const lastDay = firstDay && days.length > 0 ? lastDayOf(firstDay, days.length) : undefined;
  const rules = (typeof body.rules === 'object' && body.rules !== null ? body.rules : {}) as Record<
    string,
    unknown
  >;
  if (
    body.rules !== undefined &&
    body.rules !== null &&
    (typeof body.rules !== 'object' || Array.isArray(body.rules))
  )
    errors.rules = 'rules must be an object.';
  else if (unknownKeys(rules, RULE_FIELDS).length > 0)
    errors.rules = `Unknown rules (${unknownKeys(rules, RULE_FIELDS).join(', ')}); rules are: ${RULE_FIELDS.join(', ')}.`;
  for (const field of unknownKeys(body, EVENT_FIELDS))
    setFieldError(errors, field, `Unknown field; an event has: ${EVENT_FIELDS.join(', ')}.`);
  if (body.kind === 'bingo')
    errors.kind = 'This is a bingo event: make it with the bingo form, or send it to POST /api/v1/events.';
  else if (body.kind !== undefined && body.kind !== 'daily') errors.kind = 'kind must be "daily" or "bingo".';
  const details = checkDetails(errors, { ...body, ...rules }, lastDay);
  const alternates = body.alternates ?? [];
  if (!Array.isArray(alternates) || alternates.length > maxAlternates || !alternates.every(isPrompt))
    errors.alternates = `alternates must be a list of at most ${maxAlternates} prompts, each text of 1 to ${maxPromptLength} characters.`;
  else {
    const problem = firstProblem(alternates.map((a, k): [string, unknown] => [`alternates[${k}]`, a]));
    if (problem) errors.alternates = problem;
  }
  if (Object.keys(errors).length > 0 || !firstDay || !lastDay) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...details,
      firstDay,
      lastDay,
      days: days.map((d, i) => ({ ...d, date: addDays(firstDay, i) })),
      alternates: (alternates as string[]).map((a) => a.trim()),
    },
  };
}
