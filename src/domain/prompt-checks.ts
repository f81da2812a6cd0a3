import { DateTime } from 'luxon';
import { addDays, daysBetween } from './calendar.ts';

/** What one paste may hold; past these the parser answers with an error and never truncates. */
export const PROMPT_LIST_LIMITS = {
  /** Size of the paste in UTF-8 bytes; a month of prompts is a few KB. */
  maxBytes: 200_000,
  /** Days in one event: a leap year. */
  maxDays: 366,
  /** Characters in one prompt, title or alternate. */
  maxPromptLength: 500,
  /** Characters in one day's description. */
  maxDescriptionLength: 2000,
  /** Alternatives kept on one day: every written one up to this. */
  maxPromptsPerDay: 10,
  /** Prompts in the alternates pool. */
  maxAlternates: 366,
} as const;

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const pad = (n: number) => String(n).padStart(2, '0');
const dateName = (month: number, day: number) => `${MONTHS[month - 1]} ${day}`;
const isoName = (iso: string) => dateName(Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** A day's label as a date, with the line it came from. */
export type DatedLine = { month: number; day: number; year?: number; no: number };

/** The ISO dates of dated lines from `firstYear` on (a December then a January is the next year), or what is wrong. */
export function resolveDates(labels: DatedLine[], firstYear: number): { dates: string[]; errors: string[] } {
  const dates: string[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  let year = firstYear;
  let latest: string | undefined;
  labels.forEach((l, k) => {
    const previous = labels[k - 1];
    year = l.year ?? (previous && previous.month === 12 && l.month === 1 ? year + 1 : year);
    const date = DateTime.fromObject({ year, month: l.month, day: l.day }, { zone: 'UTC' });
    const iso = date.toISODate();
    if (!date.isValid || iso === null) {
      const name =
        l.month >= 1 && l.month <= 12 ? dateName(l.month, l.day) : `${year}-${pad(l.month)}-${pad(l.day)}`;
      errors.push(`${name} is not a date (line ${l.no}).`);
      return;
    }
    const twin = seen.get(iso);
    const name = dateName(l.month, l.day);
    if (twin !== undefined) errors.push(`${name} appears twice (lines ${twin} and ${l.no}).`);
    else if (latest && iso < latest)
      errors.push(`${name} comes after ${isoName(latest)} (line ${l.no}); put the days in order.`);
    seen.set(iso, l.no);
    dates.push(iso);
    if (!latest || iso > latest) latest = iso;
  });
  const first = dates[0];
  if (!first || !latest || errors.length > 0) return { dates, errors };
  const span = daysBetween(first, latest) + 1;
  const { maxDays } = PROMPT_LIST_LIMITS;
  if (span > maxDays)
    return { dates, errors: [`The list runs over ${span} days; an event has at most ${maxDays}.`] };
  for (let k = 0; k < span; k++) {
    const iso = addDays(first, k);
    if (!seen.has(iso)) errors.push(`${isoName(iso)} is missing.`);
  }
  return { dates, errors };
}

/** The dates of dated lines when a year is known, else only what is wrong with them (in any year they fit). */
export function datesOf(
  labels: DatedLine[],
  year: number | undefined,
): { dates?: string[]; errors: string[] } {
  const known = labels[0]?.year ?? year;
  if (known !== undefined) return resolveDates(labels, known);
  // Without a year, any February will do: a plain one, a leap one, or a leap one after New Year.
  const tries = [2025, 2024, 2023].map((y) => resolveDates(labels, y));
  const best = tries.reduce((a, b) => (b.errors.length < a.errors.length ? b : a));
  return { errors: best.errors };
}

/** A day as the limits judge it. */
type Judged = { day: number; title?: string; description?: string; prompts: string[] };

/** What breaks the limits: days without prompts or with too many, texts too long, too big a pool. */
export function limitErrors(days: Judged[], alternates: string[]): string[] {
  const {
    maxPromptLength: max,
    maxPromptsPerDay,
    maxAlternates,
    maxDays,
    maxDescriptionLength,
  } = PROMPT_LIST_LIMITS;
  const length = (s: string) => [...s].length;
  if (days.length > maxDays) return [`The list has ${days.length} days; an event has at most ${maxDays}.`];
  const errors: string[] = [];
  for (const { day, title, description, prompts } of days) {
    if (prompts.length === 0) errors.push(`Day ${day} has no prompt.`);
    if (prompts.length > maxPromptsPerDay) {
      errors.push(`Day ${day} has ${prompts.length} prompts; a day has at most ${maxPromptsPerDay}.`);
    }
    if (title !== undefined && length(title) > max) {
      errors.push(`The title of day ${day} is ${length(title)} characters long; the limit is ${max}.`);
    }
    if (description !== undefined && length(description) > maxDescriptionLength) {
      errors.push(
        `The description of day ${day} is ${length(description)} characters long; the limit is ${maxDescriptionLength}.`,
      );
    }
    for (const p of prompts) {
      if (length(p) > max)
        errors.push(`A prompt on day ${day} is ${length(p)} characters long; the limit is ${max}.`);
    }
  }
  if (alternates.length > maxAlternates) {
    errors.push(`There are ${alternates.length} alternates; the pool holds at most ${maxAlternates}.`);
  }
  for (const a of alternates) {
    if (length(a) > max) errors.push(`An alternate is ${length(a)} characters long; the limit is ${max}.`);
  }
  return errors;
}
