import { formatDate, isIsoDate } from './calendar.ts';
import { formatNumber } from './format.ts';
import { type FieldErrors, parseWordCount, type Result, setFieldError } from './piece-input.ts';

/** How a word log counts: words added to the date, or a running total the date's words follow from. */
export const WORD_LOG_MODES = ['add', 'set'] as const;
export type WordLogMode = (typeof WORD_LOG_MODES)[number];

/** Most words one log may add, and the largest running total. */
export const WORD_LOG_LIMITS = { add: 1_000_000, total: 100_000_000 } as const;

/** A word log as checked: the date, the words (added, or the running total) and the piece, if any. */
export type WordLogInput = { date: string; words: number; mode: WordLogMode; pieceId: number | null };

/** What the form or the API handed in; JSON gives numbers, the form strings. */
export type WordLogCandidate = { date?: unknown; words?: unknown; mode?: unknown; piece_id?: unknown };

const WORD_LOG_FIELDS = new Set(['date', 'words', 'mode', 'piece_id']);

/** Strict JSON checks for the API: no unknown fields, words and piece_id as JSON numbers. */
export function checkWordLogJson(body: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of Object.keys(body))
    if (!WORD_LOG_FIELDS.has(key))
      setFieldError(errors, key, 'Unknown field; a word log has: date, words, mode, piece_id.');
  if (body.words !== undefined && typeof body.words !== 'number')
    errors.words = 'Words must be a JSON number.';
  if (body.piece_id !== undefined && body.piece_id !== null && typeof body.piece_id !== 'number')
    errors.piece_id = 'piece_id must be a JSON number or null.';
  if (body.date !== undefined && typeof body.date !== 'string')
    errors.date = 'Date must be a YYYY-MM-DD string.';
  return errors;
}

function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string') return parseWordCount(value);
  return null;
}

/** Checks a word log; `today` (the writer's date) is the default date. */
export function validateWordLog(candidate: WordLogCandidate, today: string): Result<WordLogInput> {
  const errors: FieldErrors = {};
  const rawDate = typeof candidate.date === 'string' ? candidate.date.trim() : candidate.date;
  const date = rawDate === undefined || rawDate === '' ? today : rawDate;
  if (typeof date !== 'string' || !isIsoDate(date)) errors.date = 'Give a real date, written as YYYY-MM-DD.';

  const mode = candidate.mode === undefined || candidate.mode === '' ? 'add' : candidate.mode;
  if (!WORD_LOG_MODES.includes(mode as WordLogMode)) errors.mode = 'Mode must be add or set.';

  const words = wholeNumber(candidate.words);
  if (mode === 'set') {
    if (words === null || words < 0 || words > WORD_LOG_LIMITS.total)
      errors.words = `Your running total must be a whole number from 0 to ${formatNumber(WORD_LOG_LIMITS.total)}.`;
  } else if (words === null || words < 1 || words > WORD_LOG_LIMITS.add) {
    errors.words = `Words must be a whole number from 1 to ${formatNumber(WORD_LOG_LIMITS.add)}.`;
  }

  const rawPiece = candidate.piece_id;
  const pieceId =
    rawPiece === undefined || rawPiece === null || rawPiece === '' ? null : wholeNumber(rawPiece);
  if (pieceId === null && !(rawPiece === undefined || rawPiece === null || rawPiece === ''))
    errors.piece_id = 'Choose one of your pieces, or none.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { date: date as string, words: words as number, mode: mode as WordLogMode, pieceId },
  };
}

/**
 * The words a running total gives its date: total − the total before that date. A total below
 * the earlier total is refused (a running total does not go down).
 */
export function wordsFromTotal(total: number, before: number, date: string): Result<number> {
  if (total < before)
    return {
      ok: false,
      errors: {
        words: `Your running total before ${formatDate(date)} is already ${formatNumber(before)}; a total cannot be lower than that. To correct an earlier day, delete its log.`,
      },
    };
  return { ok: true, value: total - before };
}

/** A goal as checked: fills and/or words, null for "no goal" on that measure. */
export type GoalInput = { fills: number | null; words: number | null };

/** Checks a goal form for an event of `days` days (blank fields: no goal on that measure). */
export function validateGoal(
  candidate: { fills?: unknown; words?: unknown },
  days: number,
): Result<GoalInput> {
  const errors: FieldErrors = {};
  const read = (value: unknown) =>
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
      ? { blank: true, n: null }
      : { blank: false, n: wholeNumber(value) };
  const fills = read(candidate.fills);
  if (!fills.blank && (fills.n === null || fills.n < 1 || fills.n > days))
    errors.fills = `A fills goal is a whole number from 1 to ${days} (the event’s days).`;
  const words = read(candidate.words);
  if (!words.blank && (words.n === null || words.n < 1 || words.n > WORD_LOG_LIMITS.total))
    errors.words = `A words goal is a whole number from 1 to ${formatNumber(WORD_LOG_LIMITS.total)}.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { fills: fills.n, words: words.n } };
}
