import { addDays, formatDate, type IsoDate, isIsoDate } from './calendar.ts';
import type { FieldErrors } from './piece-input.ts';
import { parseWordCount } from './piece-input.ts';
import type { EventRules } from './rules.ts';
import { checkTagPattern } from './tag-line.ts';
import { textProblem } from './text-input.ts';

/** The limits an event's details keep (its days and prompts keep PROMPT_LIST_LIMITS). */
export const EVENT_LIMITS = {
  name: 200,
  slug: 60,
  description: 5000,
  maxPromptsPerPiece: 100,
  words: 10_000_000,
} as const;

/** How days are named: "Day 2" or "No. 2". */
export const DAY_LABELS = ['Day', 'No.'] as const;
export type DayLabel = (typeof DAY_LABELS)[number];

/** Slugs that name pages under /events rather than events. */
const RESERVED_SLUGS = new Set(['new', 'preview', 'import']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One day as saved: its number from 1, its date, an optional theme and description, its prompts in order. */
export type EventDayInput = {
  day: number;
  date: IsoDate;
  title?: string;
  description?: string;
  prompts: string[];
};

/** An event's name, address, wording and rules, checked. */
export type EventDetails = {
  name: string;
  slug: string;
  description: string;
  dayLabel: DayLabel;
  rules: EventRules;
  /** The tags each fill's post carries (src/domain/tag-line.ts); '' for none. */
  tagPattern: string;
};

/** A whole event, checked and ready to save: details, its dates, days and alternates pool. */
export type EventInput = EventDetails & {
  firstDay: IsoDate;
  lastDay: IsoDate;
  days: EventDayInput[];
  alternates: string[];
};

/** An event's details as the form (strings) or the API (strings, numbers, null) hand them in. */
export type DetailsCandidate = {
  name?: unknown;
  slug?: unknown;
  description?: unknown;
  day_label?: unknown;
  tag_pattern?: unknown;
  late_until?: unknown;
  max_prompts_per_piece?: unknown;
  min_words?: unknown;
  max_words?: unknown;
};

/** The slug a name suggests: "Whumptober 2025!" → "whumptober-2025" ('' when nothing is left). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, EVENT_LIMITS.slug)
    .replace(/^-|-$/g, ''); // one hyphen at most: the runs became one above
}

/** The dates of `count` days from `firstDay`, with the last. */
export function lastDayOf(firstDay: IsoDate, count: number): IsoDate {
  return addDays(firstDay, Math.max(count, 1) - 1);
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function text(
  errors: FieldErrors,
  field: string,
  value: unknown,
  max: number,
  label: string,
  multiline = false,
): string {
  if (blank(value)) return '';
  if (typeof value !== 'string') {
    errors[field] = `${label} must be text.`;
    return '';
  }
  const trimmed = value.trim();
  const problem = textProblem(trimmed, label, multiline);
  if (trimmed.length > max)
    errors[field] = `${label} is too long: at most ${max.toLocaleString('en')} characters.`;
  else if (problem) errors[field] = problem;
  return trimmed;
}

/** A whole number in min..max from a typed string or a JSON number; null when left blank. */
function count(errors: FieldErrors, field: string, value: unknown, min: number, max: number, what: string) {
  if (blank(value)) return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseWordCount(value) : null;
  if (n === null || !Number.isSafeInteger(n) || n < min || n > max) {
    errors[field] =
      `${what} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, or blank.`;
    return null;
  }
  return n;
}

function checkSlug(errors: FieldErrors, value: unknown, name: string): string {
  if (blank(value)) {
    const derived = slugify(name);
    if (derived === '' && name !== '')
      errors.slug = 'Give the event a slug: the name has no letters to make one from.';
    return RESERVED_SLUGS.has(derived) ? `${derived}-event` : derived;
  }
  if (typeof value !== 'string') {
    errors.slug = 'The slug must be text.';
    return '';
  }
  const slug = value.trim();
  if (slug.length > EVENT_LIMITS.slug)
    errors.slug = `The slug is too long: at most ${EVENT_LIMITS.slug} characters.`;
  else if (!SLUG.test(slug))
    errors.slug =
      'The slug may only hold lowercase letters, digits and single hyphens between them (like whumptober-2025).';
  else if (RESERVED_SLUGS.has(slug)) errors.slug = `“${slug}” names a page of Promptly; choose another slug.`;
  return slug;
}

/**
 * Checks an event's details, setting messages in `errors` by field name (the form's and the
 * JSON's); `lastDay`, when known, is the earliest date late fills may count until.
 */
export function checkDetails(errors: FieldErrors, c: DetailsCandidate, lastDay?: IsoDate): EventDetails {
  const name = text(errors, 'name', c.name, EVENT_LIMITS.name, 'The name');
  if (!errors.name && name === '') errors.name = 'Give the event a name.';
  const slug = checkSlug(errors, c.slug, name);
  const description = text(
    errors,
    'description',
    c.description,
    EVENT_LIMITS.description,
    'The description',
    true,
  );
  const dayLabel = (blank(c.day_label) ? 'Day' : c.day_label) as DayLabel;
  if (!DAY_LABELS.includes(dayLabel)) errors.day_label = 'Days are named “Day” or “No.”.';

  let lateUntil: IsoDate | null = null;
  if (!blank(c.late_until)) {
    if (typeof c.late_until !== 'string' || !isIsoDate(c.late_until.trim()))
      errors.late_until = 'The date late fills count until must be a real date (YYYY-MM-DD).';
    else if (lastDay && c.late_until.trim() < lastDay)
      errors.late_until = `Late fills must count until the last day (${formatDate(lastDay)}) or later.`;
    else lateUntil = c.late_until.trim();
  }
  const { words } = EVENT_LIMITS;
  const maxPromptsPerPiece = count(
    errors,
    'max_prompts_per_piece',
    c.max_prompts_per_piece,
    1,
    EVENT_LIMITS.maxPromptsPerPiece,
    'Prompts per piece',
  );
  const minWords = count(errors, 'min_words', c.min_words, 0, words, 'The minimum word count');
  const maxWords = count(errors, 'max_words', c.max_words, 1, words, 'The maximum word count');
  if (minWords !== null && maxWords !== null && minWords > maxWords)
    errors.max_words = 'The maximum word count is below the minimum.';
  return {
    name,
    slug,
    description,
    dayLabel: DAY_LABELS.includes(dayLabel) ? dayLabel : 'Day',
    rules: { lateUntil, maxPromptsPerPiece, minWords, maxWords },
    tagPattern: checkTagPattern(errors, c.tag_pattern),
  };
}
