import { isIsoDate } from './calendar.ts';
import { PIECE_STATUSES, type PieceStatus, RATINGS, type Rating } from './piece.ts';
import { textProblem } from './text-input.ts';

/** The limits a piece's fields must keep. */
export const PIECE_LIMITS = {
  title: 300,
  url: 2000,
  words: 10_000_000,
  fandom: 200,
  fandoms: 50,
  summary: 5000,
  notes: 10_000,
  fills: 31,
} as const;

/** One day a piece fills, by day number, with the positions (1-based) of the prompts it used. */
export type FillInput = { day: number; prompts: number[] };

/** A piece as validated, ready to save. */
export type PieceInput = {
  title: string;
  url: string | null;
  words: number;
  fandoms: string[];
  rating: Rating;
  summary: string;
  notes: string;
  status: PieceStatus;
  postedOn: string | null;
  fills: FillInput[];
};

/** A fill tied to its event by id: how createPiece and updatePiece take fills from any number of events. */
export type EventFill = FillInput & { eventId: number };

/** A square of the writer's card in a bingo event that a piece fills (rows and columns from 1). */
export type SquareFill = { eventId: number; row: number; col: number };

/**
 * A validated piece whose fills name their events, ready to save; `squares`, when given, replaces the
 * squares it fills on bingo cards (left out, they stay as they are).
 */
export type PieceToSave = Omit<PieceInput, 'fills'> & { fills: EventFill[]; squares?: SquareFill[] };

/** Ties the fills of a piece validated against one event (or none) to that event. */
export function inEvent(input: PieceInput, eventId: number | null): PieceToSave {
  return { ...input, fills: eventId === null ? [] : input.fills.map((f) => ({ eventId, ...f })) };
}

/** Field name → message; the names are the form's field names. */
export type FieldErrors = Record<string, string>;

/**
 * Sets the message of a field named by the sender (an unknown key of a JSON body) as an own property:
 * plain assignment of "__proto__" (JSON.parse makes it an own key) would call Object.prototype's
 * setter and drop the message, and a piece with that key would pass as if it were not there.
 */
export function setFieldError(errors: FieldErrors, field: string, message: string): void {
  Object.defineProperty(errors, field, {
    value: message,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** What the form or the API handed in, before any checking. */
export type PieceCandidate = {
  title?: unknown;
  url?: unknown;
  words?: unknown;
  fandoms?: unknown;
  rating?: unknown;
  summary?: unknown;
  notes?: unknown;
  status?: unknown;
  posted_on?: unknown;
  fills?: unknown;
};

/** The days of the event a piece is logged against: day number → its prompt positions. */
export type EventDayPrompts = Map<number, number[]>;

const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Splits "Fandom A, Fandom B" into trimmed, de-duplicated names. */
export function splitFandoms(value: string): string[] {
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    const name = part.trim();
    if (name) seen.add(name);
  }
  return [...seen];
}

/** Parses a word count typed by a person ("1234", "1,234", "1 234"); null when it is not a whole number. */
export function parseWordCount(value: string): number | null {
  const compact = value.trim().replace(/[,\u00a0\u202f ](?=\d{3}(\D|$))/g, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact);
}

/** Whether `value` is an absolute http(s) link. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function checkText(
  errors: FieldErrors,
  field: string,
  value: unknown,
  max: number,
  label: string,
  multiline = false,
): string {
  if (value === undefined || value === null) return '';
  const text = asText(value);
  if (text === null) {
    errors[field] = `${label} must be text.`;
    return '';
  }
  // A single-line field is saved trimmed: a tab or newline at either end is not kept, so not refused.
  const problem = textProblem(multiline ? text : text.trim(), label, multiline);
  if ((multiline ? text : text.trim()).length > max)
    errors[field] = `${label} is too long: at most ${max.toLocaleString('en')} characters.`;
  else if (problem) errors[field] = problem;
  return text;
}

function checkWords(errors: FieldErrors, value: unknown): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? parseWordCount(value)
        : null;
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    errors.words = 'Enter the word count (0 if you have not started).';
    return 0;
  }
  if (n === null || !Number.isSafeInteger(n) || n < 0 || n > PIECE_LIMITS.words) {
    errors.words = 'Words must be a whole number from 0 to 10,000,000.';
    return 0;
  }
  return n;
}

function checkFandoms(errors: FieldErrors, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list =
    typeof value === 'string'
      ? splitFandoms(value)
      : Array.isArray(value) && value.every((f) => typeof f === 'string')
        ? splitFandoms(value.join(','))
        : null;
  if (list === null) {
    errors.fandoms = 'Fandoms must be text, separated by commas.';
    return [];
  }
  const problem = list.map((f) => textProblem(f, 'A fandom')).find(Boolean);
  if (list.length > PIECE_LIMITS.fandoms) errors.fandoms = `At most ${PIECE_LIMITS.fandoms} fandoms.`;
  else if (list.some((f) => f.length > PIECE_LIMITS.fandom))
    errors.fandoms = `Each fandom has at most ${PIECE_LIMITS.fandom} characters.`;
  else if (problem) errors.fandoms = problem;
  return list;
}

/** Checks fills of one event (`days`; null: no event chosen); sets `errors.fills` and answers [] when wrong. */
export function checkFills(errors: FieldErrors, value: unknown, days: EventDayPrompts | null): FillInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > PIECE_LIMITS.fills) {
    errors.fills = 'The days filled are not in the expected form.';
    return [];
  }
  const fills: FillInput[] = [];
  for (const item of value) {
    const fill = item as { day?: unknown; prompts?: unknown };
    const day = fill?.day;
    if (typeof day !== 'number' || !Number.isInteger(day)) {
      errors.fills = 'Each day filled needs a day number.';
      return [];
    }
    const positions = days?.get(day);
    if (!positions) {
      errors.fills = days ? `Day ${day} is not a day of this event.` : 'Choose the event first.';
      return [];
    }
    const prompts = fill.prompts ?? [];
    if (!Array.isArray(prompts) || !prompts.every((p) => typeof p === 'number' && Number.isInteger(p))) {
      errors.fills = `The prompts chosen for day ${day} are not in the expected form.`;
      return [];
    }
    const bad = prompts.find((p) => !positions.includes(p));
    if (bad !== undefined) {
      errors.fills = `Day ${day} has no prompt ${bad}.`;
      return [];
    }
    if (fills.some((f) => f.day === day)) continue;
    fills.push({ day, prompts: [...new Set(prompts as number[])].sort((a, b) => a - b) });
  }
  return fills.sort((a, b) => a.day - b.day);
}

/** Checks a piece from the form or the API against the limits and the event's days. */
export function validatePiece(candidate: PieceCandidate, days: EventDayPrompts | null): Result<PieceInput> {
  const errors: FieldErrors = {};
  const title = checkText(errors, 'title', candidate.title, PIECE_LIMITS.title, 'Title').trim();
  if (!errors.title && title === '') errors.title = 'Give the piece a title.';

  const rawUrl = checkText(errors, 'url', candidate.url, PIECE_LIMITS.url, 'Link').trim();
  if (rawUrl && !errors.url && !isHttpUrl(rawUrl))
    errors.url =
      'The link must start with http:// or https:// (for example https://archiveofourown.org/works/1).';

  const words = checkWords(errors, candidate.words);
  const fandoms = checkFandoms(errors, candidate.fandoms);

  const rating = (candidate.rating ?? 'Not Rated') as Rating;
  if (!RATINGS.includes(rating)) errors.rating = `Rating must be one of: ${RATINGS.join(', ')}.`;
  const status = (candidate.status ?? 'posted') as PieceStatus;
  if (!PIECE_STATUSES.includes(status)) errors.status = 'Status must be planned, drafting or posted.';

  const summary = checkText(errors, 'summary', candidate.summary, PIECE_LIMITS.summary, 'Summary', true);
  const notes = checkText(errors, 'notes', candidate.notes, PIECE_LIMITS.notes, 'Notes', true);

  const postedRaw = checkText(errors, 'posted_on', candidate.posted_on, 10, 'Posted on').trim();
  if (postedRaw && !errors.posted_on && !isIsoDate(postedRaw))
    errors.posted_on = 'Posted on must be a real date, written as YYYY-MM-DD.';
  else if (errors.posted_on) errors.posted_on = 'Posted on must be a real date, written as YYYY-MM-DD.';

  const fills = checkFills(errors, candidate.fills, days);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title,
      url: rawUrl || null,
      words,
      fandoms,
      rating,
      summary,
      notes,
      status,
      postedOn: postedRaw || null,
      fills,
    },
  };
}
