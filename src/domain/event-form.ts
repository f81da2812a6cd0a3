import { eventDates, formatDate, type IsoDate, isIsoDate } from './calendar.ts';
import { checkDetails, type EventInput, lastDayOf } from './event-input.ts';
import type { FieldErrors, Result } from './piece-input.ts';
import {
  type ParsedList,
  type ParseOptions,
  type PromptListResult,
  parsePromptList,
  serialisePromptList,
  type UnusedLine,
} from './prompt-list.ts';

/** The new-event and edit forms as typed: every field a string, named as in the HTML. */
export type EventFormValues = {
  name: string;
  slug: string;
  first_day: string;
  description: string;
  day_label: string;
  /** The tag pattern: `#event #no.{day} #{prompt}`. */
  tag_pattern: string;
  /** 'no': late fills do not count; 'until': they count until late_until. */
  late: string;
  late_until: string;
  max_prompts_per_piece: string;
  min_words: string;
  max_words: string;
  /** The pasted prompt list. */
  list: string;
};

export const EMPTY_EVENT_FORM: EventFormValues = {
  name: '',
  slug: '',
  first_day: '',
  description: '',
  day_label: 'Day',
  tag_pattern: '',
  late: 'no',
  late_until: '',
  max_prompts_per_piece: '',
  min_words: '',
  max_words: '',
  list: '',
};

/** One day of the preview: a date once the first day is known. */
export type PreviewDay = {
  day: number;
  date?: IsoDate;
  title?: string;
  description?: string;
  prompts: string[];
};

/** The days exactly as they will be saved, or the parser's messages. */
export type ListPreview = {
  /** The first day used: the one typed, or the list's own first date when none was typed. */
  firstDay?: IsoDate;
  firstDayFromList: boolean;
  days: PreviewDay[];
  alternates: string[];
  /** The pasted lines in no day and not in the pool, with their line numbers. */
  unused: UnusedLine[];
  /** Whether the list was read, so that its unused lines can be made days or alternates. */
  read: boolean;
  /** Another way the list could be read, about as well. */
  note?: string;
  /** What is wrong with the list itself. */
  errors: string[];
  /** What is wrong with the first day field. */
  firstDayError?: string;
};

/** How a dated list's days get their years: from the first day, else from the text, else `fallbackYear`. */
export function listOptions(firstDayText: string, fallbackYear: number): ParseOptions {
  const typed = firstDayText.trim();
  return isIsoDate(typed) ? { year: Number(typed.slice(0, 4)) } : { fallbackYear };
}

/**
 * Parses the pasted list against the first day: a dated list's years come from the first day
 * (else `fallbackYear`), its dates must agree with the first day, and fill it in when it is blank.
 * `parsed` is the list already parsed with listOptions (elsewhere: a long list is parsed off the event loop).
 */
export function previewList(
  list: string,
  firstDayText: string,
  fallbackYear: number,
  parsed: PromptListResult = parsePromptList(list, listOptions(firstDayText, fallbackYear)),
): ListPreview {
  const typed = firstDayText.trim();
  const valid = isIsoDate(typed);
  const firstDayError =
    typed !== '' && !valid ? 'The first day must be a real date (YYYY-MM-DD).' : undefined;
  const base = { firstDayFromList: false, ...(firstDayError ? { firstDayError } : {}) };
  if (!parsed.ok) {
    return {
      ...base,
      ...(valid ? { firstDay: typed } : {}),
      days: [],
      alternates: [],
      unused: parsed.unused ?? [],
      read: false,
      errors: parsed.errors,
    };
  }
  const { days, alternates, unused, note } = parsed.value;
  const kept = { ...base, unused, read: true, ...(note ? { note } : {}) };
  const listFirst = days[0]?.date;
  if (listFirst !== undefined && typed === '') {
    return { ...kept, firstDay: listFirst, firstDayFromList: true, days, alternates, errors: [] };
  }
  if (listFirst !== undefined && valid && typed !== listFirst) {
    const message = `The list starts on ${formatDate(listFirst)}, but the first day says ${formatDate(typed)}: make them agree, or clear the first day to use the list’s.`;
    return { ...kept, firstDay: typed, days, alternates, errors: [], firstDayError: message };
  }
  if (!valid) return { ...kept, days, alternates, errors: [] };
  const dates = eventDates(typed, days.length);
  return {
    ...kept,
    firstDay: typed,
    days: days.map((d, i) => ({ ...d, date: dates[i] as IsoDate })),
    alternates,
    errors: [],
  };
}

/** Checks the whole form: its details and its list; the preview comes back either way. */
export function validateEventForm(
  values: EventFormValues,
  fallbackYear: number,
  parsed?: PromptListResult,
): { preview: ListPreview; result: Result<EventInput> } {
  const preview = previewList(values.list, values.first_day, fallbackYear, parsed);
  const errors: FieldErrors = {};
  const { firstDay, days } = preview;
  const lastDay = firstDay && days.length > 0 ? lastDayOf(firstDay, days.length) : undefined;
  const lateUntil = values.late === 'until' ? values.late_until : null;
  const details = checkDetails(errors, { ...values, late_until: lateUntil }, lastDay);
  if (values.late === 'until' && values.late_until.trim() === '')
    errors.late_until = 'Give the last date late fills count, or choose that late fills do not count.';
  if (preview.firstDayError) errors.first_day = preview.firstDayError;
  else if (!firstDay && preview.errors.length === 0) errors.first_day = 'Give the first day of the event.';
  if (preview.errors.length > 0) errors.list = preview.errors.join(' ');
  if (Object.keys(errors).length > 0 || !firstDay || !lastDay) {
    return { preview, result: { ok: false, errors } };
  }
  const saved = days.map((d) => ({ ...d, date: d.date ?? '' }));
  return {
    preview,
    result: {
      ok: true,
      value: { ...details, firstDay, lastDay, days: saved, alternates: preview.alternates },
    },
  };
}

/** The form's values for an event and its list (for editing, or after a JSON import). */
export function formValuesOf(
  event: Pick<EventInput, 'name' | 'slug' | 'description' | 'dayLabel' | 'firstDay' | 'rules'> &
    Partial<Pick<EventInput, 'tagPattern'>>,
  list: ParsedList,
): EventFormValues {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return {
    name: event.name,
    slug: event.slug,
    first_day: event.firstDay,
    description: event.description,
    day_label: event.dayLabel,
    tag_pattern: event.tagPattern ?? '',
    late: event.rules.lateUntil ? 'until' : 'no',
    late_until: event.rules.lateUntil ?? '',
    max_prompts_per_piece: n(event.rules.maxPromptsPerPiece),
    min_words: n(event.rules.minWords),
    max_words: n(event.rules.maxWords),
    list: serialisePromptList(withoutDates(list)),
  };
}

/** The list with its days' dates left out (the text form carries numbers; dates come from the first day). */
export function withoutDates(list: ParsedList): ParsedList {
  return {
    days: list.days.map((d) => ({
      day: d.day,
      ...(d.title === undefined ? {} : { title: d.title }),
      ...(d.description === undefined ? {} : { description: d.description }),
      prompts: d.prompts,
    })),
    alternates: list.alternates,
  };
}

/** Whether the list reads back the same from its text: false when a prompt holds " | " or looks like a label. */
export function survivesAsText(list: ParsedList): boolean {
  const plain = withoutDates(list);
  const back = parsePromptList(serialisePromptList(plain));
  if (!back.ok) return false;
  const { days, alternates } = back.value;
  return back.value.unused.length === 0 && JSON.stringify({ days, alternates }) === JSON.stringify(plain);
}
